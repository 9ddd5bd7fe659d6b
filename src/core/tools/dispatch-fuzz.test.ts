import { expect, it } from 'vitest';
import { parseModelOutput } from '../parse/parse-model-output';
import { createFuzzInputs } from '../parse/testing/model-output-fuzzer';
import type { ToolResult } from './tool-definition';
import { createToolRegistry, registryErrorCodes } from './tool-registry';
import { fixtureTools } from './testing/fixture-tools';

const inputCount = 50_000;
const registry = createToolRegistry(fixtureTools);
const knownCodes = new Set<string>(registryErrorCodes);

function isClassified(result: ToolResult): boolean {
  if (result.ok) return typeof result.data === 'object' && result.data !== null;
  return knownCodes.has(result.error.code) && typeof result.error.message === 'string';
}

it(`dispatches the calls in ${inputCount} random and mutated model outputs without throwing`, async () => {
  const nextInput = createFuzzInputs({
    seed: 7_031_999,
    tools: Object.fromEntries(
      fixtureTools.map((tool) => [tool.name, Object.keys(tool.parameters)]),
    ),
  });
  const outcomes = new Map<string, number>();
  let calls = 0;
  for (let index = 0; index < inputCount; index++) {
    const text = nextInput(index);
    const parsed = parseModelOutput(text);
    if (!['actions', 'reply', 'malformed'].includes(parsed.kind)) {
      throw new Error(`input ${index} was not classified: ${JSON.stringify(text)}`);
    }
    if (parsed.kind !== 'actions') continue;
    for (const call of parsed.calls) {
      calls++;
      let result: ToolResult;
      try {
        result = await registry.dispatch(call, { conversationId: 'fuzz' });
      } catch (error) {
        throw new Error(
          `input ${index} made dispatch throw: ${JSON.stringify(text)}: ${String(error)}`,
        );
      }
      if (!isClassified(result)) {
        throw new Error(
          `input ${index} gave ${JSON.stringify(result)} for ${JSON.stringify(text)}`,
        );
      }
      const outcome = result.ok ? 'ok' : result.error.code;
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
  }
  const summary = [...outcomes].map(([outcome, count]) => `${outcome} ${count}`).join(', ');
  console.log(`dispatch fuzz: ${inputCount} inputs, ${calls} calls dispatched: ${summary}`);
  // Every outcome must actually occur, or the fuzz is not reaching that path.
  for (const outcome of ['ok', ...registryErrorCodes])
    expect(outcomes.get(outcome) ?? 0).toBeGreaterThan(0);
});
