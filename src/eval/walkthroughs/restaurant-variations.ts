import type { WalkthroughRecipe } from './walkthrough-builder';
import { LATEST_REFERENCE } from './walkthrough-builder';
import { firstResult, searchFails, text } from './world-probes';
import {
  EVENING_TIMES,
  acceptedBooking,
  cancelBooking,
  findRestaurants,
  reserveRestaurant,
  slots,
} from './recipe-helpers';

const unavailableCuisine: WalkthroughRecipe = async (kit) => {
  let missing = '';
  for (const food of [
    'korean',
    'japanese',
    'vietnamese',
    'african',
    'lebanese',
    'mexican',
    'north american',
  ])
    if (await searchFails(kit, 'FindRestaurants', { area: 'north', food })) {
      missing = food;
      break;
    }
  const food =
    kit.data.restaurants.find((restaurant) => restaurant.area === 'north')?.food ?? 'indian';
  const search = { area: 'north', food };
  return {
    id: 'unavailable-cuisine',
    title: 'A cuisine the north does not have, then another',
    tags: ['restaurant', 'fail_info'],
    goal: { restaurant: { info: search, fail_info: { food: missing }, reqt: ['phone'] } },
    turns: [
      {
        user: `I want ${missing} food in the north of town.`,
        calls: [findRestaurants({ area: 'north', food: missing })],
        state: { restaurant: { area: 'north', food: missing } },
      },
      {
        user: `Never mind, ${food} food then. What is their phone number?`,
        calls: [findRestaurants(search)],
        state: { restaurant: { area: 'north', food } },
        mention: ['phone'],
      },
    ],
  };
};

const namedVenue: WalkthroughRecipe = async (kit) => {
  const venue = kit.data.restaurants[7]?.name ?? kit.data.restaurants[0]?.name ?? '';
  return {
    id: 'named-restaurant',
    title: 'A restaurant asked for by name',
    tags: ['restaurant', 'named-venue'],
    goal: { restaurant: { info: { name: venue }, reqt: ['address', 'phone'] } },
    turns: [
      {
        user: `Can you give me the address and phone number of ${venue}?`,
        calls: [findRestaurants({ name: venue })],
        state: { restaurant: { name: venue } },
        mention: ['address', 'phone'],
      },
    ],
  };
};

const changeOfMind: WalkthroughRecipe = async (kit) => {
  const foods = [
    ...new Set(
      kit.data.restaurants.filter((item) => item.area === 'south').map((item) => item.food),
    ),
  ];
  const [firstFood = 'italian', secondFood = 'indian'] = foods;
  const search = { area: 'south', food: secondFood };
  const venue = text(await firstResult(kit, 'FindRestaurants', search), 'name');
  const before = [findRestaurants({ area: 'south', food: firstFood }), findRestaurants(search)];
  const book = await acceptedBooking(
    kit,
    before,
    reserveRestaurant({ name: venue, people: 3, day: 'sunday', time: '18:30' }),
    'time',
    ['18:30', ...EVENING_TIMES],
  );
  return {
    id: 'change-of-mind',
    title: 'A change of mind about the cuisine',
    tags: ['restaurant', 'change-of-mind', 'booking'],
    goal: {
      restaurant: {
        info: search,
        book: slots({ people: 3, day: 'sunday', time: book.arguments['time'] ?? '' }),
        reqt: ['reference'],
      },
    },
    turns: [
      {
        user: `I would like ${firstFood} food in the south.`,
        calls: [before[0]!],
        state: { restaurant: { area: 'south', food: firstFood } },
      },
      {
        user: `Actually, I would rather have ${secondFood} food.`,
        calls: [before[1]!],
        state: { restaurant: { area: 'south', food: secondFood } },
      },
      {
        user: `Book it for 3 on sunday at ${String(book.arguments['time'])}.`,
        calls: [book],
        state: {
          restaurant: {
            ...{ area: 'south', food: secondFood, name: venue },
            ...{ people: '3', day: 'sunday', time: String(book.arguments['time']) },
          },
        },
      },
    ],
    // The first search mishears the area; the user's change of mind then replaces it.
    mistakes: [{ kind: 'wrong-slot-value', turn: 0, argument: 'area', value: 'north' }],
  };
};

const cancellation: WalkthroughRecipe = async (kit) => {
  const search = { area: 'centre', price_range: 'moderate' };
  const venue = text(await firstResult(kit, 'FindRestaurants', search), 'name');
  const find = findRestaurants(search);
  const book = await acceptedBooking(
    kit,
    [find],
    reserveRestaurant({ name: venue, people: 2, day: 'tuesday', time: '20:00' }),
    'time',
    ['20:00', ...EVENING_TIMES],
  );
  const booked = { name: venue, people: '2', day: 'tuesday', time: String(book.arguments['time']) };
  return {
    id: 'cancellation',
    title: 'A booking, then its cancellation',
    tags: ['restaurant', 'cancellation'],
    goal: { restaurant: { info: search, reqt: [] } },
    turns: [
      {
        user: 'Find me a moderately priced restaurant in the centre.',
        calls: [find],
        state: { restaurant: { area: 'centre', pricerange: 'moderate' } },
      },
      {
        user: `Book it for 2 on tuesday at ${String(book.arguments['time'])}.`,
        calls: [book],
        state: { restaurant: { area: 'centre', pricerange: 'moderate', ...booked } },
      },
      {
        user: 'Sorry, my plans changed. Please cancel that booking.',
        calls: [cancelBooking(LATEST_REFERENCE)],
        // MultiWOZ has no cancelling: the state keeps what the user asked for.
        state: { restaurant: { area: 'centre', pricerange: 'moderate', ...booked } },
      },
    ],
  };
};

const anyAreaAnyPrice: WalkthroughRecipe = async (kit) => {
  const search = { area: 'dontcare', food: 'turkish', price_range: 'dontcare' };
  const notTurkish = kit.data.restaurants.find((item) => item.food !== 'turkish')?.name ?? '';
  return {
    id: 'any-area-any-price',
    title: 'No preference on area or price',
    tags: ['restaurant', 'dontcare'],
    goal: { restaurant: { info: search, reqt: ['area', 'phone'] } },
    turns: [
      {
        user: 'Any area and any price is fine, I just want turkish food. Where is it and what is the phone number?',
        calls: [findRestaurants(search)],
        state: { restaurant: { area: 'dontcare', food: 'turkish', pricerange: 'dontcare' } },
        mention: ['area', 'phone'],
      },
    ],
    mistakes: [{ kind: 'wrong-venue', turn: 0, venue: notTurkish }],
  };
};

export const restaurantVariationRecipes: WalkthroughRecipe[] = [
  unavailableCuisine,
  namedVenue,
  changeOfMind,
  cancellation,
  anyAreaAnyPrice,
];
