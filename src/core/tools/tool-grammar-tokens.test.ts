import { beforeAll, describe, expect, it } from 'vitest';
import {
  encodeLlama3,
  llama3Vocabulary,
} from '../../adapters/llama3-tokenizer/llama3-token-counter';
import { createToolRegistry } from './tool-registry';
import { fixtureTools } from './testing/fixture-tools';
import { loadXGrammar, type XGrammar } from './testing/load-xgrammar';

/**
 * The path web-llm takes: the grammar compiled against the Llama 3 vocabulary (CoALM's), the
 * output fed token by token through a GrammarMatcher, then the end-of-turn token.
 */
const endOfTurn = 128009;
const stopTokens = [128001, 128008, endOfTurn];
const vocabSize = 128256;

let xgrammar: XGrammar;
let compiled: unknown;

beforeAll(async () => {
  xgrammar = loadXGrammar();
  const vocabulary = llama3Vocabulary();
  const info = await xgrammar.TokenizerInfo.createTokenizerInfo(
    vocabulary,
    'byte_level',
    false,
    vocabSize,
    stopTokens,
  );
  const compiler = await xgrammar.GrammarCompiler.createGrammarCompiler(info);
  compiled = await compiler.compileGrammar(createToolRegistry(fixtureTools).grammar());
});

/** Whether every token of the text, then end-of-turn, is allowed. */
async function decodes(text: string): Promise<boolean> {
  const matcher = await xgrammar.GrammarMatcher.createGrammarMatcher(compiled);
  try {
    const tokens = encodeLlama3(text);
    return tokens.every((token) => matcher.acceptToken(token)) && matcher.acceptToken(endOfTurn);
  } finally {
    matcher.dispose();
  }
}

describe('tool grammar with the Llama 3 vocabulary', () => {
  it.each([
    "Thought: They want thai in the centre.\nAction: FindPlaces(area='centre', food='thai')",
    "Action: BookTable(name='Nando\\'s', people=4, time='19:00', outdoor=False)",
    'System: Which part of town would you like?',
  ])('lets the model write %j and stop', async (text) => {
    expect(await decodes(text)).toBe(true);
  });

  it.each([
    ['an unknown function', "Action: FindHotels(area='centre')"],
    ['an unknown argument', "Action: FindPlaces(cuisine='thai')"],
    ['stopping inside a call', "Action: FindPlaces(area='centre'"],
  ])('stops the model writing %s', async (_case, text) => {
    expect(await decodes(text)).toBe(false);
  });
});
