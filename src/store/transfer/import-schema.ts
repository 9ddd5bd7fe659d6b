import { z } from 'zod';
import { importLimits as limit } from './import-limits';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-files';

// The strict check for files from outside. Unknown keys are dropped (zod's default), every string
// and list is bounded, and the shape must match what the app renders.

const id = z.string().min(1).max(limit.idCharacters);
const text = z.string().max(limit.textCharacters);
const time = z.number().finite().nonnegative();

type ArgumentValueInput = string | number | boolean | null | ArgumentValueInput[];
const argumentValue: z.ZodType<ArgumentValueInput> = z.lazy(() =>
  z.union([text, z.number().finite(), z.boolean(), z.null(), z.array(argumentValue).max(100)]),
);

const toolCall = z.object({
  id,
  name: z.string().min(1).max(limit.idCharacters),
  arguments: z.record(z.string().max(limit.idCharacters), argumentValue),
});

const toolError = z.object({
  code: z.string().max(limit.idCharacters),
  message: text,
  argument: z.string().max(limit.idCharacters).optional(),
  allowed: text.optional(),
});

const toolResult = z.union([
  z.object({ ok: z.literal(true), data: z.record(z.string(), z.unknown()) }),
  z.object({
    ok: z.literal(false),
    error: toolError,
    data: z.record(z.string(), z.unknown()).optional(),
  }),
]);

const usage = z.object({
  promptTokens: z.number().finite(),
  prefilledTokens: z.number().finite(),
  completionTokens: z.number().finite(),
  prefillTokensPerSecond: z.number().finite().optional(),
  decodeTokensPerSecond: z.number().finite().optional(),
  timeToFirstTokenMs: z.number().finite().optional(),
  totalMs: z.number().finite().optional(),
  kvCacheReused: z.boolean().optional(),
});

const step = z.object({
  index: z.number().int().nonnegative(),
  stage: z.enum(['action', 'response', 'repair']),
  prompt: z
    .array(z.object({ role: z.enum(['system', 'user', 'assistant']), content: text }))
    .max(limit.messagesPerPrompt),
  raw: text,
  finishReason: z.enum(['stop', 'length', 'abort']).optional(),
  thought: text.optional(),
  call: toolCall.optional(),
  result: toolResult.optional(),
  observation: text.optional(),
  error: text.optional(),
  usage: usage.optional(),
  startedAt: time,
  endedAt: time.optional(),
});

const turn = z.object({
  id,
  user: text,
  steps: z.array(step).max(limit.stepsPerTurn),
  reply: text,
  status: z.enum(['streaming', 'complete', 'interrupted', 'aborted', 'error']),
  startedAt: time,
  endedAt: time.optional(),
  state: z.record(z.string(), z.record(z.string(), z.string().max(limit.idCharacters))).optional(),
});

const promptOptions = z.object({
  inputLabel: z.boolean().optional(),
  inputSeparator: z.enum(['newline', 'space']).optional(),
  thought: z.enum(['generated', 'cued']).optional(),
  systemDateHeader: z.boolean().optional(),
  constrained: z.boolean().optional(),
  maxOutputTokens: z.number().int().positive().max(4096).optional(),
  historyBudgetTokens: z.number().int().nonnegative().max(4096).optional(),
  verbatimTurns: z.number().int().nonnegative().max(100).optional(),
  chatCompactionTarget: z.number().min(0).max(1).optional(),
  chatTurnReserveTokens: z.number().int().nonnegative().max(4096).optional(),
});

export const importedConversationSchema = z.object({
  id,
  title: z.string().max(limit.titleCharacters),
  createdAt: time,
  updatedAt: time,
  profile: z.enum(['cra-exact', 'cra-chat']),
  promptOptions: promptOptions.optional(),
  turns: z.array(turn).max(limit.turnsPerConversation),
  modelId: z.string().max(limit.idCharacters).optional(),
});

const booking = z.looseObject({ reference: z.string().min(1).max(limit.idCharacters) });

export const importFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string().max(100),
  conversations: z.array(importedConversationSchema).max(limit.conversations),
  bookings: z.array(booking).max(limit.bookings).default([]),
});
