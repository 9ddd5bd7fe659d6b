import {
  dialectForUrl,
  normalizeBaseUrl,
  SERVER_PRESETS,
  type ServerDialect,
} from './server-config';

/**
 * `?engine=openai&baseUrl=...&model=...[&dialect=...]`: a presenter's link to a server. It is
 * only a proposal: the app asks the person on screen before a single message goes there, so a
 * link cannot send anyone's conversations to a server they did not choose. A key is never read
 * from a link (it would sit in history and logs).
 */
export interface ServerLink {
  baseUrl: string;
  model: string;
  dialect: ServerDialect;
}

export type ServerLinkResult = { link: ServerLink } | { error: string } | null;

const DIALECTS = new Set(SERVER_PRESETS.map((preset) => preset.dialect));

export function serverLinkFromSearch(search: string): ServerLinkResult {
  const params = new URLSearchParams(search);
  if (params.get('engine') !== 'openai') return null;
  const rawUrl = params.get('baseUrl') ?? '';
  const model = (params.get('model') ?? '').trim();
  let baseUrl: string;
  try {
    baseUrl = normalizeBaseUrl(rawUrl);
  } catch (error) {
    return { error: `The link's server address is not usable: ${(error as Error).message}` };
  }
  const asked = params.get('dialect');
  const dialect =
    asked && DIALECTS.has(asked as ServerDialect)
      ? (asked as ServerDialect)
      : dialectForUrl(baseUrl);
  return { link: { baseUrl, model, dialect } };
}
