import { describe, expect, it } from 'vitest';
import { createEvaluationWorld } from '../evaluation-world';
import { createVenueDatabase, matchingEntities, recordsByDomain } from '../goal-matcher';
import { buildWalkthroughs } from './index';

describe('walkthroughs', async () => {
  const walkthroughs = await buildWalkthroughs();
  const { world, tools } = createEvaluationWorld();

  it('are at least 20, with unique ids, covering single and multi-domain dialogues', () => {
    expect(walkthroughs.length).toBeGreaterThanOrEqual(20);
    expect(new Set(walkthroughs.map((walkthrough) => walkthrough.id)).size).toBe(
      walkthroughs.length,
    );
    const tags = new Set(walkthroughs.flatMap((walkthrough) => walkthrough.tags));
    for (const tag of [
      'multi-domain',
      'fail_book',
      'fail_info',
      'clarification',
      'change-of-mind',
      'cancellation',
      'all-at-once',
      'dontcare',
    ])
      expect(tags).toContain(tag);
  });

  it('only use tools that exist, and every goal matches something in the world', () => {
    for (const walkthrough of walkthroughs) {
      for (const turn of walkthrough.turns)
        for (const call of turn.expectedCalls)
          expect(tools.validate(call).ok, `${walkthrough.id}: ${call.name}`).toBe(true);
      for (const [domain, keys] of Object.entries(
        matchingEntities(walkthrough.goal, createVenueDatabase(recordsByDomain(world.data))),
      ))
        expect(keys.length, `${walkthrough.id} ${domain}`).toBeGreaterThan(0);
    }
  });

  it('have first-choice bookings the world really refuses', async () => {
    const failing = walkthroughs.filter((walkthrough) => walkthrough.tags.includes('fail_book'));
    expect(failing.length).toBeGreaterThan(0);
    for (const walkthrough of failing) {
      const fresh = createEvaluationWorld().tools;
      const outcomes: boolean[] = [];
      for (const turn of walkthrough.turns)
        for (const call of turn.expectedCalls) {
          const result = await fresh.dispatch(call, { conversationId: 'check' });
          if (fresh.get(call.name)?.kind === 'booking') outcomes.push(result.ok);
        }
      expect(outcomes, walkthrough.id).toEqual([false, true]);
    }
  });
});
