import { expect, it } from 'vitest';
import { internalErrorPrefix, parseModelOutput } from './parse-model-output';
import type { ParsedOutput } from './parsed-output';
import { createFuzzInputs } from './testing/model-output-fuzzer';

const inputCount = 60_000;

/** Every output is one of the three kinds, with the fields that kind promises. */
function isWellFormed(parsed: ParsedOutput): boolean {
  if (parsed.thought !== undefined && typeof parsed.thought !== 'string') return false;
  switch (parsed.kind) {
    case 'actions':
      return (
        parsed.calls.length > 0 &&
        parsed.calls.every(
          (call) =>
            typeof call.name === 'string' &&
            call.name !== '' &&
            typeof call.arguments === 'object' &&
            !Array.isArray(call.arguments),
        )
      );
    case 'reply':
      return typeof parsed.text === 'string' && parsed.text.trim() !== '';
    case 'malformed':
      // The entry point's catch-all reason means a reader bug, not bad input.
      return (
        typeof parsed.reason === 'string' &&
        parsed.reason !== '' &&
        !parsed.reason.startsWith(internalErrorPrefix)
      );
    default:
      return false;
  }
}

it(`parses ${inputCount} random and mutated model outputs without throwing`, () => {
  const nextInput = createFuzzInputs({ seed: 20_240_501 });
  const counts = { actions: 0, reply: 0, malformed: 0 };
  for (let index = 0; index < inputCount; index++) {
    const text = nextInput(index);
    let parsed: ParsedOutput;
    try {
      parsed = parseModelOutput(text);
    } catch (error) {
      throw new Error(`input ${index} threw: ${JSON.stringify(text)}: ${String(error)}`);
    }
    if (!isWellFormed(parsed)) {
      throw new Error(`input ${index} gave ${JSON.stringify(parsed)} for ${JSON.stringify(text)}`);
    }
    counts[parsed.kind]++;
  }
  console.log(
    `parser fuzz: ${inputCount} inputs, ${counts.actions} actions, ${counts.reply} replies, ${counts.malformed} malformed`,
  );
  // The generator must reach every kind, or the fuzz is not exercising the parser.
  expect(Math.min(counts.actions, counts.reply, counts.malformed)).toBeGreaterThan(inputCount / 50);
});
