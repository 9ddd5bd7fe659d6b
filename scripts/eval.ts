// `node --import tsx scripts/eval.ts --engine scripted [--profile cra-exact|cra-chat|both]
//   [--only id,id] [--check]`: plays the booking walkthroughs through the real agent loop,
// prompts, parser, tools and metrics, and prints the metrics as JSON. With --check it exits
// non-zero unless every walkthrough completed and each scripted variant scored what it must.
import { parseArgs } from 'node:util';
import type { PromptProfileId } from '../src/core/conversation/conversation';
import { runEvaluation } from '../src/eval/run-evaluation';
import { scriptedResultProblems } from '../src/eval/scripted-expectations';
import { buildWalkthroughs } from '../src/eval/walkthroughs/index';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'scripted' },
    profile: { type: 'string', default: 'both' },
    only: { type: 'string' },
    check: { type: 'boolean', default: false },
  },
});

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

const startedAt = Date.now();
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
  engine: {
    kind: 'scripted',
  },
});

const round = (value: number) => Math.round(value * 1000) / 1000;
console.log(
  JSON.stringify(
    {
      overall: run.summaries,
      overallWithMistakes: run.summariesWithMistakes,
      walkthroughs: run.results.map((result) => ({
        id: result.walkthroughId,
        profile: result.profile,
        variant: result.variant,
        completed: result.completed,
        inform: result.inform ? 1 : 0,
        success: result.success ? 1 : 0,
        jga: round(result.jointGoalAccuracy),
        apiAccuracy: round(result.calls.accuracy),
        slotF1: round(result.calls.slotF1),
        spuriousCalls: result.calls.spurious,
        bookingCorrect: result.bookingCorrect,
        turns: result.turns,
      })),
    },
    null,
    2,
  ),
);

const problems = run.results.flatMap(scriptedResultProblems);
const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
if (values.check && problems.length > 0) {
  for (const problem of problems) console.error(`eval: ${problem}`);
  console.error(
    `eval: ${problems.length} problem(s) in ${walkthroughs.length} walkthroughs (${seconds} s)`,
  );
  process.exit(1);
}
console.log(
  `eval: ${walkthroughs.length} walkthroughs, ${profiles.length} profiles, ${problems.length === 0 ? 'ok' : `${problems.length} problem(s)`} (${seconds} s)`,
);
