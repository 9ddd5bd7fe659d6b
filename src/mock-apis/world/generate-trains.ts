import { roundPounds } from '../tools/money';
import { formatMinutes } from './clock-time';
import type { Train } from './records';
import type { RandomSource } from '../../core/random/seeded-random';
import { compareText, integerBetween, shuffled } from '../../core/random/seeded-random';
import type { Station } from './vocabulary';
import { DAYS } from './vocabulary';

interface RouteShape {
  station: Exclude<Station, 'cambridge'>;
  /** Journey time bounds in minutes; the seed fixes one value per route. */
  minutes: readonly [number, number];
  everyHours: 1 | 2;
}

// Every route starts or ends at Cambridge; journey times are plausible, not copied.
const ROUTE_SHAPES: readonly RouteShape[] = [
  { station: 'london kings cross', minutes: [45, 58], everyHours: 1 },
  { station: 'london liverpool street', minutes: [75, 92], everyHours: 1 },
  { station: 'kings lynn', minutes: [42, 52], everyHours: 2 },
  { station: 'norwich', minutes: [72, 84], everyHours: 1 },
  { station: 'peterborough', minutes: [44, 54], everyHours: 1 },
  { station: 'ely', minutes: [15, 20], everyHours: 1 },
  { station: 'stansted airport', minutes: [26, 34], everyHours: 1 },
  { station: 'leicester', minutes: [100, 118], everyHours: 2 },
  { station: 'birmingham new street', minutes: [148, 163], everyHours: 2 },
  { station: 'bishops stortford', minutes: [34, 40], everyHours: 1 },
  { station: 'broxbourne', minutes: [55, 64], everyHours: 1 },
  { station: 'stevenage', minutes: [46, 52], everyHours: 1 },
];

const FIRST_HOUR = 5;
const LAST_HOUR = 23;
const WEEKEND_FARE_FACTOR = 0.8;

/**
 * The week's timetable: each route in both directions, the same every day, departing at a fixed
 * minute past the hour; one id per service, never reused within the week.
 */
export function generateTrains(random: RandomSource): Train[] {
  const ids = shuffled(
    random,
    Array.from({ length: 9000 }, (_, index) => index + 1000),
  );
  let nextId = 0;
  const trains: Train[] = [];
  for (const shape of ROUTE_SHAPES) {
    const durationMinutes = integerBetween(random, shape.minutes[0], shape.minutes[1]);
    // Fares run about 20 to 34 pence a minute, rounded to 10 pence.
    const weekdayFare = Math.round(durationMinutes * (0.2 + random() * 0.14) * 10) / 10;
    const directions: [Station, Station][] = [
      ['cambridge', shape.station],
      [shape.station, 'cambridge'],
    ];
    for (const [departure, destination] of directions) {
      const minutePastHour = integerBetween(random, 0, 59);
      for (const day of DAYS) {
        const weekend = day === 'saturday' || day === 'sunday';
        const price = roundPounds(weekend ? weekdayFare * WEEKEND_FARE_FACTOR : weekdayFare);
        for (let hour = FIRST_HOUR; hour <= LAST_HOUR; hour += shape.everyHours) {
          const leave = hour * 60 + minutePastHour;
          trains.push({
            id: `TR${ids[nextId++] ?? 0}`,
            departure,
            destination,
            day,
            leaveAt: formatMinutes(leave),
            arriveBy: formatMinutes(leave + durationMinutes),
            durationMinutes,
            price,
          });
        }
      }
    }
  }
  // Day, then departure time: every filtered subset is then already in a stable order.
  return trains.sort(
    (left, right) =>
      DAYS.indexOf(left.day) - DAYS.indexOf(right.day) ||
      compareText(left.leaveAt, right.leaveAt) ||
      compareText(left.id, right.id),
  );
}
