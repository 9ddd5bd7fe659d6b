// `node --import tsx scripts/eval.ts --engine scripted [--profile cra-exact|cra-chat|both]
//   [--only id,id] [--check]`: plays the booking walkthroughs through the real agent loop,
// prompts, parser, tools and metrics, and prints the metrics as JSON. With --check it exits
// non-zero unless every walkthrough completed and each scripted variant scored what it must.
// `--engine openai --base-url http://host:8000/v1 --model <id> [--dialect vllm]
//   [--concurrency 8] [--out run.json]` plays them against a model server instead, several
// dialogues at once (a vLLM or SGLang server batches them); the key, if the server needs one,
// comes from COALM_API_KEY so that it stays out of shell history. --out writes the same JSON
// file the Evaluation view exports.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createServerChatModel } from '../src/adapters/openai/server-chat-model';
import {
  dialectForUrl,
  normalizeBaseUrl,
  type ServerDialect,
} from '../src/adapters/openai/server-config';
import type { EvaluationRun } from '../src/eval/evaluation-result';
import { evaluationRunToJson } from '../src/eval/export-results';
import { summarizeProfile } from '../src/eval/summarize-results';
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
    'base-url': { type: 'string' },
    model: { type: 'string' },
    dialect: { type: 'string' },
    concurrency: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});

if (values.engine !== 'scripted' && values.engine !== 'openai') {
  console.error(
    'eval: --engine scripted, or --engine openai with --base-url and --model (web-llm needs WebGPU: use the Evaluation view).',
  );
  process.exit(2);
}
const concurrency = Number(values.concurrency);
if (!Number.isInteger(concurrency) || concurrency < 1) {
  console.error('eval: --concurrency must be a whole number of at least 1');
  process.exit(2);
}
if (values.engine === 'openai' && (!values['base-url'] || !values.model)) {
  console.error('eval: --engine openai needs --base-url and --model');
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

/** Plays the walkthroughs against a model server, `concurrency` dialogues at a time. */
async function runOnServer(): Promise<EvaluationRun> {
  const baseUrl = normalizeBaseUrl(values['base-url'] ?? '');
  const dialect = (values.dialect as ServerDialect | undefined) ?? dialectForUrl(baseUrl);
  const apiKey = process.env.COALM_API_KEY;
  const model = createServerChatModel({
    config: { baseUrl, model: values.model ?? '', dialect, ...(apiKey ? { apiKey } : {}) },
  });
  const playStartedAt = Date.now();
  // One shard per lane; each lane plays its walkthroughs one after the other.
  const shards = Array.from({ length: Math.min(concurrency, walkthroughs.length) }, (_, lane) =>
    walkthroughs.filter((_, index) => index % concurrency === lane),
  );
  const runs = await Promise.all(
    shards.map((shard, lane) =>
      runEvaluation({
        id: `cli-${startedAt}-${lane}`,
        walkthroughs: shard,
        profiles,
        engine: { kind: 'model', model },
        options: { baseUrl, dialect, concurrency },
      }),
    ),
  );
  const results = runs.flatMap((part) => part.results);
  return {
    ...runs[0]!,
    id: `cli-${startedAt}`,
    startedAt: playStartedAt,
    finishedAt: Date.now(),
    results,
    summaries: profiles.map((profile) => summarizeProfile(profile, results)),
  };
}

const run =
  values.engine === 'openai'
    ? await runOnServer()
    : await runEvaluation({
        id: `cli-${startedAt}`,
        walkthroughs,
        profiles,
        engine: { kind: 'scripted' },
      });
if (values.out) writeFileSync(values.out, evaluationRunToJson(run));

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

const problems = values.engine === 'scripted' ? run.results.flatMap(scriptedResultProblems) : [];
const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
if (values.check && problems.length > 0) {
  for (const problem of problems) console.error(`eval: ${problem}`);
  console.error(
    `eval: ${problems.length} problem(s) in ${walkthroughs.length} walkthroughs (${seconds} s)`,
  );
  process.exit(1);
}
console.log(
  `eval: ${walkthroughs.length} walkthroughs, ${profiles.length} profiles, ${problems.length === 0 ? 'ok' : `${problems.length} problem(s)`} (${seconds} s, ${run.results.length} dialogues, concurrency ${values.engine === 'openai' ? concurrency : 1})`,
);
