// `npm run eval -- [--profile cra-exact|cra-chat|both] [--only id,id] [--world generated|multiwoz|both]
//   [--check]`: plays the booking walkthroughs (generated world) through the real agent loop,
// prompts, parser, tools and metrics, then the 60 goals over the MultiWOZ world in both modes
// (dialogue-level with the agenda user, turn-level with gold history), all with scripted agents,
// and prints the metrics as JSON. With --check it exits non-zero unless every scripted variant
// scored what it must. `npm run eval -- --score <file>` scores dialogues made elsewhere.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { PromptProfileId } from '../src/core/conversation/conversation';
import { generateMultiwozGoals } from '../src/eval/multiwoz/goal-generator';
import { multiwozProblems } from '../src/eval/multiwoz/multiwoz-expectations';
import { runScriptedMultiwoz } from '../src/eval/multiwoz/run-multiwoz-evaluation';
import { runEvaluation } from '../src/eval/run-evaluation';
import { scriptedResultProblems } from '../src/eval/scripted-expectations';
import { buildWalkthroughs } from '../src/eval/walkthroughs/index';
import { loadMultiwozData } from '../src/mock-apis/multiwoz-world/load-multiwoz-data';
import { scoreFile } from './eval-score';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'scripted' },
    profile: { type: 'string', default: 'both' },
    only: { type: 'string' },
    world: { type: 'string', default: 'both' },
    score: { type: 'string' },
    check: { type: 'boolean', default: false },
  },
});

if (values.score) process.exit(await scoreFile(values.score, readFileSync));
if (values.engine !== 'scripted') {
  console.error(
    'eval: only --engine scripted runs in Node (a real model needs WebGPU: use the Evaluation view).',
  );
  process.exit(2);
}
const profiles: PromptProfileId[] =
  values.profile === 'both' ? ['cra-exact', 'cra-chat'] : [values.profile as PromptProfileId];
if (!profiles.every((profile) => profile === 'cra-exact' || profile === 'cra-chat')) {
  console.error(`eval: unknown profile ${values.profile}`);
  process.exit(2);
}
if (!['generated', 'multiwoz', 'both'].includes(values.world)) {
  console.error(`eval: --world is generated, multiwoz or both, not ${values.world}`);
  process.exit(2);
}

const startedAt = Date.now();
const round = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);
const problems: string[] = [];
const output: Record<string, unknown> = {};
const lines: string[] = [];

if (values.world !== 'multiwoz') {
  const all = await buildWalkthroughs();
  const wanted = values.only?.split(',').map((id) => id.trim());
  const walkthroughs = wanted ? all.filter((walkthrough) => wanted.includes(walkthrough.id)) : all;
  const unknown = (wanted ?? []).filter((id) => !all.some((walkthrough) => walkthrough.id === id));
  if (unknown.length > 0) {
    console.error(`eval: unknown walkthrough ${unknown.join(', ')}`);
    process.exit(2);
  }
  const run = await runEvaluation({
    id: `cli-${startedAt}`,
    walkthroughs,
    profiles,
    engine: { kind: 'scripted' },
  });
  output['walkthroughs'] = {
    agent: 'ideal agent (scripted)',
    overall: run.summaries,
    overallWithMistakes: run.summariesWithMistakes,
    results: run.results.map((result) => ({
      id: result.walkthroughId,
      profile: result.profile,
      variant: result.variant,
      completed: result.completed,
      inform: result.inform ? 1 : 0,
      success: result.success ? 1 : 0,
      jga: round(result.jointGoalAccuracy),
      jgaFuzzy: round(result.jointGoalAccuracyFuzzy),
      apiAccuracy: round(result.calls.accuracy),
      slotF1: round(result.calls.slotF1),
      spuriousCalls: result.calls.spurious,
      bookingCorrect: result.bookingCorrect,
      turns: result.turns,
    })),
  };
  problems.push(...run.results.flatMap(scriptedResultProblems));
  lines.push(`${walkthroughs.length} walkthroughs x ${profiles.length} profiles`);
}

if (values.world !== 'generated') {
  const loaded = Date.now();
  const data = await loadMultiwozData();
  const goals = await generateMultiwozGoals(data);
  const goalsMs = Date.now() - loaded;
  const run = await runScriptedMultiwoz({ data, goals });
  output['multiwoz'] = {
    summaries: run.summaries.map((summary) =>
      Object.fromEntries(
        Object.entries(summary).map(([key, value]) => [
          key,
          typeof value === 'number' ? round(value) : value,
        ]),
      ),
    ),
    timingsMs: { goals: goalsMs, ...run.timings },
  };
  problems.push(...multiwozProblems(run));
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  lines.push(
    `${goals.length} MultiWOZ goals (turn-level ideal run ${seconds(run.timings.goldDialogues + run.timings.turnLevelIdeal)} s, all ${seconds(run.timings.total)} s)`,
  );
}

console.log(JSON.stringify(output, null, 2));
const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
if (values.check && problems.length > 0) {
  for (const problem of problems) console.error(`eval: ${problem}`);
  console.error(`eval: ${problems.length} problem(s) (${seconds} s)`);
  process.exit(1);
}
console.log(
  `eval: ${lines.join('; ')}, ${problems.length === 0 ? 'ok' : `${problems.length} problem(s)`} (${seconds} s)`,
);
