// `npm run eval -- [--profile cra-exact|cra-chat|both] [--only id,id] [--world generated|multiwoz|both]
//   [--check]`: plays the booking walkthroughs (generated world) through the real agent loop,
// prompts, parser, tools and metrics, then the 60 goals over the MultiWOZ world in both modes
// (dialogue-level with the agenda user, turn-level with gold history), all with scripted agents,
// and prints the metrics as JSON. With --check it exits non-zero unless every scripted variant
// scored what it must. `npm run eval -- --score <file>` scores dialogues made elsewhere.
// `--engine openai --base-url http://host:8000/v1 --model <id> [--dialect vllm]
//   [--concurrency 8] [--out run.json]` plays the walkthroughs against a model server instead,
// several dialogues at once (a vLLM or SGLang server batches them); the key, if the server needs
// one, comes from COALM_API_KEY so that it stays out of shell history. --out writes the same JSON
// file the Evaluation view exports.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createServerChatModel } from '../src/adapters/openai/server-chat-model';
import {
  dialectForUrl,
  normalizeBaseUrl,
  type ServerDialect,
} from '../src/adapters/openai/server-config';
import type { PromptProfileId } from '../src/core/conversation/conversation';
import type { EvaluationRun } from '../src/eval/evaluation-result';
import { evaluationRunToJson } from '../src/eval/export-results';
import { generateMultiwozGoals } from '../src/eval/multiwoz/goal-generator';
import { multiwozProblems } from '../src/eval/multiwoz/multiwoz-expectations';
import { runScriptedMultiwoz } from '../src/eval/multiwoz/run-multiwoz-evaluation';
import { runEvaluation } from '../src/eval/run-evaluation';
import { scriptedResultProblems } from '../src/eval/scripted-expectations';
import { summarizeProfile } from '../src/eval/summarize-results';
import type { Walkthrough } from '../src/eval/walkthrough';
import { buildWalkthroughs } from '../src/eval/walkthroughs/index';
import { loadMultiwozData } from '../src/mock-apis/multiwoz-world/load-multiwoz-data';
import { scoreFile } from './eval-score';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'scripted' },
    profile: { type: 'string', default: 'both' },
    only: { type: 'string' },
    world: { type: 'string' },
    score: { type: 'string' },
    check: { type: 'boolean', default: false },
    'base-url': { type: 'string' },
    model: { type: 'string' },
    dialect: { type: 'string' },
    concurrency: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});

function refuse(message: string): never {
  console.error(`eval: ${message}`);
  process.exit(2);
}

if (values.score) process.exit(await scoreFile(values.score, readFileSync));
const onServer = values.engine === 'openai';
if (values.engine !== 'scripted' && !onServer) {
  refuse(
    '--engine scripted, or --engine openai with --base-url and --model (web-llm needs WebGPU: use the Evaluation view).',
  );
}
const concurrency = Number(values.concurrency);
if (!Number.isInteger(concurrency) || concurrency < 1) {
  refuse('--concurrency must be a whole number of at least 1');
}
if (onServer && (!values['base-url'] || !values.model)) {
  refuse('--engine openai needs --base-url and --model');
}
const profiles: PromptProfileId[] =
  values.profile === 'both' ? ['cra-exact', 'cra-chat'] : [values.profile as PromptProfileId];
if (!profiles.every((profile) => profile === 'cra-exact' || profile === 'cra-chat')) {
  refuse(`unknown profile ${values.profile}`);
}
// A server plays the walkthroughs; the MultiWOZ goals run with scripted agents only for now.
const world = values.world ?? (onServer ? 'generated' : 'both');
if (!['generated', 'multiwoz', 'both'].includes(world)) {
  refuse(`--world is generated, multiwoz or both, not ${world}`);
}
if (onServer && world !== 'generated') refuse('--engine openai plays the generated world only');

const startedAt = Date.now();
const round = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);
const problems: string[] = [];
const output: Record<string, unknown> = {};
const lines: string[] = [];

/** Plays the walkthroughs against a model server, `concurrency` dialogues at a time. */
async function runOnServer(walkthroughs: readonly Walkthrough[]): Promise<EvaluationRun> {
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

if (world !== 'multiwoz') {
  const all = await buildWalkthroughs();
  const wanted = values.only?.split(',').map((id) => id.trim());
  const walkthroughs = wanted ? all.filter((walkthrough) => wanted.includes(walkthrough.id)) : all;
  const unknown = (wanted ?? []).filter((id) => !all.some((walkthrough) => walkthrough.id === id));
  if (unknown.length > 0) refuse(`unknown walkthrough ${unknown.join(', ')}`);
  const run = onServer
    ? await runOnServer(walkthroughs)
    : await runEvaluation({
        id: `cli-${startedAt}`,
        walkthroughs,
        profiles,
        engine: { kind: 'scripted' },
      });
  if (values.out) writeFileSync(values.out, evaluationRunToJson(run));
  output['walkthroughs'] = {
    agent: onServer ? `${values.model} at ${values['base-url']}` : 'ideal agent (scripted)',
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
  // Expectations hold for the scripted agents; a real model's scores are what they are.
  if (!onServer) problems.push(...run.results.flatMap(scriptedResultProblems));
  lines.push(`${walkthroughs.length} walkthroughs x ${profiles.length} profiles`);
}

if (world !== 'generated') {
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
