import type { Area, Day, HotelType, PriceRange, Station, YesNo } from './vocabulary';

export interface Restaurant {
  id: string;
  name: string;
  area: Area;
  food: string;
  priceRange: PriceRange;
  address: string;
  postcode: string;
  phone: string;
}

export interface RoomPrices {
  single: number;
  double: number;
  family: number;
}

export interface Hotel {
  id: string;
  name: string;
  type: HotelType;
  area: Area;
  priceRange: PriceRange;
  stars: number;
  internet: YesNo;
  parking: YesNo;
  /** Pounds per room per night. */
  prices: RoomPrices;
  address: string;
  postcode: string;
  phone: string;
}

export interface Train {
  /** "TR" + 4 digits, unique across the whole week. */
  id: string;
  departure: Station;
  destination: Station;
  day: Day;
  /** "HH:MM"; arrivals after midnight read "24:10", as in the benchmark. */
  leaveAt: string;
  arriveBy: string;
  durationMinutes: number;
  /** Pounds per ticket on that day (weekend fares are 0.8 of the weekday fare). */
  price: number;
}

/** MultiWOZ's attractions (the generated world has none). */
export interface Attraction {
  id: string;
  name: string;
  /** museum, college, park, ... as the benchmark writes them. */
  type: string;
  area: Area;
  /** "free", "5 pounds" or "?" (unknown), as in the benchmark. */
  entranceFee: string;
  openHours: string;
  address: string;
  postcode: string;
  phone: string;
}

export interface WorldData {
  restaurants: Restaurant[];
  hotels: Hotel[];
  trains: Train[];
  /** Present in the MultiWOZ world, which adds FindAttractions and BookTaxi. */
  attractions?: Attraction[];
}
