import { describe, expect, it } from 'vitest';
import { extractFacts } from '../trace-facts';
import { booked, found, goldenWok, handToolInfo, handTurn, noTable, redLion } from '../test-traces';
import type { UserGoal } from '../walkthrough';
import { createVenueDatabase } from '../goal-matcher';
import { scoreGoal } from './goal-success';

const search = { name: 'FindRestaurants', arguments: { area: 'centre', food: 'chinese' } };
const booking = (time: string) => ({
  name: 'BookRestaurant',
  arguments: { name: 'golden wok', people: 2, day: 'friday', time },
});
const dinnerGoal: UserGoal = {
  restaurant: {
    info: { area: 'centre', food: 'chinese' },
    book: { people: '2', day: 'friday', time: '19:00' },
    reqt: ['phone', 'reference'],
  },
};
const database = createVenueDatabase({ restaurant: [goldenWok, redLion] });
const chineseInTheCentre = { restaurant: { area: 'centre', food: 'chinese' } };

function score(goal: UserGoal, turns: ReturnType<typeof handTurn>[]) {
  return scoreGoal(goal, extractFacts(turns, handToolInfo), database);
}

describe('Inform and Success', () => {
  it('succeeds when the right venue is booked and everything asked for is shown', () => {
    const outcome = score(dinnerGoal, [
      handTurn('chinese in the centre', 'Golden Wok is in the centre.', [
        { ...search, result: found(goldenWok) },
      ]),
      handTurn('book it for 2 on friday at 7pm', 'Booked, reference AB12CD34, phone 01223123456.', [
        { ...booking('19:00'), result: booked('AB12CD34') },
      ]),
    ]);
    expect(outcome).toMatchObject({ inform: true, success: true });
    expect(outcome.domains[0]).toMatchObject({ offered: ['golden wok'], bookingCorrect: true });
  });

  it('gives Inform without Success when a requested attribute is missing', () => {
    const outcome = score(dinnerGoal, [
      handTurn('chinese in the centre', 'Golden Wok is in the centre.', [
        { ...search, result: found(goldenWok) },
      ]),
      handTurn('book it', 'Booked, reference AB12CD34.', [
        { ...booking('19:00'), result: booked('AB12CD34') },
      ]),
    ]);
    expect(outcome).toMatchObject({ inform: true, success: false });
    expect(outcome.domains[0]?.requestsMissing).toEqual(['phone']);
  });

  it('fails Inform when a venue outside the goal is offered', () => {
    const outcome = score(dinnerGoal, [
      handTurn('chinese in the centre', 'Try Red Lion or Golden Wok.', [
        { ...search, result: found(goldenWok, redLion) },
      ]),
    ]);
    expect(outcome.inform).toBe(false);
    expect(outcome.domains[0]?.offered).toEqual(['red lion']);
    expect(outcome.domains[0]?.informReason).toMatch(/red lion, which does not satisfy/);
  });

  it('judges a reply that compares or refuses venues on the one it offers', () => {
    const compare = score(dinnerGoal, [
      handTurn(
        'chinese in the centre',
        'Red Lion is british, so not for you; Golden Wok serves chinese food.',
        [{ ...search, result: found(goldenWok, redLion) }],
        chineseInTheCentre,
      ),
    ]);
    expect(compare.domains[0]).toMatchObject({ inform: true, offered: ['golden wok'] });
  });

  it("fails Inform when the state when offering allows venues outside the goal, as mwzeval's query does", () => {
    const outcome = score(dinnerGoal, [
      handTurn(
        'something in the centre',
        'Golden Wok is in the centre.',
        [
          {
            name: 'FindRestaurants',
            arguments: { area: 'centre' },
            result: found(goldenWok, redLion),
          },
        ],
        { restaurant: { area: 'centre' } },
      ),
    ]);
    expect(outcome.inform).toBe(false);
    expect(outcome.domains[0]?.informReason).toMatch(/outside the goal \(red lion\)/);
  });

  it('judges a change of mind on the final offer', () => {
    const goal: UserGoal = {
      restaurant: { info: { area: 'centre', food: 'chinese' }, reqt: [] },
    };
    const turns = [
      handTurn('british please', 'Red Lion serves british food.', [
        { name: 'FindRestaurants', arguments: { food: 'british' }, result: found(redLion) },
      ]),
      handTurn('actually chinese', 'Then Golden Wok.', [{ ...search, result: found(goldenWok) }]),
    ];
    expect(score(goal, turns).domains[0]).toMatchObject({ offered: ['golden wok'], inform: true });
    expect(score(goal, turns.slice(0, 1)).inform).toBe(false);
  });

  it('matches a named goal venue by name', () => {
    const namedGoal: UserGoal = {
      restaurant: { info: { name: 'golden wok' }, reqt: ['postcode'] },
    };
    const outcome = score(namedGoal, [
      handTurn('where is golden wok?', 'Golden Wok is at postcode CB21AB.', [
        { name: 'FindRestaurants', arguments: { name: 'golden wok' }, result: found(goldenWok) },
      ]),
    ]);
    expect(outcome).toMatchObject({ inform: true, success: true });
  });

  it('credits a failed booking followed by the fallback', () => {
    const goal: UserGoal = {
      restaurant: { ...dinnerGoal.restaurant!, fail_book: { time: '18:00' } },
    };
    const turns = [
      handTurn('chinese in the centre', 'Golden Wok, phone 01223123456.', [
        { ...search, result: found(goldenWok) },
      ]),
      handTurn('book 2 on friday at 18:00', 'Sorry, 18:00 is full. Another time?', [
        { ...booking('18:00'), result: noTable },
      ]),
      handTurn('19:00 then', 'Done, reference ZZ99ZZ99.', [
        { ...booking('19:00'), result: booked('ZZ99ZZ99') },
      ]),
    ];
    const outcome = score(goal, turns);
    expect(outcome.domains[0]).toMatchObject({ bookingCorrect: true, fallbackHandled: true });
    expect(outcome.success).toBe(true);
  });

  it('refuses a booking with values other than the goal', () => {
    const outcome = score(dinnerGoal, [
      handTurn('chinese', 'Golden Wok, phone 01223123456; booked for 20:00, ref QQ11QQ11.', [
        { ...search, result: found(goldenWok) },
        { ...booking('20:00'), result: booked('QQ11QQ11') },
      ]),
    ]);
    expect(outcome.domains[0]).toMatchObject({ inform: true, bookingCorrect: false });
    expect(outcome.success).toBe(false);
  });
});
