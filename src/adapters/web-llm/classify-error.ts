import { ChatModelError, type ChatModelErrorKind } from '../../core/model/chat-model';

// Errors cross the worker as strings ("DeviceLostError: The WebGPU device was lost ..."), so the
// class name before the first colon, then known phrases, decide the kind.
const byName: Record<string, ChatModelErrorKind> = {
  DeviceLostError: 'device-lost',
  ContextWindowSizeExceededError: 'context-overflow',
  AbortError: 'aborted',
  GPUOutOfMemoryError: 'out-of-memory',
  WorkerCrashError: 'worker-crashed',
  ModelNotLoadedError: 'not-loaded',
  EngineNotLoadedError: 'not-loaded',
  WorkerEngineModelNotLoadedError: 'not-loaded',
};

const byPhrase: readonly [RegExp, ChatModelErrorKind][] = [
  [/device (was )?lost|devicelost/i, 'device-lost'],
  [/out of memory|outofmemory|\boom\b|failed to allocate|allocation failed/i, 'out-of-memory'],
  [/exceed(s)? context window|context window size|context length/i, 'context-overflow'],
  [
    /failed to fetch|request failed|networkerror|network error|load failed|net::|fetch failed|status code 40\d|status 40\d|404|cannot fetch/i,
    'network',
  ],
];

export const errorAdvice: Record<ChatModelErrorKind, string> = {
  aborted: 'Stopped.',
  'device-lost':
    'The GPU stopped responding (the browser reset it, often for lack of memory). Your ' +
    'conversation is kept: reload the model to continue.',
  'out-of-memory':
    'The GPU ran out of memory. Close other GPU-heavy tabs, or choose the 1k-context variant ' +
    'or a smaller model.',
  'context-overflow':
    'The conversation no longer fits the model context window. Start a new conversation or ' +
    'let the history be compacted.',
  'worker-crashed':
    'The model worker crashed (the tab may have run out of memory). Reload the model; your ' +
    'conversation is kept.',
  network:
    'The model files could not be downloaded. Check the connection and the weights URL, then ' +
    'retry: shards already downloaded are kept.',
  'script-exhausted': 'The script has no more replies.',
  'not-loaded': 'No model is loaded. Load one from the model panel.',
  unreachable:
    'The model server could not be reached: it is not running, or it refused this page (CORS). ' +
    'Start it, or allow this origin, then try again.',
  unauthorized: 'The model server refused the API key. Check the key in the model panel.',
  'unknown-model': 'The model server does not serve this model. Pick one it lists.',
  interrupted:
    'The model server stopped sending mid-reply. What arrived is kept; send the message again.',
  'no-first-token':
    'The model server accepted the request but sent nothing for a long time. It may be loading ' +
    'the model or overloaded; try again in a moment.',
  unknown: 'The model failed unexpectedly.',
};

export function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

export function classifyErrorKind(error: unknown): ChatModelErrorKind {
  if (error instanceof ChatModelError) return error.kind;
  const text = errorText(error);
  const name = text.split(':', 1)[0]?.trim() ?? '';
  const named = byName[name];
  if (named) return named;
  for (const [pattern, kind] of byPhrase) if (pattern.test(text)) return kind;
  return 'unknown';
}

/** A ChatModelError whose message says what happened and what to do, with the raw text after. */
export function classifyEngineError(error: unknown): ChatModelError {
  if (error instanceof ChatModelError) return error;
  const kind = classifyErrorKind(error);
  return new ChatModelError(kind, `${errorAdvice[kind]} (${errorText(error)})`);
}
