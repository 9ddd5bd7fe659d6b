/**
 * Loads the MultiWOZ database only when its world is picked: each file is a dynamic import, so
 * the bundler puts the data in chunks of its own and the app's initial code stays small.
 */
import type { WorldData } from '../world/records';
import { toWorldData } from './multiwoz-records';

let loading: Promise<WorldData> | undefined;

export function loadMultiwozData(): Promise<WorldData> {
  loading ??= Promise.all([
    import('./data/restaurant_db.json'),
    import('./data/hotel_db.json'),
    import('./data/attraction_db.json'),
    import('./data/train_db.json'),
  ]).then(
    ([restaurants, hotels, attractions, trains]) =>
      toWorldData({
        restaurants: restaurants.default,
        hotels: hotels.default,
        attractions: attractions.default,
        trains: trains.default,
      }),
    (error: unknown) => {
      // A chunk that failed to arrive (offline, not cached) may arrive on the next try.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
