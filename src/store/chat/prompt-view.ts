import { estimateTokens } from '../../core/context/token-counter';
import type { AgentStep } from '../../core/conversation/conversation';
import {
  PROMPT_PART_LABELS,
  promptSegments,
  type PromptPart,
  type PromptSegment,
} from '../../core/prompt/prompt-parts';

export type { PromptPart, PromptSegment };

/** One kind of text in the prompt, for the viewer's legend. */
export interface PromptPartSummary {
  part: PromptPart;
  label: string;
  characters: number;
  /** Estimated: the engine reports a count for the whole prompt only. */
  tokens: number;
}

/** A step's exact prompt as the full-width viewer shows it. */
export interface PromptView {
  /** The Llama 3.1 rendering the model read, byte for byte (what Copy copies). */
  text: string;
  segments: PromptSegment[];
  tokens: number;
  /** `engine`: counted by the engine's tokenizer for this call; `estimate`: the app's estimate. */
  tokensFrom: 'engine' | 'estimate';
  parts: PromptPartSummary[];
}

export function promptView(step: Pick<AgentStep, 'prompt' | 'usage'>): PromptView {
  const segments = promptSegments(step.prompt);
  const text = segments.map((segment) => segment.text).join('');
  const totals = new Map<PromptPart, { characters: number; tokens: number }>();
  for (const segment of segments) {
    const total = totals.get(segment.part) ?? { characters: 0, tokens: 0 };
    total.characters += segment.text.length;
    total.tokens += estimateTokens(segment.text);
    totals.set(segment.part, total);
  }
  const parts = (Object.keys(PROMPT_PART_LABELS) as PromptPart[])
    .filter((part) => totals.has(part))
    .map((part) => ({ part, label: PROMPT_PART_LABELS[part], ...totals.get(part)! }));
  const reported = step.usage?.promptTokens;
  return {
    text,
    segments,
    tokens: reported ?? estimateTokens(text),
    tokensFrom: reported === undefined ? 'estimate' : 'engine',
    parts,
  };
}
