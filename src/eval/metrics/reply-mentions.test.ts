import { describe, expect, it } from 'vitest';
import { namedInReply, replyGives } from './reply-mentions';

describe('replyGives', () => {
  it('does not take "for 4 people" as 4 stars', () => {
    expect(replyGives('I booked a room for 4 people.', 'stars', '4')).toBe(false);
    expect(replyGives('It is a 4 star guesthouse.', 'stars', '4')).toBe(true);
    expect(replyGives('Its star rating is 4.', 'stars', 4)).toBe(true);
  });

  it('needs a value as a whole token', () => {
    expect(replyGives('Call 01223123456.', 'phone', '0122312345')).toBe(false);
    expect(replyGives('Call 01223123456.', 'phone', '01223123456')).toBe(true);
    expect(replyGives('It leaves at 09:15 and arrives 10:06.', 'arrive_by', '10:06')).toBe(true);
    expect(replyGives('The postcode is cb21ab.', 'postcode', 'cb2')).toBe(false);
  });

  it('asks yes/no values to come with their attribute', () => {
    expect(replyGives('Yes, I can book that.', 'parking', 'yes')).toBe(false);
    expect(replyGives('Yes, it has free parking.', 'parking', 'yes')).toBe(true);
  });
});

describe('namedInReply', () => {
  it('lists venues in the order the reply names them', () => {
    const known = ['golden wok', 'red lion', 'the lion'];
    expect(namedInReply('Red Lion is full, but Golden Wok has a table.', known)).toEqual([
      'red lion',
      'golden wok',
    ]);
    expect(namedInReply('Nothing by that name.', known)).toEqual([]);
  });
});
