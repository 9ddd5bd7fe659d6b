import { DAYS } from '../world/vocabulary';
import { isDontCare, simplifyText, synonymNormalizer } from './normalize-text';

const AREA_SYNONYMS = {
  centre: [
    'center',
    'central',
    'city centre',
    'city center',
    'town centre',
    'town center',
    'the centre',
    'downtown',
  ],
  north: ['northern', 'the north', 'north side'],
  south: ['southern', 'the south', 'south side'],
  east: ['eastern', 'the east', 'east side'],
  west: ['western', 'the west', 'west side'],
};
const PRICE_SYNONYMS = {
  cheap: [
    'inexpensive',
    'cheaply',
    'cheapest',
    'budget',
    'low',
    'cheap price',
    'cheaply priced',
    'low cost',
  ],
  moderate: [
    'moderately',
    'moderately priced',
    'mid',
    'mid-range',
    'mid range',
    'medium',
    'reasonable',
    'reasonably priced',
  ],
  expensive: [
    'pricey',
    'upscale',
    'high end',
    'high-end',
    'luxury',
    'fancy',
    'posh',
    'expensively priced',
  ],
};
const HOTEL_TYPE_SYNONYMS = {
  hotel: ['hotels', 'a hotel'],
  guesthouse: [
    'guest house',
    'guest houses',
    'guesthouses',
    'a guesthouse',
    'a guest house',
    'b&b',
    'b and b',
    'bed and breakfast',
  ],
};
const YES_NO_SYNONYMS = {
  yes: [
    'y',
    'true',
    'free',
    'free wifi',
    'free wi-fi',
    'free internet',
    'free parking',
    'wifi',
    'needed',
    'required',
    'included',
    '1',
  ],
  no: ['n', 'false', 'none', 'not needed', 'no need', 'not required', '0'],
};
const STATION_SYNONYMS = {
  cambridge: ['cambridge station'],
  'london kings cross': [
    'kings cross',
    "king's cross",
    "london king's cross",
    'london kings cross station',
  ],
  'london liverpool street': ['liverpool street', 'london liverpool st', 'liverpool st'],
  'kings lynn': ["king's lynn"],
  norwich: [],
  peterborough: [],
  ely: [],
  'stansted airport': ['stansted', 'london stansted', 'stansted airport station'],
  leicester: [],
  'birmingham new street': ['birmingham', 'birmingham new st'],
  'bishops stortford': ["bishop's stortford", 'bishop stortford', 'stortford'],
  broxbourne: [],
  stevenage: [],
};

export const normalizeArea = synonymNormalizer(AREA_SYNONYMS, { allowDontCare: true });
export const normalizePriceRange = synonymNormalizer(PRICE_SYNONYMS, { allowDontCare: true });
export const normalizeHotelType = synonymNormalizer(HOTEL_TYPE_SYNONYMS, { allowDontCare: true });
export const normalizeYesNo = synonymNormalizer(YES_NO_SYNONYMS, { allowDontCare: true });
const stationLookup = synonymNormalizer(STATION_SYNONYMS, { allowDontCare: true });

/** "Kings Cross" -> "london kings cross"; a bare "london" is ambiguous and rejected. */
export function normalizeStation(raw: string): string | undefined {
  return stationLookup(raw) ?? stationLookup(simplifyText(raw).replace(/ (train )?station$/, ''));
}

/** "Tues" -> "tuesday", "Fridays" -> "friday". Search allows "dontcare"; booking does not. */
export function dayNormalizer(options: { allowDontCare: boolean }) {
  return (raw: string): string | undefined => {
    if (isDontCare(raw)) return options.allowDontCare ? 'dontcare' : undefined;
    const text = simplifyText(raw)
      .replace(/^(on|this|next) /, '')
      .replace(/s$/, '');
    if (text.length < 3) return undefined;
    return DAYS.find((day) => day.startsWith(text) || text === day);
  };
}

const FOOD_SYNONYMS: Readonly<Record<string, string>> = {
  oriental: 'asian oriental',
  asian: 'asian oriental',
  pub: 'gastropub',
  'gastro pub': 'gastropub',
  american: 'north american',
  fish: 'seafood',
  'sea food': 'seafood',
  'modern-european': 'modern european',
};

/** Any cuisine text is accepted (search then says what exists); common variants are mapped. */
export function normalizeFood(raw: string): string | undefined {
  if (isDontCare(raw)) return 'dontcare';
  const text = simplifyText(raw).replace(/ (food|cuisine|restaurant|restaurants)$/, '');
  if (text === '') return undefined;
  return FOOD_SYNONYMS[text] ?? text;
}

/** Venue names compare without case, punctuation or a leading "the". */
export function normalizeVenueName(raw: string): string | undefined {
  const text = simplifyText(raw)
    .replace(/[^a-z0-9&' ]/g, ' ')
    .replace(/'/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
  return text === '' ? undefined : text;
}

/** Booking references: 8 upper-case letters and digits, whatever case the user typed. */
export function normalizeReference(raw: string): string | undefined {
  const text = raw.trim().toUpperCase().replace(/^#/, '');
  return /^[A-Z0-9]{8}$/.test(text) ? text : undefined;
}
