import { describe, expect, it } from 'vitest';
import { fuzzyJointGoalAccuracy, jointGoalAccuracy, scoreTurnStates } from './joint-goal-accuracy';

describe('joint goal accuracy', () => {
  it('counts a turn correct only when the whole state matches', () => {
    const gold = [
      { restaurant: { area: 'centre' } },
      { restaurant: { area: 'centre', food: 'thai' } },
    ];
    const tracked = [
      { restaurant: { area: 'Centre' } },
      { restaurant: { area: 'centre', food: 'indian' } },
    ];
    const scores = scoreTurnStates(gold, tracked);
    expect(scores.map((score) => score.correct)).toEqual([true, false]);
    expect(scores[1]?.missing).toEqual(['restaurant-food=thai']);
    expect(scores[1]?.extra).toEqual(['restaurant-food=indian']);
    expect(jointGoalAccuracy(scores)).toBe(0.5);
  });

  it('treats dontcare as a value that must be tracked', () => {
    const gold = [{ hotel: { area: 'dontcare', parking: 'yes' } }];
    expect(
      scoreTurnStates(gold, [{ hotel: { area: "don't care", parking: 'yes' } }])[0]?.correct,
    ).toBe(true);
    expect(scoreTurnStates(gold, [{ hotel: { parking: 'yes' } }])[0]?.correct).toBe(false);
  });

  it('ignores empty domains and scores a missing state as empty', () => {
    expect(scoreTurnStates([{}], [{ train: {} }])[0]?.correct).toBe(true);
    expect(scoreTurnStates([{ train: { day: 'friday' } }], [undefined])[0]?.correct).toBe(false);
  });

  it('leaves ignored slots such as booking references out of the comparison', () => {
    const gold = [{ restaurant: { people: '2' } }];
    const tracked = [{ restaurant: { people: '2', ref: 'AB12CD34' } }];
    expect(scoreTurnStates(gold, tracked)[0]?.correct).toBe(false);
    expect(scoreTurnStates(gold, tracked, ['ref'])[0]?.correct).toBe(true);
  });
});

describe('fuzzy joint goal accuracy (partial ratio above 95)', () => {
  it('forgives a value contained in the gold one, not a different value or a missing slot', () => {
    const gold = [{ hotel: { name: 'the cambridge belfry', area: 'west' } }];
    const near = scoreTurnStates(gold, [{ hotel: { name: 'cambridge belfry', area: 'west' } }]);
    expect(near[0]).toMatchObject({ correct: false, fuzzyCorrect: true });
    expect(fuzzyJointGoalAccuracy(near)).toBe(1);
    const wrong = scoreTurnStates(gold, [
      { hotel: { name: 'the cambridge belfry', area: 'east' } },
    ]);
    expect(wrong[0]?.fuzzyCorrect).toBe(false);
    const short = scoreTurnStates(gold, [{ hotel: { name: 'the cambridge belfry' } }]);
    expect(short[0]?.fuzzyCorrect).toBe(false);
  });
});
