import { describe, expect, it } from 'vitest';
import { jointGoalAccuracy, scoreTurnStates } from './joint-goal-accuracy';

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
