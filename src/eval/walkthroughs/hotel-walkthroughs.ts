import type { WalkthroughRecipe } from './walkthrough-builder';
import { firstResult, refusedThenAccepted, text } from './world-probes';
import { WEEKDAYS, acceptedBooking, findHotels, reserveHotel, slots } from './recipe-helpers';

const hotelWithParking: WalkthroughRecipe = async (kit) => {
  const search = { area: 'north', parking: 'yes' };
  const venue = text(await firstResult(kit, 'FindHotels', search), 'name');
  const find = findHotels(search);
  const book = await acceptedBooking(
    kit,
    [find],
    reserveHotel({ name: venue, people: 2, day: 'friday', stay: 3 }),
    'day',
    WEEKDAYS,
  );
  return {
    id: 'hotel-parking',
    title: 'A hotel with free parking in the north',
    tags: ['hotel', 'single-domain', 'booking'],
    goal: {
      hotel: {
        info: search,
        book: slots({ people: 2, day: book.arguments['day'] ?? '', stay: 3 }),
        reqt: ['phone', 'reference'],
      },
    },
    turns: [
      {
        user: 'I need somewhere to stay in the north with free parking.',
        calls: [find],
        state: { hotel: { area: 'north', parking: 'yes' } },
      },
      {
        user: `Book it for 2 people for 3 nights from ${String(book.arguments['day'])}, and give me the phone number.`,
        calls: [book],
        state: {
          hotel: {
            ...{ area: 'north', parking: 'yes', name: venue },
            ...{ people: '2', day: String(book.arguments['day']), stay: '3' },
          },
        },
        mention: ['phone'],
      },
    ],
    mistakes: [{ kind: 'missing-request', attribute: 'phone' }],
  };
};

const hotelFullNight: WalkthroughRecipe = async (kit) => {
  const search = { area: 'east', type: 'guesthouse' };
  const venue = text(await firstResult(kit, 'FindHotels', search), 'name');
  const candidates = WEEKDAYS.map((day) => ({ name: venue, people: 4, day, stay: 4 }));
  const { refused, accepted } = await refusedThenAccepted(kit, 'ReserveHotel', candidates, {
    argument: 'day',
    values: WEEKDAYS,
  });
  const guesthouse = { area: 'east', type: 'guesthouse', name: venue, people: '4', stay: '4' };
  return {
    id: 'hotel-full-night',
    title: 'A guesthouse full on the first choice of day',
    tags: ['hotel', 'fail_book', 'booking'],
    goal: {
      hotel: {
        info: search,
        fail_book: slots({ day: refused['day'] ?? '' }),
        book: slots({ people: 4, day: accepted['day'] ?? '', stay: 4 }),
        reqt: ['reference'],
      },
    },
    turns: [
      {
        user: 'I am looking for a guesthouse in the east.',
        calls: [findHotels(search)],
        state: { hotel: { area: 'east', type: 'guesthouse' } },
      },
      {
        user: `Book it for 4 people, 4 nights from ${String(refused['day'])}.`,
        calls: [reserveHotel(refused)],
        state: { hotel: { ...guesthouse, day: String(refused['day']) } },
      },
      {
        user: `Could we arrive on ${String(accepted['day'])} instead?`,
        calls: [reserveHotel(accepted)],
        state: { hotel: { ...guesthouse, day: String(accepted['day']) } },
      },
    ],
  };
};

const cheapGuesthouse: WalkthroughRecipe = async () => {
  const search = { area: 'dontcare', type: 'guesthouse', price_range: 'cheap', internet: 'yes' };
  const wifi = { area: 'dontcare', type: 'guesthouse', pricerange: 'cheap', internet: 'yes' };
  return {
    id: 'cheap-guesthouse-wifi',
    title: 'A cheap guesthouse with wifi, anywhere',
    tags: ['hotel', 'dontcare'],
    goal: { hotel: { info: search, reqt: ['address', 'postcode'] } },
    turns: [
      {
        user: 'I want a cheap guesthouse with free wifi. The area does not matter.',
        calls: [findHotels(search)],
        state: { hotel: wifi },
      },
      {
        user: 'What is the address and postcode?',
        state: { hotel: wifi },
        mention: ['address', 'postcode'],
      },
    ],
  };
};

