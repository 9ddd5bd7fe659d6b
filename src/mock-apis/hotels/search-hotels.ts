import type { Hotel } from '../world/records';
import type { SearchConstraint, SearchOutcome } from '../tools/search';
import { equalsConstraint, nameConstraint, searchRecords } from '../tools/search';

export interface HotelQuery {
  area?: string | undefined;
  type?: string | undefined;
  priceRange?: string | undefined;
  stars?: number | undefined;
  parking?: string | undefined;
  internet?: string | undefined;
  /** Already normalised (lower case, no leading "the"). */
  name?: string | undefined;
}

/** Any subset of constraints; undefined means "any". Results keep the world's order (by name). */
export function searchHotels(hotels: readonly Hotel[], query: HotelQuery): SearchOutcome<Hotel> {
  const constraints: SearchConstraint<Hotel>[] = [];
  if (query.name !== undefined) constraints.push(nameConstraint(query.name));
  if (query.type !== undefined)
    constraints.push(equalsConstraint('type', query.type, (record) => record.type));
  if (query.area !== undefined)
    constraints.push(equalsConstraint('area', query.area, (record) => record.area));
  if (query.priceRange !== undefined)
    constraints.push(
      equalsConstraint('price_range', query.priceRange, (record) => record.priceRange),
    );
  if (query.stars !== undefined)
    constraints.push(equalsConstraint('stars', query.stars, (record) => record.stars));
  if (query.parking !== undefined)
    constraints.push(equalsConstraint('parking', query.parking, (record) => record.parking));
  if (query.internet !== undefined)
    constraints.push(equalsConstraint('internet', query.internet, (record) => record.internet));
  return searchRecords(hotels, constraints);
}

/** What the model sees of one hotel: the fields users ask about, snake_case like the tools. */
export function summarizeHotel(hotel: Hotel, detailed: boolean): Record<string, unknown> {
  const summary = {
    name: hotel.name,
    type: hotel.type,
    area: hotel.area,
    price_range: hotel.priceRange,
    stars: hotel.stars,
  };
  if (!detailed) return summary;
  return {
    ...summary,
    parking: hotel.parking,
    internet: hotel.internet,
    phone: hotel.phone,
    address: hotel.address,
    postcode: hotel.postcode,
  };
}
