// Scripted mode: `?engine=scripted&script=<same-origin URL>` replays fixed model outputs, so the
// whole app (and its browser tests) runs without a GPU. Only same-origin scripts are accepted:
// a link must not be able to make the page say whatever a third party wants.

export interface EngineScript {
  outputs: string[];
  tokenDelayMs: number;
}

export interface EngineModeRequest {
  mode: 'scripted' | 'default';
  scriptUrl: string | null;
}

export function engineModeFromSearch(search: string): EngineModeRequest {
  const params = new URLSearchParams(search);
  if (params.get('engine') !== 'scripted') return { mode: 'default', scriptUrl: null };
  return { mode: 'scripted', scriptUrl: params.get('script') };
}

export class EngineScriptError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineScriptError';
  }
}

export function sameOriginScriptUrl(raw: string, origin: string): URL {
  let url: URL;
  try {
    url = new URL(raw, `${origin}/`);
  } catch {
    throw new EngineScriptError(`The script address "${raw}" is not a valid URL.`);
  }
  if (url.origin !== origin)
    throw new EngineScriptError(
      `Refusing the script at ${url.origin}: scripts must come from this site (${origin}). ` +
        'Put the JSON file in the app’s own folder and pass a relative path.',
    );
  return url;
}

export function parseEngineScript(data: unknown): EngineScript {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new EngineScriptError('The script must be a JSON object with an "outputs" array.');
  const { outputs, tokenDelayMs } = data as Record<string, unknown>;
  if (!Array.isArray(outputs) || outputs.length === 0)
    throw new EngineScriptError('The script needs a non-empty "outputs" array of strings.');
  const badIndex = outputs.findIndex((output) => typeof output !== 'string');
  if (badIndex >= 0)
    throw new EngineScriptError(`The script's outputs[${badIndex}] is not a string.`);
  if (
    tokenDelayMs !== undefined &&
    (typeof tokenDelayMs !== 'number' || !Number.isFinite(tokenDelayMs) || tokenDelayMs < 0)
  )
    throw new EngineScriptError('"tokenDelayMs" must be a number of milliseconds, 0 or more.');
  return { outputs: outputs as string[], tokenDelayMs: tokenDelayMs ?? 0 };
}

export async function fetchEngineScript(
  raw: string | null,
  origin: string,
  fetchFunction: typeof fetch,
): Promise<EngineScript> {
  if (!raw)
    throw new EngineScriptError(
      'Scripted mode needs a script: add &script=<path to a JSON file on this site>.',
    );
  const url = sameOriginScriptUrl(raw, origin);
  let response: Response;
  try {
    response = await fetchFunction(url.href);
  } catch (error) {
    throw new EngineScriptError(`Could not fetch the script ${url.pathname}: ${String(error)}`);
  }
  if (!response.ok)
    throw new EngineScriptError(`The script ${url.pathname} answered HTTP ${response.status}.`);
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    throw new EngineScriptError(`The script ${url.pathname} is not valid JSON.`);
  }
  return parseEngineScript(data);
}
