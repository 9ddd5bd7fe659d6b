import { ChatModelError } from '../../core/model/chat-model';
import { createServerChatModel, serverHeaders } from './server-chat-model';
import type { ServerConfig } from './server-config';
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
    for await (const event of model.stream({
      messages: [{ role: 'user', content: PROBE_USER_TEXT }],
      maxTokens: 8,
      temperature: 0,
      grammar: 'root ::= "System: OK"\n',
    })) {
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
  }
  return report;
}
