import { createContactDetailsSource } from './contact-details';
import { generateHotels } from './generate-hotels';
import { generateRestaurants } from './generate-restaurants';
import { generateTrains } from './generate-trains';
import type { WorldData } from './records';
import { createSeededRandom } from '../../core/random/seeded-random';

export const DEFAULT_WORLD_SEED = 20240611;

/** The whole world from one seed: the same seed always gives the same records. */
export function generateWorldData(seed: number = DEFAULT_WORLD_SEED): WorldData {
  const random = createSeededRandom(seed);
  const contacts = createContactDetailsSource(random);
  const restaurants = generateRestaurants(random, contacts);
  const hotels = generateHotels(random, contacts);
  const trains = generateTrains(random);
  return { restaurants, hotels, trains };
}
