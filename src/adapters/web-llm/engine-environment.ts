import type { LockManagerLike } from './model-lock';
import type { NavigatorLike } from './preflight';
import {
  createCoalmEngineWorker,
  loadWebLlmBoundary,
  type EngineWorker,
  type WebLlmBoundary,
} from './web-llm-boundary';

/** The browser facts the engine slice reads; Node tests pass fakes of each. */
export interface EngineEnvironment {
  isSecureContext: boolean;
  navigator: NavigatorLike & { locks?: LockManagerLike };
  origin: string;
  search: string;
  fetch: typeof fetch;
  settings: { get(key: string): string | null; set(key: string, value: string): void };
  /** Build-time default for the CoALM weights (VITE_COALM_WEIGHTS_URL). */
  defaultWeightsUrl: string;
  /** Build-time folder of self-hosted model library wasm (VITE_COALM_MODEL_LIB_URL). */
  modelLibFolder?: string;
}

export interface WebLlmAccess {
  loadBoundary(): Promise<WebLlmBoundary>;
  createWorker(): EngineWorker;
}

export const browserWebLlm: WebLlmAccess = {
  loadBoundary: loadWebLlmBoundary,
  createWorker: createCoalmEngineWorker,
};

const memorySettings = () => {
  const values = new Map<string, string>();
  return {
    get: (key: string) => values.get(key) ?? null,
    set: (k: string, v: string) => void values.set(k, v),
  };
};

function localSettings(): EngineEnvironment['settings'] {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return memorySettings();
    return {
      get: (key) => storage.getItem(key),
      set: (key, value) => {
        try {
          storage.setItem(key, value);
        } catch {
          // A full or blocked localStorage only loses the setting, not the feature.
        }
      },
    };
  } catch {
    return memorySettings();
  }
}

/** The real page; outside a browser (Node) a harmless environment with no GPU. */
export function browserEnvironment(): EngineEnvironment {
  const hasWindow = typeof window !== 'undefined';
  const buildDefault = (import.meta.env?.VITE_COALM_WEIGHTS_URL as string | undefined) ?? '';
  const modelLibFolder = (import.meta.env?.VITE_COALM_MODEL_LIB_URL as string | undefined) ?? '';
  return {
    ...(modelLibFolder ? { modelLibFolder } : {}),
    isSecureContext: hasWindow ? window.isSecureContext : false,
    navigator: hasWindow
      ? (navigator as unknown as EngineEnvironment['navigator'])
      : { userAgent: 'node' },
    origin: hasWindow ? window.location.origin : 'http://localhost',
    search: hasWindow ? window.location.search : '',
    fetch: (input, init) => globalThis.fetch(input, init),
    settings: localSettings(),
    defaultWeightsUrl: buildDefault,
  };
}
