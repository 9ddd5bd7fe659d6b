import type { WalkthroughRecipe } from './walkthrough-builder';
import { LATEST_REFERENCE } from './walkthrough-builder';
import { firstResult, refusedThenAccepted, searchFails, text } from './world-probes';
import {
  EVENING_TIMES,
  WEEKDAYS,
  acceptedBooking,
  cancelBooking,
  findRestaurants,
  reserveRestaurant,
  slots,
} from './recipe-helpers';

const dinnerInTheCentre: WalkthroughRecipe = async (kit) => {
  const search = { area: 'centre', food: 'indian', price_range: 'cheap' };
  const venue = text(await firstResult(kit, 'FindRestaurants', search), 'name');
  const find = findRestaurants(search);
  const book = await acceptedBooking(
    kit,
    [find],
    reserveRestaurant({ name: venue, people: 2, day: 'friday', time: '19:00' }),
    'time',
    EVENING_TIMES,
  );
  return {
    id: 'dinner-centre',
    title: 'Dinner: a cheap indian restaurant in the centre',
    tags: ['restaurant', 'single-domain', 'booking'],
    goal: {
      restaurant: {
        info: search,
        book: slots({ people: 2, day: 'friday', time: book.arguments['time'] ?? '' }),
        request: ['phone', 'reference'],
      },
    },
    turns: [
      {
        user: 'Hi, I am looking for a cheap indian restaurant in the centre of town.',
        calls: [find],
      },
      {
        user: `Please book a table for 2 people on friday at ${String(book.arguments['time'])}.`,
        calls: [book],
      },
      { user: 'Thanks. What is their phone number?', mention: ['phone'] },
    ],
    mistakes: [{ kind: 'wrong-slot-value', turn: 0, argument: 'food', value: 'chinese' }],
  };
};

const everythingAtOnce: WalkthroughRecipe = async (kit) => {
  const search = { area: 'centre', food: 'italian', price_range: 'expensive' };
  const venue = text(await firstResult(kit, 'FindRestaurants', search), 'name');
  const find = findRestaurants(search);
  const book = await acceptedBooking(
    kit,
    [find],
    reserveRestaurant({ name: venue, people: 4, day: 'saturday', time: '19:30' }),
    'time',
    ['19:30', ...EVENING_TIMES],
  );
  const time = String(book.arguments['time']);
  return {
    id: 'everything-at-once',
    title: 'A user who gives everything at once',
    tags: ['restaurant', 'single-domain', 'booking', 'all-at-once'],
    goal: {
      restaurant: {
        info: search,
        book: slots({ people: 4, day: 'saturday', time }),
        request: ['address', 'reference'],
      },
    },
    turns: [
      {
        user: `Book me a table for 4 at an expensive italian restaurant in the centre on saturday at ${time}, and tell me the address.`,
        calls: [find, book],
        mention: ['address'],
      },
      { user: 'Perfect, that is all.', reply: 'Enjoy your meal!' },
    ],
  };
};

const vagueDinner: WalkthroughRecipe = async (kit) => {
  const food =
    kit.data.restaurants.find((restaurant) => restaurant.area === 'west')?.food ?? 'indian';
  const search = { area: 'west', food, price_range: 'dontcare' };
  const venue = text(await firstResult(kit, 'FindRestaurants', search), 'name');
  return {
    id: 'vague-dinner',
    title: 'A vague request that needs a clarifying question',
    tags: ['restaurant', 'clarification', 'dontcare'],
    goal: { restaurant: { info: search, request: ['postcode'] } },
    turns: [
      {
        user: 'I am looking for somewhere to eat.',
        reply: 'Happy to help. Which part of town, and what kind of food would you like?',
      },
      {
        user: `Somewhere in the west, ${food} food. I do not mind about the price.`,
        calls: [findRestaurants(search)],
      },
      { user: 'Sounds good. What is the postcode?', mention: ['postcode'] },
    ],
    mistakes: [
      {
        kind: 'premature-booking',
        turn: 0,
        call: reserveRestaurant({ name: venue, people: 2, day: 'saturday', time: '19:00' }),
      },
    ],
  };
};

