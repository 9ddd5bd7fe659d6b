/**
 * The model-server engine against the local fake server (src/adapters/openai/testing/):
 * - adapter overhead: time to first token and streamed pieces per second through the app's
 *   ChatModel, against a raw fetch of the same request reading the same stream (25 runs each,
 *   interleaved, medians; the server waits 50 ms before its first piece, then 1 ms a piece);
 * - evaluation throughput: dialogues per minute of `npm run eval -- --engine openai` at
 *   concurrency 1 and 8 (the server answers every call after 20 ms, 2 ms a piece).
 * Every server this bench starts, it stops. Run: node --import tsx scripts/bench/server.bench.ts
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { createServerChatModel, serverHeaders } from '../../src/adapters/openai/server-chat-model';
import type { ServerConfig } from '../../src/adapters/openai/server-config';
import { buildServerRequest } from '../../src/adapters/openai/server-request';
import { startFakeModelServer } from '../../src/adapters/openai/testing/fake-model-server';
import type { ChatRequest } from '../../src/core/model/chat-model';

function emit(metric: string, value: number, unit: string): void {
  console.log(
    JSON.stringify({ bench: 'server', metric, value: Math.round(value * 1000) / 1000, unit }),
  );
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

interface Timing {
  ttftMs: number;
  piecesPerSecond: number;
}

const REPLY = `System: ${'A steady stream of words for the bench. '.repeat(40)}`;
const request: ChatRequest = {
  messages: [
    {
      role: 'system',
      content: 'Cutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\n',
    },
    { role: 'user', content: 'User: tell me a long story' },
  ],
  maxTokens: 1024,
  temperature: 0,
};

async function throughAdapter(config: ServerConfig): Promise<Timing> {
  const model = createServerChatModel({ config });
  const started = performance.now();
  let first = 0;
  let pieces = 0;
  for await (const event of model.stream(request)) {
    if (event.type !== 'delta') continue;
    if (pieces === 0) first = performance.now();
    pieces += 1;
  }
  const ended = performance.now();
  return { ttftMs: first - started, piecesPerSecond: (pieces - 1) / ((ended - first) / 1000) };
}

async function throughRawFetch(config: ServerConfig): Promise<Timing> {
  const http = buildServerRequest(config, request);
  const started = performance.now();
  const response = await fetch(http.url, {
    method: 'POST',
    headers: serverHeaders(config),
    body: JSON.stringify(http.body),
  });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let first = 0;
  let pieces = 0;
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let boundary = buffer.indexOf('\n\n');
    while (boundary >= 0) {
      const event = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary + 2);
      boundary = buffer.indexOf('\n\n');
      if (!event.startsWith('data: ') || event === 'data: [DONE]') continue;
      const text = (JSON.parse(event.slice(6)) as { choices?: { text?: string }[] }).choices?.[0]
        ?.text;
      if (!text) continue;
      if (pieces === 0) first = performance.now();
      pieces += 1;
    }
  }
  const ended = performance.now();
  return { ttftMs: first - started, piecesPerSecond: (pieces - 1) / ((ended - first) / 1000) };
}

async function adapterOverhead(): Promise<void> {
  const server = await startFakeModelServer({
    dialect: 'vllm',
    respond: () => REPLY,
    tokenDelayMs: 1,
  });
  server.fault({ kind: 'slow-first-token', delayMs: 50 });
  try {
    const config: ServerConfig = { baseUrl: server.baseUrl, model: 'CoALM-8B', dialect: 'vllm' };
    await throughAdapter(config); // warm both paths once
    await throughRawFetch(config);
    const adapter: Timing[] = [];
    const raw: Timing[] = [];
    for (let round = 0; round < 25; round += 1) {
      // Alternate which goes first, so neither always meets a warm connection.
      if (round % 2 === 0) {
        adapter.push(await throughAdapter(config));
        raw.push(await throughRawFetch(config));
      } else {
        raw.push(await throughRawFetch(config));
        adapter.push(await throughAdapter(config));
      }
    }
    const adapterTtft = median(adapter.map((timing) => timing.ttftMs));
    const rawTtft = median(raw.map((timing) => timing.ttftMs));
    const adapterRate = median(adapter.map((timing) => timing.piecesPerSecond));
    const rawRate = median(raw.map((timing) => timing.piecesPerSecond));
    emit('adapter_ttft_ms_median', adapterTtft, 'ms');
    emit('raw_fetch_ttft_ms_median', rawTtft, 'ms');
    emit('adapter_over_raw_ttft', adapterTtft / rawTtft, 'ratio');
    emit('adapter_pieces_per_s_median', adapterRate, 'pieces/s');
    emit('raw_fetch_pieces_per_s_median', rawRate, 'pieces/s');
    emit('adapter_over_raw_pieces_per_s', adapterRate / rawRate, 'ratio');
  } finally {
    await server.close();
  }
}

async function dialoguesPerMinute(concurrency: number, walkthroughIds: string[]): Promise<void> {
  const server = await startFakeModelServer({
    dialect: 'vllm',
    respond: () => 'System: I am sorry, I cannot book anything today.',
    tokenDelayMs: 2,
  });
  server.fault({ kind: 'slow-first-token', delayMs: 20 });
  const folder = mkdtempSync(join(tmpdir(), 'coalm-eval-bench-'));
  try {
    const out = join(folder, 'run.json');
    // Asynchronous: the fake server answers from this process's event loop.
    await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/eval.ts',
        '--engine',
        'openai',
        '--base-url',
        server.baseUrl,
        '--model',
        'CoALM-8B',
        '--profile',
        'cra-chat',
        '--only',
        walkthroughIds.join(','),
        '--concurrency',
        String(concurrency),
        '--out',
        out,
      ],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    const run = JSON.parse(readFileSync(out, 'utf8')) as {
      startedAt: number;
      finishedAt: number;
      results: unknown[];
    };
    const minutes = (run.finishedAt - run.startedAt) / 60_000;
    emit(
      `eval_dialogues_per_minute_concurrency_${concurrency}`,
      run.results.length / minutes,
      'dialogues/min',
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
    await server.close();
  }
}

await adapterOverhead();
const { buildWalkthroughs } = await import('../../src/eval/walkthroughs/index');
const ids = (await buildWalkthroughs()).map((walkthrough) => walkthrough.id);
if (!process.env.BENCH_ADAPTER_ONLY) await dialoguesPerMinute(1, ids);
if (!process.env.BENCH_ADAPTER_ONLY) await dialoguesPerMinute(8, ids);
