/** FindAttractions: MultiWOZ's attractions (museums, colleges, parks, ...), searched like venues. */
import type { ParameterSpec, ToolDefinition } from '../../core/tools/tool-definition';
import { textArgument } from '../../core/tools/tool-definition';
import { normalizeFood } from '../normalize/normalize-values';
import { areaParameter, constraintValue, nameParameter } from '../tools/parameters';
import {
  constrainedFields,
  equalsConstraint,
  nameConstraint,
  searchObservation,
  searchRecords,
  type SearchConstraint,
} from '../tools/search';
import type { Attraction } from '../world/records';

const parameters: Record<string, ParameterSpec> = {
  area: areaParameter,
  type: {
    type: 'string',
    description: 'kind of attraction, e.g. museum, college, park, theatre, nightclub',
    // The same clean-up as a cuisine: lower case, "any" is no constraint.
    normalize: normalizeFood,
    format: 'a kind of attraction such as museum or college',
    required: false,
  },
  name: nameParameter('name of an attraction the user mentions', false),
};

function summarizeAttraction(attraction: Attraction, detailed: boolean): Record<string, unknown> {
  const summary = {
    name: attraction.name,
    area: attraction.area,
    type: attraction.type,
    entrance_fee: attraction.entranceFee,
  };
  if (!detailed) return summary;
  return {
    ...summary,
    phone: attraction.phone,
    address: attraction.address,
    postcode: attraction.postcode,
  };
}

export function createFindAttractionsTool(attractions: readonly Attraction[]): ToolDefinition {
  return {
    name: 'FindAttractions',
    description:
      'Search Cambridge attractions by any of area, type and name. Returns how many match and the first five.',
    kind: 'search',
    domain: 'attraction',
    parameters,
    execute: async (values) => {
      const query = {
        area: constraintValue(textArgument(values, 'area')),
        type: constraintValue(textArgument(values, 'type')),
        name: constraintValue(textArgument(values, 'name')),
      };
      const constraints: SearchConstraint<Attraction>[] = [];
      if (query.name !== undefined) constraints.push(nameConstraint(query.name));
      if (query.type !== undefined)
        constraints.push(equalsConstraint('type', query.type, (record) => record.type));
      if (query.area !== undefined)
        constraints.push(equalsConstraint('area', query.area, (record) => record.area));
      return searchObservation(
        searchRecords(attractions, constraints),
        'attraction',
        summarizeAttraction,
        constrainedFields(query),
      );
    },
  };
}
