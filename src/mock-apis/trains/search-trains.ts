import { formatPounds } from '../tools/money';
import type { SearchConstraint, SearchOutcome } from '../tools/search';
import { equalsConstraint, searchRecords } from '../tools/search';
import type { Train } from '../world/records';

export interface TrainQuery {
  departure?: string | undefined;
  destination?: string | undefined;
  day?: string | undefined;
  /** "HH:MM": leaves at or after. */
  leaveAfter?: string | undefined;
  /** "HH:MM": arrives at or before. */
  arriveBy?: string | undefined;
}

function timeConstraint(
  argument: 'leave_after' | 'arrive_by',
  value: string,
): SearchConstraint<Train> {
  // "HH:MM" strings compare in time order, including the "24:10" of late arrivals.
  const leaving = argument === 'leave_after';
  return {
    argument,
    value,
    matches: (train) => (leaving ? train.leaveAt >= value : train.arriveBy <= value),
    describeAlternatives: (candidates) => {
      const times = candidates.map((train) => (leaving ? train.leaveAt : train.arriveBy)).sort();
      return leaving
        ? `the last train leaves at ${times[times.length - 1] ?? 'none'}`
        : `the first train arrives at ${times[0] ?? 'none'}`;
    },
  };
}

/** Any subset of constraints; results come by day, then departure time. */
export function searchTrains(trains: readonly Train[], query: TrainQuery): SearchOutcome<Train> {
  const constraints: SearchConstraint<Train>[] = [];
  if (query.departure !== undefined)
    constraints.push(equalsConstraint('departure', query.departure, (train) => train.departure));
  if (query.destination !== undefined)
    constraints.push(
      equalsConstraint('destination', query.destination, (train) => train.destination),
    );
  if (query.day !== undefined)
    constraints.push(equalsConstraint('day', query.day, (train) => train.day));
  if (query.leaveAfter !== undefined)
    constraints.push(timeConstraint('leave_after', query.leaveAfter));
  if (query.arriveBy !== undefined) constraints.push(timeConstraint('arrive_by', query.arriveBy));
  return searchRecords(trains, constraints);
}

/** What the model sees of one train. */
export function summarizeTrain(train: Train, detailed: boolean): Record<string, unknown> {
  const summary = {
    train_id: train.id,
    departure: train.departure,
    destination: train.destination,
    day: train.day,
    leave_at: train.leaveAt,
    arrive_by: train.arriveBy,
  };
  if (!detailed) return summary;
  return {
    ...summary,
    duration: `${train.durationMinutes} minutes`,
    price: formatPounds(train.price),
  };
}