const failedBookingFallback: WalkthroughRecipe = async (kit) => {
  const search = { area: 'centre', food: 'chinese' };
  const venue = text(await firstResult(kit, 'FindRestaurants', search), 'name');
  const candidates = WEEKDAYS.flatMap((day) =>
    EVENING_TIMES.map((time) => ({ name: venue, people: 5, day, time })),
  );
  const { refused, accepted } = await refusedThenAccepted(kit, 'ReserveRestaurant', candidates, {
    argument: 'time',
    values: ['20:30', '21:00', '18:00', '17:30', '21:30', '17:00'],
  });
  return {
    id: 'failed-booking-fallback',
    title: 'A full time slot, then the fallback time',
    tags: ['restaurant', 'fail_book', 'booking'],
    goal: {
      restaurant: {
        info: search,
        failBook: slots({ time: refused['time'] ?? '' }),
        book: slots({ people: 5, day: refused['day'] ?? '', time: accepted['time'] ?? '' }),
        request: ['reference'],
      },
    },
    turns: [
      {
        user: 'Can you find me a chinese restaurant in the centre?',
        calls: [findRestaurants(search)],
      },
      {
        user: `Book it for 5 people on ${String(refused['day'])} at ${String(refused['time'])}.`,
        calls: [reserveRestaurant(refused)],
      },
      {
        user: `Oh. Then try ${String(accepted['time'])} the same day.`,
        calls: [reserveRestaurant(accepted)],
      },
    ],
  };
};

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
    goal: { restaurant: { info: search, failInfo: { food: missing }, request: ['phone'] } },
    turns: [
      {
        user: `I want ${missing} food in the north of town.`,
        calls: [findRestaurants({ area: 'north', food: missing })],
      },
      {
        user: `Never mind, ${food} food then. What is their phone number?`,
        calls: [findRestaurants(search)],
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
    goal: { restaurant: { info: { name: venue }, request: ['address', 'phone'] } },
    turns: [
      {
        user: `Can you give me the address and phone number of ${venue}?`,
        calls: [findRestaurants({ name: venue })],
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
        request: ['reference'],
      },
    },
    turns: [
      { user: `I would like ${firstFood} food in the south.`, calls: [before[0]!] },
      { user: `Actually, I would rather have ${secondFood} food.`, calls: [before[1]!] },
      { user: `Book it for 3 on sunday at ${String(book.arguments['time'])}.`, calls: [book] },
    ],
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
  return {
    id: 'cancellation',
    title: 'A booking, then its cancellation',
    tags: ['restaurant', 'cancellation'],
    goal: { restaurant: { info: search, request: [] } },
    turns: [
      { user: 'Find me a moderately priced restaurant in the centre.', calls: [find] },
      { user: `Book it for 2 on tuesday at ${String(book.arguments['time'])}.`, calls: [book] },
      {
        user: 'Sorry, my plans changed. Please cancel that booking.',
        calls: [cancelBooking(LATEST_REFERENCE)],
      },
    ],
  };
};

const anyAreaAnyPrice: WalkthroughRecipe = async () => {
  const search = { area: 'dontcare', food: 'turkish', price_range: 'dontcare' };
  return {
    id: 'any-area-any-price',
    title: 'No preference on area or price',
    tags: ['restaurant', 'dontcare'],
    goal: { restaurant: { info: search, request: ['area', 'phone'] } },
    turns: [
      {
        user: 'Any area and any price is fine, I just want turkish food. Where is it and what is the phone number?',
        calls: [findRestaurants(search)],
        mention: ['area', 'phone'],
      },
    ],
  };
};

export const restaurantRecipes: WalkthroughRecipe[] = [
  dinnerInTheCentre,
  everythingAtOnce,
  vagueDinner,
  failedBookingFallback,
  unavailableCuisine,
  namedVenue,
  changeOfMind,
  cancellation,
  anyAreaAnyPrice,
];
