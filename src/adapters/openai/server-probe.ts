import { ChatModelError, type ChatModel, type ChatUsage } from '../../core/model/chat-model';
import { createServerChatModel, serverHeaders } from './server-chat-model';
import { ollamaRoot, type ServerConfig } from './server-config';
import { corsAdvice, httpError, unreachableError } from './server-errors';

/** The prompt of the connection test's one short generation. */
export const PROBE_USER_TEXT = 'Connection test. Reply with exactly: System: OK';

export interface ProbeCheck {
  /** null: not checked, because an earlier check failed. */
  ok: boolean | null;
  detail: string;
}

export interface ConnectionReport {
  reachable: ProbeCheck;
  cors: ProbeCheck;
  modelListed: ProbeCheck;
  streaming: ProbeCheck;
  grammar: ProbeCheck;
  rawCompletions: ProbeCheck;
  /** Whether a repeated request is served from the server's prefix cache. */
  prefixCache: ProbeCheck;
  models: string[];
}

interface ProbeOptions {
  fetch?: typeof fetch;
  /** The page's origin; absent in Node, where no CORS applies. */
  pageOrigin?: string;
}

const skipped: ProbeCheck = { ok: null, detail: 'not checked' };

/** `GET /models`: the model ids the server offers (Ollama, llama.cpp, vLLM, LM Studio all answer). */
export async function listServerModels(
  config: Pick<ServerConfig, 'baseUrl' | 'apiKey' | 'model' | 'dialect'>,
  options: ProbeOptions = {},
): Promise<string[]> {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await fetchImpl(`${config.baseUrl}/models`, { headers: serverHeaders(config) });
  } catch {
    throw unreachableError({ ...config, model: config.model }, options.pageOrigin);
  }
  if (!response.ok) throw httpError({ ...config }, response.status, await response.text());
  const body = (await response.json()) as { data?: { id?: unknown }[] };
  return (body.data ?? []).flatMap((entry) => (typeof entry.id === 'string' ? [entry.id] : []));
}

/*
 * A browser reports "server down" and "CORS refused" alike. A `no-cors` request settles the
 * question: it succeeds (with an opaque answer) whenever something listens at the address.
 */
async function answersWithoutCors(url: string, fetchImpl: typeof fetch): Promise<boolean> {
  try {
    await fetchImpl(url, { mode: 'no-cors' });
    return true;
  } catch {
    return false;
  }
}

/** Reachable, CORS, model listed, streaming, grammar support and raw completions, in order. */
export async function testServerConnection(
  config: ServerConfig,
  options: ProbeOptions = {},
): Promise<ConnectionReport> {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const report: ConnectionReport = {
    reachable: skipped,
    cors: skipped,
    modelListed: skipped,
    streaming: skipped,
    grammar: skipped,
    rawCompletions: skipped,
    prefixCache: skipped,
    models: [],
  };
  try {
    report.models = await listServerModels(config, options);
    report.reachable = { ok: true, detail: `${config.baseUrl}/models answered` };
    report.cors = {
      ok: true,
      detail: options.pageOrigin
        ? `allowed for ${options.pageOrigin}`
        : 'not needed outside a browser',
    };
  } catch (error) {
    const kind = error instanceof ChatModelError ? error.kind : 'unknown';
    if (kind !== 'unreachable') {
      report.reachable = { ok: true, detail: 'the server answered' };
      report.cors = { ok: true, detail: 'allowed' };
      report.modelListed = { ok: false, detail: (error as Error).message };
      return report;
    }
    const listening =
      options.pageOrigin !== undefined &&
      (await answersWithoutCors(`${config.baseUrl}/models`, fetchImpl));
    if (listening) {
      report.reachable = { ok: true, detail: 'something answers at this address' };
      report.cors = {
        ok: false,
        detail: `The server refused this page. ${corsAdvice(options.pageOrigin!)}`,
      };
    } else {
      report.reachable = { ok: false, detail: (error as Error).message };
    }
    return report;
  }
  const listed = report.models.includes(config.model);
  report.modelListed = listed
    ? { ok: true, detail: `${config.model} is listed` }
    : {
        ok: false,
        detail: `${config.model || 'No model'} is not among ${report.models.length} listed: ${report.models.slice(0, 8).join(', ') || 'none'}`,
      };
  if (!listed) return report;

  const model = createServerChatModel({
    config,
    fetch: fetchImpl,
    ...(options.pageOrigin ? { pageOrigin: options.pageOrigin } : {}),
  });
  try {
    let deltas = 0;
    for await (const event of model.stream(PROBE_REQUEST)) {
      if (event.type === 'delta') deltas += 1;
      else {
        const transport = event.result.usage.transport;
        report.streaming =
          deltas > 0
            ? { ok: true, detail: `${deltas} streamed pieces` }
            : { ok: false, detail: 'the reply arrived in one piece, not streamed' };
        report.rawCompletions =
          transport?.route === 'chat-completions'
            ? { ok: false, detail: 'chat completions only: the server applies its own template' }
            : { ok: true, detail: `exact text through ${transport?.endpoint ?? 'the server'}` };
        report.grammar =
          transport?.grammar === 'none'
            ? {
                ok: false,
                detail: transport.note ?? 'no grammar for this server: decoding runs unconstrained',
              }
            : { ok: true, detail: `${transport?.grammar} grammar accepted` };
      }
    }
  } catch (error) {
    report.streaming = { ok: false, detail: (error as Error).message };
    return report;
  }
  report.prefixCache = await prefixCacheCheck(config, model, fetchImpl);
  return report;
}

