/** Every walkthrough, built against the evaluation world (once per call; it takes milliseconds). */
import type { Walkthrough } from '../walkthrough';
import { hotelRecipes } from './hotel-walkthroughs';
import { multiDomainRecipes } from './multi-domain-walkthroughs';
import { restaurantVariationRecipes } from './restaurant-variations';
import { restaurantRecipes } from './restaurant-walkthroughs';
import { trainRecipes } from './train-walkthroughs';
import { buildWalkthrough, createRecipeKit } from './walkthrough-builder';

export const walkthroughRecipes = [
  ...restaurantRecipes,
  ...restaurantVariationRecipes,
  ...hotelRecipes,
  ...trainRecipes,
  ...multiDomainRecipes,
];

export async function buildWalkthroughs(): Promise<Walkthrough[]> {
  const kit = createRecipeKit();
  const built: Walkthrough[] = [];
  for (const recipe of walkthroughRecipes) built.push(await buildWalkthrough(recipe, kit));
  return built;
}
