import type { ChatRequest, ChatTransport } from '../../core/model/chat-model';
import { toGbnf } from '../../core/tools/gbnf-grammar';
import { LLAMA3_BEGIN_OF_TEXT, renderLlama3Prompt } from '../../core/prompt/llama3-template';
import { ollamaRoot, type ServerConfig } from './server-config';

/** One HTTP request to a server: where, what, and how the trace should describe it. */
export interface ServerHttpRequest {
  url: string;
  body: Record<string, unknown>;
  /** Ollama's native API streams JSON lines; everything else server-sent events. */
  streamFormat: 'sse' | 'ndjson';
  transport: ChatTransport;
}

/*
 * The servers add `<|begin_of_text|>` themselves when they tokenize a raw prompt (llama.cpp and
 * Ollama from the model's add_bos_token, vLLM from add_special_tokens, on by default), so the
 * rendered text is sent without it: the token sequence the model sees is then exactly the
 * trained one, with one BOS.
 */
export function rawPromptText(request: Pick<ChatRequest, 'messages'>): string {
  return renderLlama3Prompt(request.messages).slice(LLAMA3_BEGIN_OF_TEXT.length);
}

function sampling(request: ChatRequest) {
  return {
    max_tokens: request.maxTokens,
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    ...(request.stop && request.stop.length > 0 ? { stop: [...request.stop] } : {}),
  };
}

function endpoint(url: string): string {
  const parsed = new URL(url);
  return parsed.origin + parsed.pathname;
}

const UNCONSTRAINED_NOTE = 'This server takes no grammar here: decoding ran unconstrained.';

function grammarFields(
  config: ServerConfig,
  grammar: string | undefined,
): { fields: Record<string, unknown>; kind: ChatTransport['grammar'] } {
  if (!grammar) return { fields: {}, kind: 'none' };
  if (config.dialect === 'llama.cpp') return { fields: { grammar: toGbnf(grammar) }, kind: 'gbnf' };
  // vLLM (0.10.2 and later) reads structured_outputs; SGLang reads ebnf. Each ignores the other's.
  if (config.dialect === 'vllm')
    return { fields: { structured_outputs: { grammar }, ebnf: grammar }, kind: 'xgrammar-ebnf' };
  return { fields: {}, kind: 'none' };
}

/** The request for one model call, on the best route the server's dialect offers. */
export function buildServerRequest(config: ServerConfig, request: ChatRequest): ServerHttpRequest {
  const { fields, kind } = grammarFields(config, request.grammar);
  const note = request.grammar && kind === 'none' ? UNCONSTRAINED_NOTE : undefined;
  const raw = config.mode !== 'chat';
  if (raw && config.dialect === 'ollama') {
    const url = `${ollamaRoot(config.baseUrl)}/api/generate`;
    return {
      url,
      streamFormat: 'ndjson',
      body: {
        model: config.model,
        prompt: rawPromptText(request),
        raw: true,
        stream: true,
        options: {
          num_predict: request.maxTokens,
          ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
          ...(request.stop && request.stop.length > 0 ? { stop: [...request.stop] } : {}),
        },
      },
      transport: {
        route: 'ollama-generate',
        endpoint: endpoint(url),
        grammar: 'none',
        ...(request.grammar
          ? { note: 'Ollama takes no grammar: decoding ran unconstrained.' }
          : {}),
      },
    };
  }
  if (raw && (config.dialect === 'llama.cpp' || config.dialect === 'vllm')) {
    const url = `${config.baseUrl}/completions`;
    return {
      url,
      streamFormat: 'sse',
      body: {
        model: config.model,
        prompt: rawPromptText(request),
        stream: true,
        stream_options: { include_usage: true },
        ...sampling(request),
        ...(config.dialect === 'llama.cpp' ? { cache_prompt: true } : {}),
        ...fields,
      },
      transport: { route: 'raw-completions', endpoint: endpoint(url), grammar: kind },
    };
  }
  const url = `${config.baseUrl}/chat/completions`;
  return {
    url,
    streamFormat: 'sse',
    body: {
      model: config.model,
      messages: request.messages.map((message) => ({
        role: message.role,
        content: message.content,
      })),
      stream: true,
      stream_options: { include_usage: true },
      ...sampling(request),
      ...(config.dialect === 'llama.cpp' ? { cache_prompt: true } : {}),
      ...fields,
    },
    transport: {
      route: 'chat-completions',
      endpoint: endpoint(url),
      grammar: kind,
      note:
        (note ? `${note} ` : '') +
        'The server applied its own chat template to these messages, so the bytes the model saw may differ from the trained layout.',
    },
  };
}
