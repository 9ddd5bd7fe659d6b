import type { ChatModelErrorKind } from '../../core/model/chat-model';
import { smallerAlternative, type CatalogueEntry } from './catalogue';
import { errorAdvice } from './classify-error';

export type EngineErrorKind =
  ChatModelErrorKind | 'preflight' | 'lock-busy' | 'lock-lost' | 'script';

/** What the panel and banner show for an engine failure, and which actions make sense. */
export interface EngineErrorView {
  kind: EngineErrorKind;
  message: string;
  /** A different model to try, when the failure suggests the current one does not fit. */
  suggestion?: { modelId: string; label: string };
  canRetry: boolean;
  canReload: boolean;
  canTakeOver: boolean;
}

export function errorView(
  kind: EngineErrorKind,
  message: string,
  options: Partial<Omit<EngineErrorView, 'kind' | 'message'>> = {},
): EngineErrorView {
  return { kind, message, canRetry: false, canReload: false, canTakeOver: false, ...options };
}

/**
 * A model failure while loading or chatting. Device loss keeps the conversation and offers a
 * reload; a second loss, or running out of memory, points at a smaller variant.
 */
export function modelFailureView(
  kind: ChatModelErrorKind,
  detail: string,
  context: {
    deviceLossCount: number;
    entries: readonly CatalogueEntry[];
    current: CatalogueEntry | undefined;
  },
): EngineErrorView {
  const smaller = context.current
    ? smallerAlternative(context.entries, context.current)
    : undefined;
  const suggestSmaller =
    smaller &&
    (kind === 'out-of-memory' || (kind === 'device-lost' && context.deviceLossCount >= 2));
  let message = detail || errorAdvice[kind];
  if (suggestSmaller) {
    message +=
      kind === 'device-lost'
        ? ` The GPU was lost ${context.deviceLossCount} times: try ${smaller.label}, which needs less memory.`
        : ` Try ${smaller.label}.`;
  }
  const reloadable =
    kind === 'device-lost' || kind === 'worker-crashed' || kind === 'out-of-memory';
  return errorView(kind, message, {
    canRetry: !reloadable,
    canReload: reloadable,
    ...(suggestSmaller ? { suggestion: { modelId: smaller.id, label: smaller.label } } : {}),
  });
}