const PROBE_REQUEST = {
  messages: [{ role: 'user' as const, content: PROBE_USER_TEXT }],
  maxTokens: 8,
  temperature: 0,
  grammar: 'root ::= "System: OK"\n',
};

/**
 * The same short request again: a server that caches prefixes serves most of it from its cache.
 * Only llama.cpp caches every prompt, however short, so only there does "nothing reused" mean
 * the cache is off; vLLM keeps whole 16-token blocks and other servers may skip short prompts.
 * Ollama never reports cached tokens, so its version can only say which advice applies: before
 * 0.30 its own runners put cra-exact's two alternating stages in one slot unless told otherwise.
 */
async function prefixCacheCheck(
  config: ServerConfig,
  model: ChatModel,
  fetchImpl: typeof fetch,
): Promise<ProbeCheck> {
  let usage: ChatUsage | undefined;
  try {
    for await (const event of model.stream(PROBE_REQUEST))
      if (event.type === 'done') usage = event.result.usage;
  } catch (error) {
    return { ok: false, detail: `the repeated request failed: ${(error as Error).message}` };
  }
  if (!usage) return { ok: false, detail: 'the repeated request ended without a result' };
  const cached = usage.cachedTokens;
  if (cached !== undefined && cached > 0)
    return {
      ok: true,
      detail: `${cached} of ${usage.promptTokens} prompt tokens of a repeated request came from its cache`,
    };
  if (cached !== undefined && config.dialect === 'llama.cpp')
    return {
      ok: false,
      detail: 'a repeated request reused nothing: llama-server is not caching prompts',
    };
  if (cached !== undefined)
    return {
      ok: null,
      detail:
        config.dialect === 'vllm'
          ? 'a short repeated request reused nothing: is vLLM started with --enable-prefix-caching?'
          : 'a short repeated request reused nothing; some servers cache only long prompts',
    };
  if (config.dialect === 'ollama') {
    const version = await ollamaVersion(config, fetchImpl);
    const named = `Ollama${version ? ` ${version}` : ''} does not say what its cache served`;
    if (version && olderThan(version, [0, 30]))
      return {
        ok: null,
        detail: `${named}. For the cra-exact profile, whose two stages alternate, start it with OLLAMA_NUM_PARALLEL=2 and OLLAMA_MULTIUSER_CACHE=1, or each stage overwrites the other's cache; cra-chat needs neither.`,
      };
    return { ok: null, detail: named };
  }
  return {
    ok: null,
    detail:
      config.dialect === 'vllm'
        ? 'not reported: start vLLM with --enable-prompt-tokens-details (SGLang: --enable-cache-report) to see it'
        : 'the server does not report cached tokens',
  };
}

async function ollamaVersion(config: ServerConfig, fetchImpl: typeof fetch) {
  try {
    const response = await fetchImpl(`${ollamaRoot(config.baseUrl)}/api/version`, {
      headers: serverHeaders(config),
    });
    const body = (await response.json()) as { version?: unknown };
    // Builds from source say 0.0.0, which tells nothing.
    return typeof body.version === 'string' && body.version !== '0.0.0' ? body.version : undefined;
  } catch {
    return undefined;
  }
}

function olderThan(version: string, than: readonly number[]): boolean {
  const parts = version.split(/[.-]/).map((part) => Number.parseInt(part, 10));
  for (const [index, wanted] of than.entries()) {
    const part = parts[index] ?? 0;
    if (Number.isNaN(part)) return false;
    if (part !== wanted) return part < wanted;
  }
  return false;
}
