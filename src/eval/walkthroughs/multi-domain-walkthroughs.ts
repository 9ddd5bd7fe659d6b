import type { WalkthroughRecipe } from './walkthrough-builder';
import { firstResult, text } from './world-probes';
import {
  EVENING_TIMES,
  WEEKDAYS,
  acceptedBooking,
  buyTrainTickets,
  findHotels,
  findRestaurants,
  findTrains,
  reserveHotel,
  reserveRestaurant,
  slots,
} from './recipe-helpers';

const trainThenTableNearStation: WalkthroughRecipe = async (kit) => {
  const trainSearch = {
    departure: 'london kings cross',
    destination: 'cambridge',
    day: 'saturday',
    arrive_by: '12:00',
  };
  const train = text(await firstResult(kit, 'FindTrains', trainSearch), 'train_id');
  // The station is in the south of town, so "near the station" means the south.
  const price =
    kit.data.restaurants.find((item) => item.area === 'south')?.priceRange ?? 'moderate';
  const tableSearch = { area: 'south', price_range: price };
  const venue = text(await firstResult(kit, 'FindRestaurants', tableSearch), 'name');
  const before = [
    findTrains(trainSearch),
    buyTrainTickets({ train_id: train, day: 'saturday', people: 1 }),
    findRestaurants(tableSearch),
  ];
  const book = await acceptedBooking(
    kit,
    before,
    reserveRestaurant({ name: venue, people: 1, day: 'saturday', time: '13:00' }),
    'time',
    ['13:00', '12:30', '13:30', '14:00'],
  );
  const fromLondon = {
    departure: 'london kings cross',
    destination: 'cambridge',
    day: 'saturday',
    arriveby: '12:00',
  };
  const ticket = { ...fromLondon, trainid: train, people: '1' };
  return {
    id: 'train-then-table',
    title: 'A train from London, then a table near the station',
    tags: ['multi-domain', 'train', 'restaurant', 'booking'],
    goal: {
      train: { info: trainSearch, book: { people: '1' }, reqt: ['reference'] },
      restaurant: {
        info: tableSearch,
        book: slots({ people: 1, day: 'saturday', time: book.arguments['time'] ?? '' }),
        reqt: ['reference'],
      },
    },
    turns: [
      {
        user: 'I need a train from london kings cross to cambridge on saturday, arriving by 12:00.',
        calls: [before[0]!],
        state: { train: fromLondon },
      },
      {
        user: 'Book one ticket, please.',
        calls: [before[1]!],
        state: { train: ticket },
      },
      {
        user: `I also want a ${price} lunch near the station, in the south.`,
        calls: [before[2]!],
        state: { train: ticket, restaurant: { area: 'south', pricerange: price } },
      },
      {
        user: `Book a table for 1 on saturday at ${String(book.arguments['time'])}.`,
        calls: [book],
        state: {
          train: ticket,
          restaurant: {
            ...{ area: 'south', pricerange: price, name: venue },
            ...{ people: '1', day: 'saturday', time: String(book.arguments['time']) },
          },
        },
      },
    ],
  };
};

const hotelAndDinnerNearby: WalkthroughRecipe = async (kit) => {
  const hotelSearch = { area: 'west', type: 'hotel' };
  const hotel = text(await firstResult(kit, 'FindHotels', hotelSearch), 'name');
  const find = findHotels(hotelSearch);
  const book = await acceptedBooking(
    kit,
    [find],
    reserveHotel({ name: hotel, people: 2, day: 'thursday', stay: 2 }),
    'day',
    ['thursday', ...WEEKDAYS],
  );
  const tableSearch = { area: 'west', price_range: 'expensive' };
  const stay = {
    ...{ area: 'west', type: 'hotel', name: hotel },
    ...{ people: '2', day: String(book.arguments['day']), stay: '2' },
  };
  return {
    id: 'hotel-and-dinner',
    title: 'A hotel and an expensive dinner in the same area',
    tags: ['multi-domain', 'hotel', 'restaurant', 'booking'],
    goal: {
      hotel: {
        info: hotelSearch,
        book: slots({ people: 2, day: book.arguments['day'] ?? '', stay: 2 }),
        reqt: ['reference'],
      },
      restaurant: { info: tableSearch, reqt: ['postcode'] },
    },
    turns: [
      {
        user: 'I am looking for a hotel in the west.',
        calls: [find],
        state: { hotel: { area: 'west', type: 'hotel' } },
      },
      {
        user: `Book it for 2 people, 2 nights from ${String(book.arguments['day'])}.`,
        calls: [book],
        state: { hotel: stay },
      },
      {
        user: 'I also want an expensive restaurant in the same area. What is its postcode?',
        calls: [findRestaurants(tableSearch)],
        state: { hotel: stay, restaurant: { area: 'west', pricerange: 'expensive' } },
        mention: ['postcode'],
      },
    ],
  };
};

const dinnerThenTrainHome: WalkthroughRecipe = async (kit) => {
  const tableSearch = { area: 'centre', food: 'british' };
  const venue = text(await firstResult(kit, 'FindRestaurants', tableSearch), 'name');
  const find = findRestaurants(tableSearch);
  const book = await acceptedBooking(
    kit,
    [find],
    reserveRestaurant({ name: venue, people: 2, day: 'thursday', time: '18:00' }),
    'time',
    ['18:00', ...EVENING_TIMES],
  );
  const trainSearch = {
    departure: 'cambridge',
    destination: 'norwich',
    day: 'thursday',
    leave_after: '21:00',
  };
  const dinner = {
    ...{ area: 'centre', food: 'british', name: venue },
    ...{ people: '2', day: 'thursday', time: String(book.arguments['time']) },
  };
  return {
    id: 'dinner-then-train',
    title: 'Dinner in town, then the train home to Norwich',
    tags: ['multi-domain', 'restaurant', 'train', 'booking'],
    goal: {
      restaurant: {
        info: tableSearch,
        book: slots({ people: 2, day: 'thursday', time: book.arguments['time'] ?? '' }),
        reqt: ['reference'],
      },
      train: { info: trainSearch, reqt: ['leave_at', 'price'] },
    },
    turns: [
      {
        user:
          'Find me a british restaurant in the centre, and book it for 2 on thursday at ' +
          String(book.arguments['time']) +
          '.',
        calls: [find, book],
        state: { restaurant: dinner },
      },
      {
        user: 'After dinner I need a train from cambridge to norwich on thursday after 21:00. What does it cost?',
        calls: [findTrains(trainSearch)],
        state: {
          restaurant: dinner,
          train: {
            ...{ departure: 'cambridge', destination: 'norwich' },
            ...{ day: 'thursday', leaveafter: '21:00' },
          },
        },
        mention: ['leave_at', 'price'],
      },
    ],
  };
};

export const multiDomainRecipes: WalkthroughRecipe[] = [
  trainThenTableNearStation,
  hotelAndDinnerNearby,
  dinnerThenTrainHome,
];
