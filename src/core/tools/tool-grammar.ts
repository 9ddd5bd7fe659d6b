import type { ParameterSpec, ToolDefinition } from './tool-definition';

export interface GrammarOptions {
  /** Allow a `System: ...` reply instead of an action (default true). */
  allowReply?: boolean;
  /** Allow a leading `Thought: ...` line (default true). */
  allowThought?: boolean;
  /**
   * The prompt ends with an open `Thought:`, so the output starts with the thought's own text,
   * then a newline and the action or reply (default false; overrides allowThought).
   */
  cuedThought?: boolean;
}

/**
 * The decoding grammar (xgrammar's EBNF dialect) derived from the tool list: an optional
 * `Thought: ...` line, then `Action: Name(k=v, ...)` for a registered tool or a `System: ...`
 * reply. Arguments are any subset of the tool's parameters in signature order (so none can repeat
 * and none is invented); required ones are left to validation, which asks for them by name,
 * because forcing them here would make the model invent values the user never gave.
 */
export function buildToolGrammar(
  tools: readonly ToolDefinition[],
  options: GrammarOptions = {},
): string {
  const allowReply = options.allowReply ?? true;
  const allowThought = options.allowThought ?? true;
  const bodies: string[] = [];
  if (tools.length > 0) bodies.push('action');
  // With no tools an action cannot be written, so a reply is the only valid output.
  if (allowReply || tools.length === 0) bodies.push('reply');
  const thought = options.cuedThought ? 'cued_thought ' : allowThought ? 'thought? ' : '';
  const rules = [
    `root ::= ${thought}(${bodies.join(' | ')})`,
    options.cuedThought
      ? 'cued_thought ::= [^\\n]+ "\\n"'
      : 'thought ::= "Thought: " [^\\n]+ "\\n"',
    'reply ::= "System: " [^\\n]+ ("\\n" [^\\n]*)*',
  ];
  if (tools.length > 0) {
    rules.push(
      `action ::= "Action: " (${tools.map((_, index) => `call_${index}`).join(' | ')})`,
      ...tools.flatMap((tool, index) => callRules(tool, `call_${index}`)),
      ...sharedValueRules,
    );
  }
  return rules.join('\n') + '\n';
}

const sharedValueRules = [
  'argument_separator ::= "," " "?',
  'equals ::= " "? "=" " "?',
  'string_value ::= "\'" ([^\'\\\\\\n] | "\\\\" [^\\n])* "\'" | "\\"" ([^"\\\\\\n] | "\\\\" [^\\n])* "\\""',
  'integer_value ::= "-"? ("0" | [1-9] [0-9]*)',
  'number_value ::= "-"? ("0" | [1-9] [0-9]*) ("." [0-9]+)? ([eE] [+-]? [0-9]+)?',
  'boolean_value ::= "True" | "False"',
];

function callRules(tool: ToolDefinition, ruleName: string): string[] {
  const parameters = Object.entries(tool.parameters);
  const argumentRules = parameters.map(
    ([name, spec], index) =>
      `${ruleName}_argument_${index} ::= ${literal(name)} equals ${valueExpression(spec)}`,
  );
  if (parameters.length === 0) return [`${ruleName} ::= ${literal(`${tool.name}()`)}`];
  // One alternative per first argument, each followed by any later ones in order.
  const alternatives = parameters.map((_, first) => {
    const later = parameters
      .slice(first + 1)
      .map((__, offset) => `(argument_separator ${ruleName}_argument_${first + 1 + offset})?`);
    return [`${ruleName}_argument_${first}`, ...later].join(' ');
  });
  return [
    `${ruleName} ::= ${literal(`${tool.name}(`)} ${ruleName}_arguments? ")"`,
    `${ruleName}_arguments ::= ${alternatives.map((alternative) => `(${alternative})`).join(' | ')}`,
    ...argumentRules,
  ];
}

function valueExpression(spec: ParameterSpec): string {
  const optionalNone = spec.required === false ? ' | "None"' : '';
  switch (spec.type) {
    case 'string':
      return `(string_value${optionalNone})`;
    case 'integer':
      return `(integer_value${optionalNone})`;
    case 'number':
      return `(number_value${optionalNone})`;
    case 'boolean':
      return `(boolean_value${optionalNone})`;
    case 'enum': {
      if (spec.values.length === 0) return `(string_value${optionalNone})`;
      const quoted = spec.values.flatMap((value) => [
        literal(`'${value.replace(/[\\']/g, (character) => `\\${character}`)}'`),
        literal(`"${value.replace(/[\\"]/g, (character) => `\\${character}`)}"`),
      ]);
      return `(${quoted.join(' | ')}${optionalNone})`;
    }
  }
}

/** A double-quoted EBNF literal; non-ASCII and control characters as \u / \U escapes. */
export function literal(text: string): string {
  let escaped = '';
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (character === '"' || character === '\\') escaped += `\\${character}`;
    else if (code >= 0x20 && code < 0x7f) escaped += character;
    else if (code <= 0xffff) escaped += `\\u${code.toString(16).padStart(4, '0')}`;
    else escaped += `\\U${code.toString(16).padStart(8, '0')}`;
  }
  return `"${escaped}"`;
}
