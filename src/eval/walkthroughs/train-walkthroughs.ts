import type { WalkthroughRecipe } from './walkthrough-builder';
import { firstResult, text } from './world-probes';
import { buyTrainTickets, findTrains } from './recipe-helpers';

const trainToLondon: WalkthroughRecipe = async (kit) => {
  const search = {
    departure: 'cambridge',
    destination: 'london kings cross',
    day: 'friday',
    leave_after: '09:00',
  };
  const train = text(await firstResult(kit, 'FindTrains', search), 'train_id');
  const london = {
    departure: 'cambridge',
    destination: 'london kings cross',
    day: 'friday',
    leaveafter: '09:00',
  };
  return {
    id: 'train-to-london',
    title: 'A train to London on friday morning',
    tags: ['train', 'single-domain', 'booking'],
    goal: { train: { info: search, book: { people: '2' }, reqt: ['arrive_by', 'reference'] } },
    turns: [
      {
        user: 'I need a train from cambridge to london kings cross on friday, leaving after 09:00. When does it arrive?',
        calls: [findTrains(search)],
        state: { train: london },
        mention: ['leave_at', 'arrive_by'],
      },
      {
        user: 'Book 2 tickets please.',
        calls: [buyTrainTickets({ train_id: train, day: 'friday', people: 2 })],
        state: { train: { ...london, trainid: train.toLowerCase(), people: '2' } },
      },
    ],
    mistakes: [{ kind: 'wrong-slot-value', turn: 0, argument: 'day', value: 'thursday' }],
  };
};

const arriveBy: WalkthroughRecipe = async () => {
  const search = {
    departure: 'stansted airport',
    destination: 'cambridge',
    day: 'sunday',
    arrive_by: '14:00',
  };
  return {
    id: 'train-arrive-by',
    title: 'Arriving in Cambridge by a given time',
    tags: ['train', 'single-domain'],
    goal: { train: { info: search, reqt: ['leave_at', 'duration'] } },
    turns: [
      {
        user: 'I have to get from stansted airport to cambridge by 14:00 on sunday. When does the train leave and how long is the trip?',
        calls: [findTrains(search)],
        state: {
          train: {
            ...{ departure: 'stansted airport', destination: 'cambridge' },
            ...{ day: 'sunday', arriveby: '14:00' },
          },
        },
        mention: ['leave_at', 'duration'],
      },
    ],
  };
};

const trainNeedsDetails: WalkthroughRecipe = async (kit) => {
  const search = {
    departure: 'cambridge',
    destination: 'ely',
    day: 'wednesday',
    leave_after: '17:00',
  };
  const train = text(await firstResult(kit, 'FindTrains', search), 'train_id');
  const ely = { departure: 'cambridge', destination: 'ely', day: 'wednesday', leaveafter: '17:00' };
  return {
    id: 'train-clarification',
    title: 'A train request missing its origin and day',
    tags: ['train', 'clarification', 'booking'],
    goal: { train: { info: search, book: { people: '3' }, reqt: ['reference'] } },
    turns: [
      {
        user: 'I want a train to ely.',
        // The ideal agent searches with what it has, so its state holds the destination too.
        calls: [findTrains({ destination: 'ely' })],
        state: { train: { destination: 'ely' } },
        reply: 'Where will you be leaving from, and on which day and time?',
        asks: true,
      },
      {
        user: 'From cambridge on wednesday, after 17:00.',
        calls: [findTrains(search)],
        state: { train: ely },
      },
      {
        user: 'Book 3 tickets on that one.',
        calls: [buyTrainTickets({ train_id: train, day: 'wednesday', people: 3 })],
        state: { train: { ...ely, trainid: train.toLowerCase(), people: '3' } },
      },
    ],
  };
};

export const trainRecipes: WalkthroughRecipe[] = [trainToLondon, arriveBy, trainNeedsDetails];
