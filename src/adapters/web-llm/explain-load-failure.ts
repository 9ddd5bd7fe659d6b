import { ChatModelError } from '../../core/model/chat-model';
import { classifyEngineError, errorText } from './classify-error';
import type { EngineAppConfig } from './web-llm-boundary';

type Fetch = (url: string) => Promise<Response>;

const missingFilePattern =
  /not valid JSON|Unexpected token|JSON\.parse|\b404\b|Failed to execute 'add' on 'Cache'/i;

/**
 * Why a load failed, in words a person can act on. When web-llm cannot read a model's
 * configuration it says something like `SyntaxError: Unexpected token '<', "<!doctype "... is not
 * valid JSON` (a web server answered the missing file with its own page) or a bare 404. Only
 * then, after the failure, the configuration URL is fetched once more to say which address was
 * tried, what came back, and the two ways on: build CoALM, or point to where a build is. A cached
 * model never gets here offline, since nothing is probed before loading.
 */
export async function explainLoadFailure(
  error: unknown,
  modelId: string,
  appConfig: EngineAppConfig,
  fetchImpl: Fetch = (url) => fetch(url),
): Promise<ChatModelError> {
  const classified = classifyEngineError(error);
  if (classified.kind !== 'network' && classified.kind !== 'unknown') return classified;
  // Only a file that could not be read at all (not JSON, a 404, or Chromium's Cache Storage
  // refusing a non-OK answer); a download broken off half-way keeps the network advice, and if
  // the configuration turns out fine the original diagnosis stands.
  if (!missingFilePattern.test(errorText(error))) return classified;
  const record = appConfig.model_list.find((model) => model.model_id === modelId);
  if (!record) return classified;
  const configUrl = new URL('mlc-chat-config.json', webLlmBaseUrl(record.model)).href;
  const problem = await configProblem(configUrl, fetchImpl);
  if (!problem) return classified;
  const folder = new URL('.', configUrl).href;
  return new ChatModelError(
    'network',
    `No model build was found at ${folder}: ${configUrl} ${problem}. Build CoALM 8B with ` +
      'scripts/build-coalm-mlc.sh (docs/coalm-weights.md) and copy the output folder there, or ' +
      'put the address of your build in the weights URL field.',
  );
}

/** The folder web-llm reads from: it appends `resolve/main/` unless a `resolve/<x>/` is there. */
function webLlmBaseUrl(modelUrl: string): string {
  const withSlash = modelUrl.endsWith('/') ? modelUrl : `${modelUrl}/`;
  return /\/resolve\/[^/]+\//.test(withSlash) ? withSlash : `${withSlash}resolve/main/`;
}

/** What is wrong with the configuration file at `url`, or undefined when it looks right. */
async function configProblem(url: string, fetchImpl: Fetch): Promise<string | undefined> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch {
    // Offline or refused: the network advice that is already there fits better.
    return undefined;
  }
  if (!response.ok) return `answered ${response.status} ${response.statusText}`.trimEnd();
  const text = await response.text();
  if (/^\s*</.test(text)) return 'returned a web page, not an MLC configuration';
  try {
    const config: unknown = JSON.parse(text);
    if (typeof config === 'object' && config !== null && 'model_type' in config) return undefined;
    return 'is not an MLC configuration (no model_type)';
  } catch {
    return 'is not valid JSON';
  }
}
