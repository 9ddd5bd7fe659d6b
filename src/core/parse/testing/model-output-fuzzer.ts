import { createSeededRandom, type RandomSource } from '../../random/seeded-random';
import { renderCall, renderPythonValue } from '../../format/python-literal';
import type { ArgumentValue, ToolArguments } from '../../tools/tool-definition';

/**
 * Seeded generator of model outputs for fuzzing: plausible outputs (CRA calls, JSON calls, call
 * lists, replies, thoughts, fences, special tokens), mutations of them, and token soup.
 * Deterministic, so a failure reproduces from its seed and index.
 */

export interface FuzzOptions {
  seed: number;
  /** Tool names and their argument names, favoured so calls get past the unknown-tool check. */
  tools?: Readonly<Record<string, readonly string[]>>;
}

export type Random = RandomSource;

/** The fuzzer's generator: the project's one seeded random source. */
export const seededRandom = createSeededRandom;

const fragments = [
  'Thought: ',
  'Action: ',
  'System: ',
  'Observation: ',
  'User: ',
  '\n',
  ' ',
  '\t',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  "'",
  '"',
  '\\',
  '=',
  ',',
  ':',
  ';',
  '.',
  '-',
  '+',
  '_',
  '0',
  '7',
  '4.5',
  '-1e3',
  '1_0',
  'True',
  'False',
  'None',
  'true',
  'null',
  'Find',
  'Book',
  'area',
  'people',
  'centre',
  'x',
  '```',
  '```python\n',
  '<|eot_id|>',
  '<|eom_id|>',
  '<|end_of_text|>',
  '<|python_tag|>',
  '<|start_header_id|>assistant<|end_header_id|>',
  '<|',
  '|>',
  '"name"',
  '"arguments"',
  '"parameters"',
  '\\n',
  "\\'",
  '\\x4',
  '\\u00',
  'é',
  '☕',
  '𝄞',
  '\ud800',
  '\u2028',
  '\x00',
  '#',
];

export function createFuzzInputs(options: FuzzOptions): (index: number) => string {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const tools = options.tools ?? { Find: ['area', 'food'], Book: ['name', 'people'] };
  const toolNames = Object.keys(tools);

  const value = (depth = 0): ArgumentValue => {
    const roll = random();
    if (roll < 0.35)
      return pick(['centre', 'north', 'thai', "it's", 'a\\b', 'line\nbreak', '7pm', '', 'Centre']);
    if (roll < 0.55) return Math.floor(random() * 20) - 5;
    if (roll < 0.65) return Math.round(random() * 1000) / 100;
    if (roll < 0.75) return random() < 0.5;
    if (roll < 0.85) return null;
    if (roll < 0.92 && depth < 2) return [value(depth + 1), value(depth + 1)];
    return pick(['4', 'yes', 'cheap', 'expensive', '19:00']);
  };
  const call = () => {
    const name = random() < 0.9 ? pick(toolNames) : pick(['Unknown', 'findplaces']);
    const argumentNames = tools[name] ?? ['area'];
    // Often every parameter, so some calls pass validation and reach execute.
    const names = new Set<string>(random() < 0.4 ? argumentNames : []);
    const count = Math.floor(random() * (argumentNames.length + 2));
    for (let index = 0; index < count; index++) names.add(pick(argumentNames));
    if (random() < 0.1) names.add(pick(['cuisine', 'bogus', 'Area']));
    const args: ToolArguments = Object.fromEntries([...names].map((key) => [key, value()]));
    return { name, arguments: args };
  };
  const plausible = (): string => {
    const roll = random();
    const first = call();
    let body: string;
    if (roll < 0.45) body = `Action: ${renderCall(first)}`;
    else if (roll < 0.55) body = renderCall(first);
    else if (roll < 0.65) body = JSON.stringify({ name: first.name, arguments: first.arguments });
    else if (roll < 0.72) body = `[${renderCall(first)}, ${renderCall(call())}]`;
    else if (roll < 0.77)
      body = JSON.stringify(
        [{ name: first.name, parameters: first.arguments }],
        null,
        random() < 0.5 ? 2 : undefined,
      );
    else if (roll < 0.9) body = `System: ${pick(['Which area?', 'Booked! Ref ABC.', 'Sorry.'])}`;
    else body = pick(['Sure thing.', `${first.name}(${renderPythonValue(value())})`, '']);
    if (random() < 0.3) body = `Thought: ${pick(['search first', 'need the day', 'ok'])}\n${body}`;
    if (random() < 0.1) body = '```python\n' + body + '\n```';
    if (random() < 0.2)
      body += pick(['<|eot_id|>', ' and more prose', '\nAction: ', '\n', '<|eom_id|>']);
    return body;
  };
  const mutate = (text: string): string => {
    let mutated = text;
    const edits = 1 + Math.floor(random() * 4);
    for (let edit = 0; edit < edits; edit++) {
      const at = Math.floor(random() * (mutated.length + 1));
      const kind = random();
      if (kind < 0.3) mutated = mutated.slice(0, at) + pick(fragments) + mutated.slice(at);
      else if (kind < 0.55)
        mutated = mutated.slice(0, at) + mutated.slice(at + 1 + Math.floor(random() * 5));
      else if (kind < 0.7) mutated = mutated.slice(0, at);
      else if (kind < 0.85)
        mutated = mutated.slice(0, at) + mutated.slice(Math.floor(random() * mutated.length));
      else
        mutated =
          mutated.slice(0, at) +
          String.fromCharCode(Math.floor(random() * 0x10000)) +
          mutated.slice(at + 1);
    }
    return mutated;
  };
  const soup = (): string => {
    const length = Math.floor(random() * 30);
    let text = '';
    for (let index = 0; index < length; index++) text += pick(fragments);
    return text;
  };
  return (index) => {
    const kind = index % 4;
    if (kind === 0) return plausible();
    if (kind === 3) return soup();
    return mutate(plausible());
  };
}
