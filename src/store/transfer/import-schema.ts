import { z } from 'zod';
import { importLimits as limit } from './import-limits';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-files';

// The strict check for files from outside. Unknown keys are dropped (zod's default), every string
// and list is bounded, and the shape must match what the app renders.

/** Slack for a clock that runs a little ahead on the exporting device. */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

const id = z.string().min(1).max(limit.idCharacters);
const text = z.string().max(limit.textCharacters);

/**
 * The import file's schema. Times must be real moments no later than the import (plus a day of
 * clock skew): a time such as 1e300 cannot be shown or exported as a date, and a time in the
 * future would pin a conversation to the top of the list for good.
 */
export function createImportFileSchema(now: number) {
  const time = z
    .number()
    .max(now + CLOCK_SKEW_MS, 'a time later than the moment of import')
    .nonnegative('a time before 1970')
    .int('a time that is not whole milliseconds');

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
    prefilledTokens: z.number().finite().optional(),
    completionTokens: z.number().finite(),
    prefillTokensPerSecond: z.number().finite().optional(),
    decodeTokensPerSecond: z.number().finite().optional(),
    timeToFirstTokenMs: z.number().finite().optional(),
    totalMs: z.number().finite().optional(),
    kvCacheReused: z.boolean().optional(),
    cachedTokens: z.number().finite().optional(),
    transport: z
      .object({
        route: z.enum(['raw-completions', 'ollama-generate', 'chat-completions']),
        endpoint: text,
        grammar: z.enum(['gbnf', 'xgrammar-ebnf', 'none']),
        note: text.optional(),
      })
      .optional(),
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
    parentId: id.nullable().optional(),
    user: text,
    steps: z.array(step).max(limit.stepsPerTurn),
    reply: text,
    status: z.enum(['streaming', 'complete', 'interrupted', 'aborted', 'error']),
    startedAt: time,
    endedAt: time.optional(),
    state: z
      .record(z.string(), z.record(z.string(), z.string().max(limit.idCharacters)))
      .optional(),
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

  const importedConversation = z.object({
    id,
    title: z.string().max(limit.titleCharacters),
    createdAt: time,
    updatedAt: time,
    profile: z.enum(['cra-exact', 'cra-chat']),
    promptOptions: promptOptions.optional(),
    turns: z.array(turn).max(limit.turnsPerConversation),
    modelId: z.string().max(limit.idCharacters).optional(),
    world: z.enum(['generated', 'multiwoz']).optional(),
    metaUpdatedAt: time.optional(),
    removedTurnIds: z.array(id).max(limit.turnsPerConversation).optional(),
    // Fork (a turn id, or '' for the first turns) -> the version shown there.
    activeChildren: z
      .record(z.string().max(limit.idCharacters), id)
      .refine((choices) => Object.keys(choices).length <= limit.turnsPerConversation, {
        message: 'too many version choices',
      })
      .optional(),
    pathUpdatedAt: time.optional(),
  });

  const booking = z.looseObject({ reference: z.string().min(1).max(limit.idCharacters) });

  return z.object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: z.string().max(100),
    conversations: z.array(importedConversation).max(limit.conversations),
    bookings: z.array(booking).max(limit.bookings).default([]),
  });
}
