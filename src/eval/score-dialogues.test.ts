import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMultiwozData } from '../mock-apis/multiwoz-world/load-multiwoz-data';
import {
  checkDialoguesFile,
  scoreDialogue,
  summarizeScores,
  type DialoguesFile,
} from './score-dialogues';

const example = JSON.parse(
  readFileSync(new URL('../../docs/examples/dialogues-to-score.json', import.meta.url), 'utf8'),
) as DialoguesFile;

describe('scoring dialogues made elsewhere', () => {
  it('scores the documented example: one success, one offer outside the goal', async () => {
    expect(checkDialoguesFile(example)).toEqual([]);
    const data = await loadMultiwozData();
    const scores = await Promise.all(example.dialogues.map((item) => scoreDialogue(item, data)));
    expect(scores[0]).toMatchObject({
      inform: true,
      success: true,
      bookingCorrect: true,
      jointGoalAccuracy: 1,
    });
    expect(scores[1]).toMatchObject({ inform: false, success: false, jointGoalAccuracy: 0 });
    expect(scores[1]?.domains[0]?.informReason).toMatch(
      /a and b guest house, which does not satisfy/,
    );
    expect(summarizeScores(scores)).toMatchObject({ dialogues: 2, inform: 0.5, success: 0.5 });
    expect(summarizeScores(scores).jointGoalAccuracy).toBeCloseTo(2 / 3);
  });

  it('says what is wrong with a malformed file', () => {
    expect(checkDialoguesFile({})).toEqual(['the file needs a "dialogues" list']);
    expect(
      checkDialoguesFile({
        world: 'mars',
        dialogues: [{ id: 'x', goal: { hotel: {} }, turns: [{}] }],
      }),
    ).toEqual([
      '"world" is "generated" or "multiwoz"',
      'dialogue 1 (x), turn 1: needs "user" and "reply" texts',
      'dialogue 1 (x): goal "hotel" needs "info" and "reqt"',
    ]);
  });
});
