import type { WalkthroughRecipe } from './walkthrough-builder';
import { firstResult, refusedThenAccepted, text } from './world-probes';
import {
  EVENING_TIMES,
  WEEKDAYS,
  acceptedBooking,
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
        reqt: ['phone', 'reference'],
      },
    },
    turns: [
      {
        user: 'Hi, I am looking for a cheap indian restaurant in the centre of town.',
        calls: [find],
        state: { restaurant: { area: 'centre', food: 'indian', pricerange: 'cheap' } },
      },
      {
        user: `Please book a table for 2 people on friday at ${String(book.arguments['time'])}.`,
        calls: [book],
        state: {
          restaurant: {
            ...{ area: 'centre', food: 'indian', pricerange: 'cheap' },
            ...{ name: venue, people: '2', day: 'friday', time: String(book.arguments['time']) },
          },
        },
      },
      {
        user: 'Thanks. What is their phone number?',
        state: {
          restaurant: {
            ...{ area: 'centre', food: 'indian', pricerange: 'cheap' },
            ...{ name: venue, people: '2', day: 'friday', time: String(book.arguments['time']) },
          },
        },
        mention: ['phone'],
      },
    ],
    mistakes: [{ kind: 'wrong-booking-value', turn: 1, argument: 'people', value: 3 }],
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
        reqt: ['address', 'reference'],
      },
    },
    turns: [
      {
        user: `Book me a table for 4 at an expensive italian restaurant in the centre on saturday at ${time}, and tell me the address.`,
        calls: [find, book],
        state: {
          restaurant: {
            ...{ area: 'centre', food: 'italian', pricerange: 'expensive' },
            ...{ name: venue, people: '4', day: 'saturday', time },
          },
        },
        mention: ['address'],
      },
      {
        user: 'Perfect, that is all.',
        state: {
          restaurant: {
            ...{ area: 'centre', food: 'italian', pricerange: 'expensive' },
            ...{ name: venue, people: '4', day: 'saturday', time },
          },
        },
        reply: 'Enjoy your meal!',
      },
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
    goal: { restaurant: { info: search, reqt: ['postcode'] } },
    turns: [
      {
        user: 'I am looking for somewhere to eat.',
        state: {},
        reply: 'Happy to help. Which part of town, and what kind of food would you like?',
      },
      {
        user: `Somewhere in the west, ${food} food. I do not mind about the price.`,
        calls: [findRestaurants(search)],
        state: { restaurant: { area: 'west', food, pricerange: 'dontcare' } },
      },
      {
        user: 'Sounds good. What is the postcode?',
        state: { restaurant: { area: 'west', food, pricerange: 'dontcare' } },
        mention: ['postcode'],
      },
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
        fail_book: slots({ time: refused['time'] ?? '' }),
        book: slots({ people: 5, day: refused['day'] ?? '', time: accepted['time'] ?? '' }),
        reqt: ['reference'],
      },
    },
    turns: [
      {
        user: 'Can you find me a chinese restaurant in the centre?',
        calls: [findRestaurants(search)],
        state: { restaurant: { area: 'centre', food: 'chinese' } },
      },
      {
        user: `Book it for 5 people on ${String(refused['day'])} at ${String(refused['time'])}.`,
        calls: [reserveRestaurant(refused)],
        state: {
          restaurant: {
            ...{ area: 'centre', food: 'chinese', name: venue, people: '5' },
            ...{ day: String(refused['day']), time: String(refused['time']) },
          },
        },
      },
      {
        user: `Oh. Then try ${String(accepted['time'])} the same day.`,
        calls: [reserveRestaurant(accepted)],
        state: {
          restaurant: {
            ...{ area: 'centre', food: 'chinese', name: venue, people: '5' },
            ...{ day: String(refused['day']), time: String(accepted['time']) },
          },
        },
      },
    ],
  };
};

export const restaurantRecipes: WalkthroughRecipe[] = [
  dinnerInTheCentre,
  everythingAtOnce,
  vagueDinner,
  failedBookingFallback,
];
