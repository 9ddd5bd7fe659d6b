import { describe, expect, it } from 'vitest';
import {
  dayNormalizer,
  normalizeArea,
  normalizeFood,
  normalizeHotelType,
  normalizePriceRange,
  normalizeReference,
  normalizeStation,
  normalizeVenueName,
  normalizeYesNo,
} from './normalize-values';

describe('value normalisation', () => {
  it('maps areas, including the American spelling and "no preference"', () => {
    expect(normalizeArea('center')).toBe('centre');
    expect(normalizeArea('City Centre')).toBe('centre');
    expect(normalizeArea('the north')).toBe('north');
    expect(normalizeArea("don't care")).toBe('dontcare');
    expect(normalizeArea('dont care')).toBe('dontcare');
    expect(normalizeArea('any')).toBe('dontcare');
    expect(normalizeArea('downtown-ish')).toBeUndefined();
  });

  it('maps price ranges', () => {
    expect(normalizePriceRange('inexpensive')).toBe('cheap');
    expect(normalizePriceRange('moderately priced')).toBe('moderate');
    expect(normalizePriceRange('Upscale')).toBe('expensive');
    expect(normalizePriceRange('free')).toBeUndefined();
  });

  it('maps hotel types and yes/no amenities', () => {
    expect(normalizeHotelType('guest house')).toBe('guesthouse');
    expect(normalizeHotelType('B&B')).toBe('guesthouse');
    expect(normalizeHotelType('Hotel')).toBe('hotel');
    expect(normalizeYesNo('free wifi')).toBe('yes');
    expect(normalizeYesNo('free')).toBe('yes');
    expect(normalizeYesNo('True')).toBe('yes');
    expect(normalizeYesNo('false')).toBe('no');
    expect(normalizeYesNo('whatever')).toBe('dontcare');
  });

  it('maps station names, rejecting an ambiguous "london"', () => {
    expect(normalizeStation('Kings Cross')).toBe('london kings cross');
    expect(normalizeStation("king's cross")).toBe('london kings cross');
    expect(normalizeStation('liverpool street')).toBe('london liverpool street');
    expect(normalizeStation('Birmingham')).toBe('birmingham new street');
    expect(normalizeStation('stansted')).toBe('stansted airport');
    expect(normalizeStation('Ely station')).toBe('ely');
    expect(normalizeStation("King's Lynn")).toBe('kings lynn');
    expect(normalizeStation('london')).toBeUndefined();
    expect(normalizeStation('paris')).toBeUndefined();
  });

  it('maps days; only search days may be "dontcare"', () => {
    const bookingDay = dayNormalizer({ allowDontCare: false });
    const searchDay = dayNormalizer({ allowDontCare: true });
    expect(bookingDay('Tues')).toBe('tuesday');
    expect(bookingDay('fridays')).toBe('friday');
    expect(bookingDay('on Sunday')).toBe('sunday');
    expect(bookingDay('th')).toBeUndefined();
    expect(bookingDay('tomorrow')).toBeUndefined();
    expect(bookingDay('any')).toBeUndefined();
    expect(searchDay('any')).toBe('dontcare');
  });

  it('keeps unknown cuisines (search reports them) and maps variants', () => {
    expect(normalizeFood('Italian food')).toBe('italian');
    expect(normalizeFood('oriental')).toBe('asian oriental');
    expect(normalizeFood('basque')).toBe('basque');
    expect(normalizeFood('any')).toBe('dontcare');
  });

  it('normalises venue names and references', () => {
    expect(normalizeVenueName('The Willow Trattoria.')).toBe('willow trattoria');
    expect(normalizeVenueName("  Heron's   Inn ")).toBe('herons inn');
    expect(normalizeVenueName('   ')).toBeUndefined();
    expect(normalizeReference(' kwv7hgeb ')).toBe('KWV7HGEB');
    expect(normalizeReference('#KWV7HGEB')).toBe('KWV7HGEB');
    expect(normalizeReference('KWV7HGE')).toBeUndefined();
    expect(normalizeReference('KWV7-HGEB')).toBeUndefined();
  });
});
