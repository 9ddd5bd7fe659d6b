/**
 * The shapes of the 60 MultiWOZ-world goals: which domains, in which order, with which features.
 * Counts follow MultiWOZ's mix loosely (single- and multi-domain, about one goal in six with a
 * fail_info or fail_book), and every feature the issue names is covered several times.
 */
export interface DomainPlan {
  domain: string;
  book?: boolean;
  failInfo?: boolean;
  failBook?: boolean;
  requests?: boolean;
  /** Restaurants: no preference on price. */
  dontcare?: boolean;
  /** Trains: "arrive by" instead of "leave after". */
  arriveBy?: boolean;
}

export interface GoalPattern {
  id: string;
  title: string;
  tags: string[];
  count: number;
  domains: DomainPlan[];
  /** Booking slots the user gives only when asked (tests that the user answers questions). */
  withhold?: Record<string, string[]>;
}

const tags = (...domains: string[]) => [
  ...domains,
  domains.length > 1 ? 'multi-domain' : 'single-domain',
];

export const GOAL_PATTERNS: GoalPattern[] = [
  {
    id: 'restaurant-book',
    title: 'A table booked',
    tags: [...tags('restaurant'), 'booking', 'requests'],
    count: 6,
    domains: [{ domain: 'restaurant', book: true, requests: true }],
  },
  {
    id: 'restaurant-asked',
    title: 'A table, details given when asked',
    tags: [...tags('restaurant'), 'booking', 'clarification'],
    count: 2,
    domains: [{ domain: 'restaurant', book: true, dontcare: true }],
    withhold: { restaurant: ['day', 'time'] },
  },
  {
    id: 'restaurant-fail-info',
    title: 'A cuisine the area lacks, then another',
    tags: [...tags('restaurant'), 'fail_info', 'requests'],
    count: 4,
    domains: [{ domain: 'restaurant', failInfo: true, requests: true }],
  },
  {
    id: 'restaurant-fail-book',
    title: 'A full table, then another time',
    tags: [...tags('restaurant'), 'fail_book', 'booking'],
    count: 4,
    domains: [{ domain: 'restaurant', book: true, failBook: true }],
  },
  {
    id: 'hotel-book',
    title: 'A stay booked',
    tags: [...tags('hotel'), 'booking', 'requests'],
    count: 6,
    domains: [{ domain: 'hotel', book: true, requests: true }],
  },
  {
    id: 'hotel-fail-book',
    title: 'A full night, then another day',
    tags: [...tags('hotel'), 'fail_book', 'booking'],
    count: 3,
    domains: [{ domain: 'hotel', book: true, failBook: true }],
  },
  {
    id: 'hotel-fail-info',
    title: 'No such place in that area, then another area',
    tags: [...tags('hotel'), 'fail_info', 'requests'],
    count: 2,
    domains: [{ domain: 'hotel', failInfo: true, requests: true }],
  },
  {
    id: 'train-book',
    title: 'Train tickets bought',
    tags: [...tags('train'), 'booking'],
    count: 6,
    domains: [{ domain: 'train', book: true }],
  },
  {
    id: 'train-requests',
    title: 'A train: arrival time, price, journey time',
    tags: [...tags('train'), 'requests'],
    count: 4,
    domains: [{ domain: 'train', requests: true, arriveBy: true }],
  },
  {
    id: 'attraction',
    title: 'An attraction: postcode, phone, entrance fee',
    tags: [...tags('attraction'), 'requests'],
    count: 5,
    domains: [{ domain: 'attraction', requests: true }],
  },
  {
    id: 'taxi',
    title: 'A taxi between two places',
    tags: [...tags('taxi'), 'booking'],
    count: 2,
    domains: [{ domain: 'taxi' }],
  },
  {
    id: 'restaurant-hotel',
    title: 'A table and a stay',
    tags: [...tags('restaurant', 'hotel'), 'booking', 'requests'],
    count: 4,
    domains: [
      { domain: 'restaurant', requests: true },
      { domain: 'hotel', book: true },
    ],
  },
  {
    id: 'train-restaurant',
    title: 'A train in, then dinner',
    tags: [...tags('train', 'restaurant'), 'booking', 'requests'],
    count: 4,
    domains: [
      { domain: 'train', book: true },
      { domain: 'restaurant', book: true, requests: true },
    ],
  },
  {
    id: 'attraction-restaurant',
    title: 'Something to see, then somewhere to eat',
    tags: [...tags('attraction', 'restaurant'), 'requests', 'fail_info'],
    count: 3,
    domains: [
      { domain: 'attraction', requests: true },
      { domain: 'restaurant', failInfo: true, requests: true },
    ],
  },
  {
    id: 'attraction-taxi',
    title: 'An attraction and a taxi there',
    tags: [...tags('attraction', 'taxi'), 'requests', 'booking'],
    count: 2,
    domains: [{ domain: 'attraction', requests: true }, { domain: 'taxi' }],
  },
  {
    id: 'hotel-train',
    title: 'A stay and the train home',
    tags: [...tags('hotel', 'train'), 'booking', 'requests', 'fail_book'],
    count: 3,
    domains: [
      { domain: 'hotel', book: true, failBook: true },
      { domain: 'train', requests: true },
    ],
  },
];
