/** The mock booking world: generated Cambridge venues and trains, tools, and stored bookings. */
export { createBookingWorld } from './create-booking-world';
export type { BookingWorld, BookingWorldOptions, Latency } from './create-booking-world';
export type {
  Booking,
  BookingKind,
  BookingRepository,
  BookingStatus,
  HotelBooking,
  RestaurantBooking,
  TrainBooking,
} from './bookings/booking';
export { createKeyValueBookingRepository } from './bookings/key-value-booking-repository';
export { describeBooking } from './bookings/booking';
export { generateWorldData, DEFAULT_WORLD_SEED } from './world/generate-world-data';
export type { Hotel, Restaurant, RoomPrices, Train, WorldData } from './world/records';
export { searchRestaurants } from './restaurants/search-restaurants';
export { searchHotels } from './hotels/search-hotels';
export { searchTrains } from './trains/search-trains';
export * from './world/vocabulary';
