import { DONT_CARE, STATIONS } from '../world/vocabulary';
import { normalizeStation } from '../normalize/normalize-values';
import type { ParameterSpec, ToolDefinition } from '../../core/tools/tool-definition';
import { textArgument } from '../../core/tools/tool-definition';
import { constraintValue, dayParameter, searchTimeParameter } from '../tools/parameters';
import { constrainedFields, searchObservation } from '../tools/search';
import type { Train } from '../world/records';
import { searchTrains, summarizeTrain } from './search-trains';

const parameters: Record<string, ParameterSpec> = {
  departure: stationParameter('station the train leaves from, e.g. cambridge'),
  destination: stationParameter('station the train goes to, e.g. london kings cross'),
  day: dayParameter('day of travel, monday to sunday', { required: false }),
  leave_after: searchTimeParameter('earliest departure time, HH:MM'),
  arrive_by: searchTimeParameter('latest arrival time, HH:MM'),
};

export function createFindTrainsTool(trains: readonly Train[]): ToolDefinition {
  return {
    name: 'FindTrains',
    description:
      'Search trains to and from Cambridge by any of departure, destination, day, leave after and arrive by. Returns how many match and the first five, earliest first.',
    kind: 'search',
    domain: 'train',
    parameters,
    execute: async (values) => {
      const query = {
        departure: constraintValue(textArgument(values, 'departure')),
        destination: constraintValue(textArgument(values, 'destination')),
        day: constraintValue(textArgument(values, 'day')),
        leaveAfter: constraintValue(textArgument(values, 'leave_after')),
        arriveBy: constraintValue(textArgument(values, 'arrive_by')),
      };
      const fixed = constrainedFields(query);
      return searchObservation(searchTrains(trains, query), 'train', summarizeTrain, fixed);
    },
  };
}

function stationParameter(description: string): ParameterSpec {
  return {
    type: 'enum',
    description,
    values: [...STATIONS, DONT_CARE],
    normalize: normalizeStation,
    required: false,
  };
}
