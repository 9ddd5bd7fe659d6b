/**
 * Realistic scripted conversations (user text and the model outputs for each turn) over the
 * booking tools: searches, bookings, a booking that fails and is retried, and a turn whose
 * output cannot be read twice (repair, then fallback). Used by the loop tests and the core
 * benchmark; deterministic for a given index.
 */
export interface ScriptedTurn {
  user: string;
  outputs: string[];
}

/** Venue names to talk about, e.g. taken from the mock world so that bookings can succeed. */
export interface ScriptNames {
  restaurants: readonly string[];
  hotels: readonly string[];
  /** Train ids for the ticket purchase (the world's timetable, when there is one). */
  trains?: readonly string[];
}

const areas = ['centre', 'north', 'south', 'east', 'west'];
const foods = ['indian', 'chinese', 'italian', 'thai', 'british', 'european', 'turkish'];
const prices = ['cheap', 'moderate', 'expensive'];
const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const fixtureNames: ScriptNames = {
  restaurants: ['Golden Curry', 'Kohinoor', 'Bangkok City', 'Sala Thong', 'Pizza Hut City Centre'],
  hotels: ['Acorn Guest House', 'Gonville Hotel', 'Alexander Bed and Breakfast'],
};
const stations = ['london kings cross', 'norwich', 'ely', 'peterborough', 'stansted airport'];

function pick<T>(values: readonly T[], index: number): T {
  return values[index % values.length] as T;
}

function reference(index: number, salt: number): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let text = '';
  let seed = index * 7919 + salt * 104_729 + 17;
  for (let position = 0; position < 8; position += 1) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    text += alphabet[seed % alphabet.length];
  }
  return text;
}

/** The turns of conversation `index`, repeated with fresh values until there are `turns`. */
export function scriptedConversation(
  index: number,
  turns = 11,
  names: ScriptNames = fixtureNames,
): ScriptedTurn[] {
  const script: ScriptedTurn[] = [];
  for (let round = 0; script.length < turns; round += 1) {
    script.push(...bookingRound(index + round * 3, round === 0, names));
  }
  return script.slice(0, turns);
}

function bookingRound(index: number, greet: boolean, names: ScriptNames): ScriptedTurn[] {
  const area = pick(areas, index);
  const food = pick(foods, index + 2);
  const price = pick(prices, index);
  const day = pick(days, index + 4);
  const trainDay = pick(days, index + 5);
  const people = (index % 6) + 2;
  const restaurant = pick(names.restaurants, index);
  const hotel = pick(names.hotels, index);
  const station = pick(stations, index);
  const stay = (index % 3) + 2;
  const train = pick(names.trains ?? ['TR2141'], index);
  const round: ScriptedTurn[] = [];
  if (greet) {
    round.push({
      user: "Hi there, I'm visiting Cambridge next week and need some help planning.",
      outputs: [
        'System: Welcome! I can find and book restaurants, hotels and trains. What would you like to start with?',
      ],
    });
  }
  round.push(
    {
      user: `I'd like a ${price} restaurant in the ${area}, ideally serving ${food} food.`,
      outputs: [
        `Thought: The user wants a ${price} ${food} restaurant in the ${area}.\nAction: FindRestaurants(area='${area}', food='${food}', price_range='${price}')`,
        `System: ${restaurant} is a ${price} place in the ${area} that the locals like. Would you like me to book a table there?`,
      ],
    },
    {
      user: `Yes please, a table for ${people} on ${day} at 20:00.`,
      outputs: [
        `Action: ReserveRestaurant(name='${restaurant}', people=${people}, day='${day}', time='20:00')`,
        `System: I'm sorry, ${restaurant} has no free table at 20:00 on ${day}. Would another time suit you?`,
      ],
    },
    {
      user: 'Hmm, what about 18:30 then?',
      outputs: [
        `Action: ReserveRestaurant(name='${restaurant}', people=${people}, day='${day}', time='18:30')`,
        `System: Done! Your table for ${people} at ${restaurant} on ${day} at 18:30 is booked. The reference number is ${reference(index, 1)}.`,
      ],
    },
    {
      user: 'Great. Could you also give me their phone number and postcode?',
      outputs: ['System: Of course: the phone number is 01223329432 and the postcode is cb21dp.'],
    },
    {
      user: `I also need a place to stay in the ${pick(areas, index + 1)} with free parking, a guesthouse would be fine.`,
      outputs: [
        `Thought: Search hotels with parking.\nAction: FindHotels(area='${pick(areas, index + 1)}', type='guesthouse', parking='yes')`,
        `System: ${hotel} is a 4 star guesthouse with free parking and wifi. Shall I book it?`,
      ],
    },
    {
      user: `Yes, book it for ${people} people for ${stay} nights starting ${day}.`,
      outputs: [
        `Action: ReserveHotel(name='${hotel}', people=${people}, day='${day}', stay=${stay})`,
        `System: Your stay at ${hotel} is booked for ${stay} nights from ${day}. Reference: ${reference(index, 2)}.`,
      ],
    },
    {
      user: `I'll need a train from cambridge to ${station} on ${trainDay}, leaving after 08:30.`,
      outputs: [
        `Action: FindTrains(departure='cambridge', destination='${station}', day='${trainDay}', leave_after='08:30')`,
        `System: ${train} leaves cambridge at 09:00 and arrives at 09:51; it costs 23.60 pounds. Would you like tickets?`,
      ],
    },
    {
      user: `Yes, ${people} tickets on that one please.`,
      outputs: [
        `Action: BuyTrainTickets(train_id='${train}', day='${trainDay}', people=${people})`,
        `System: Booked ${people} tickets on ${train}. The total fee is ${(23.6 * people).toFixed(2)} pounds, reference ${reference(index, 3)}.`,
      ],
    },
    {
      user: 'Sorry, which restaurant reference was it again?',
      outputs:
        index % 2 === 0
          ? ['Action: LookupBooking(reference=', 'I will check Action: (']
          : [`System: Your restaurant reference is ${reference(index, 1)}.`],
    },
    {
      user: "Thanks, that's everything for now.",
      outputs: ['System: You are welcome! Enjoy your trip to Cambridge.'],
    },
  );
  return round;
}
