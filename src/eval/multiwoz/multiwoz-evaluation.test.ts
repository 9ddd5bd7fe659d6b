import { beforeAll, describe, expect, it } from 'vitest';
import { loadMultiwozData } from '../../mock-apis/multiwoz-world/load-multiwoz-data';
import type { WorldData } from '../../mock-apis/world/records';
import { createVenueDatabase, recordsByDomain, type VenueDatabase } from '../goal-matcher';
import { createReplayChatModel } from '../../core/model/replay-chat-model';
import type { MultiwozGoal } from './dialogue-acts';
import { generateMultiwozGoals } from './goal-generator';
import { createLlmUser } from './llm-user';
import { multiwozProblems } from './multiwoz-expectations';
import { playScriptedDialogue, runScriptedMultiwoz } from './run-multiwoz-evaluation';
import type { AgentMistake } from './scripted-agent';

let data: WorldData;
let goals: MultiwozGoal[];
let database: VenueDatabase;
beforeAll(async () => {
  data = await loadMultiwozData();
  goals = await generateMultiwozGoals(data);
  database = createVenueDatabase(recordsByDomain(data));
  // Drawing the 60 goals probes the world a few thousand times.
}, 60_000);

const tagged = (tag: string) => goals.filter((goal) => goal.tags.includes(tag));

describe('goals over the MultiWOZ world', () => {
  it('has at least 60, with every feature several times', () => {
    expect(goals.length).toBeGreaterThanOrEqual(60);
    for (const tag of [
      'single-domain',
      'multi-domain',
      'fail_info',
      'fail_book',
      'requests',
      'attraction',
      'taxi',
    ])
      expect(tagged(tag).length).toBeGreaterThanOrEqual(2);
    const requested = new Set(
      goals.flatMap((goal) => Object.values(goal.goal).flatMap((part) => part.reqt)),
    );
    for (const attribute of ['phone', 'postcode', 'arrive_by', 'price'])
      expect(requested).toContain(attribute);
  });
});

describe('the agenda user', () => {
  const play = (goal: MultiwozGoal, mistake?: AgentMistake) =>
    playScriptedDialogue(goal, data, database, mistake);

  it('relaxes a constraint that matched nothing, and falls back when a booking is refused', async () => {
    const relaxed = await play(tagged('fail_info')[0]!);
    expect(relaxed.transcript[1]?.user).toMatch(/^Then how about something/);
    expect(relaxed).toMatchObject({ completed: true, inform: true, success: true });
    const fellBack = await play(tagged('fail_book')[0]!);
    expect(fellBack.domains[0]).toMatchObject({ fallbackHandled: true, bookingCorrect: true });
  });

  it('answers what the agent asks, and its gold state holds details no call has carried yet', async () => {
    const result = await play(tagged('clarification')[0]!);
    expect(result.transcript[1]?.reply).toMatch(/which day, and what time\?/);
    expect(result.transcript[2]?.user).toMatch(/on \w+day, at \d\d:\d\d/);
    expect(result.turnStates[1]?.missing.some((triple) => triple.includes('people='))).toBe(true);
    expect(result.success).toBe(true);
  });

  it('rejects an offer that breaks its constraints and gets a right one', async () => {
    const results = await Promise.all(
      tagged('restaurant')
        .slice(0, 8)
        .map((goal) => play(goal, 'wrong-venue-first')),
    );
    const rejected = results.find((result) =>
      result.transcript.some((turn) => /is not what I asked for/.test(turn.user)),
    );
    expect(rejected).toBeDefined();
    expect(rejected?.completed).toBe(true);
    expect(rejected?.inform).toBe(true);
  });
});

describe('a language-model user', () => {
  it('talks from its goal and ends the dialogue when it says [DONE]', async () => {
    const user = createLlmUser(
      goals[0]!,
      createReplayChatModel({ outputs: ['I need a restaurant.', 'Thanks, bye. [DONE]'] }),
    );
    expect(await user.next('')).toMatchObject({
      text: 'I need a restaurant.',
      done: false,
      acts: [],
    });
    expect(await user.next('Which area?')).toMatchObject({ text: 'Thanks, bye.', done: true });
  });
});

describe('a scripted run in both modes', () => {
  it('meets its expectations, and breaking a metric breaks the check', async () => {
    const sample = [
      ...tagged('fail_book').slice(0, 2),
      ...tagged('clarification').slice(0, 1),
      ...tagged('multi-domain').slice(0, 3),
    ];
    const run = await runScriptedMultiwoz({
      data,
      goals: sample,
    });
    expect(multiwozProblems(run)).toEqual([]);
    const broken = {
      ...run,
      summaries: run.summaries.map((summary) => ({
        ...summary,
        apiAccuracy: summary.apiAccuracy === null ? null : 1,
      })),
    };
    expect(multiwozProblems(broken)).toContainEqual(
      expect.stringContaining('API accuracy should be below 1'),
    );
    const alwaysRight = {
      ...run,
      dialogues: run.dialogues.map((result) => ({ ...result, jointGoalAccuracy: 1 })),
    };
    expect(multiwozProblems(alwaysRight)).toContainEqual(
      expect.stringContaining('JGA should miss'),
    );
  }, 60_000);
});