const vagueStay: WalkthroughRecipe = async (kit) => {
  const search = { area: 'east', price_range: 'moderate' };
  const venue = text(await firstResult(kit, 'FindHotels', search), 'name');
  const find = findHotels(search);
  const book = await acceptedBooking(
    kit,
    [find],
    reserveHotel({ name: venue, people: 1, day: 'monday', stay: 2 }),
    'day',
    ['monday', ...WEEKDAYS],
  );
  return {
    id: 'vague-stay',
    title: 'A place to stay, found by asking',
    tags: ['hotel', 'clarification', 'booking'],
    goal: {
      hotel: {
        info: search,
        book: slots({ people: 1, day: book.arguments['day'] ?? '', stay: 2 }),
        reqt: ['reference'],
      },
    },
    turns: [
      {
        user: 'I need a place to stay.',
        state: {},
        reply: 'Certainly. Which area would you like, and what price range?',
      },
      {
        user: 'Something moderately priced in the east.',
        calls: [find],
        state: { hotel: { area: 'east', pricerange: 'moderate' } },
      },
      {
        user: `Book it for 1 person, 2 nights from ${String(book.arguments['day'])}.`,
        calls: [book],
        state: {
          hotel: {
            ...{ area: 'east', pricerange: 'moderate', name: venue },
            ...{ people: '1', day: String(book.arguments['day']), stay: '2' },
          },
        },
      },
    ],
  };
};

const hotelChangeOfMind: WalkthroughRecipe = async () => {
  const search = { area: 'dontcare', price_range: 'cheap' };
  return {
    id: 'hotel-change-of-mind',
    title: 'Expensive in the centre, then cheap anywhere',
    tags: ['hotel', 'change-of-mind', 'dontcare'],
    goal: { hotel: { info: search, reqt: ['stars'] } },
    turns: [
      {
        user: 'Find me an expensive hotel in the centre.',
        calls: [findHotels({ area: 'centre', price_range: 'expensive' })],
        state: { hotel: { area: 'centre', pricerange: 'expensive' } },
      },
      {
        user: 'Hmm, that is too much. Make it cheap, any area. How many stars does it have?',
        calls: [findHotels(search)],
        state: { hotel: { area: 'dontcare', pricerange: 'cheap' } },
        mention: ['stars'],
      },
    ],
  };
};

const namedHotelBooking: WalkthroughRecipe = async (kit) => {
  const venue = kit.data.hotels[3]?.name ?? kit.data.hotels[0]?.name ?? '';
  const book = await acceptedBooking(
    kit,
    [],
    reserveHotel({ name: venue, people: 2, day: 'wednesday', stay: 2 }),
    'day',
    ['wednesday', ...WEEKDAYS],
  );
  return {
    id: 'named-hotel-booking',
    title: 'Booking a hotel the user names',
    tags: ['hotel', 'named-venue', 'all-at-once', 'booking'],
    goal: {
      hotel: {
        info: { name: venue },
        book: slots({ people: 2, day: book.arguments['day'] ?? '', stay: 2 }),
        reqt: ['reference'],
      },
    },
    turns: [
      {
        user: `Please book ${venue} for 2 people, 2 nights from ${String(book.arguments['day'])}.`,
        calls: [book],
        state: {
          hotel: { name: venue, people: '2', day: String(book.arguments['day']), stay: '2' },
        },
      },
    ],
  };
};

export const hotelRecipes: WalkthroughRecipe[] = [
  hotelWithParking,
  hotelFullNight,
  cheapGuesthouse,
  vagueStay,
  hotelChangeOfMind,
  namedHotelBooking,
];
