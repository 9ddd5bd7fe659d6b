import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Test support: xgrammar (the engine web-llm decodes grammars with) in Node, on the CPU.
 * web-xgrammar ships a UMD bundle inside an ESM-typed package, which Node refuses to import as
 * ESM; a copy named .cjs loads through require (its WebAssembly is inlined in the bundle).
 */

export interface XGrammarMatcher {
  acceptToken(tokenId: number): boolean;
  isTerminated(): boolean;
  dispose(): void;
}

export interface XGrammar {
  Grammar: { fromEBNF(ebnf: string, root?: string): Promise<unknown> };
  Testings: { isGrammarAcceptString(grammar: unknown, input: string): Promise<boolean> };
  TokenizerInfo: {
    createTokenizerInfo(
      encodedVocab: string[],
      vocabType: string,
      prependSpace: boolean,
      vocabSize: number,
      stopTokenIds: number[],
    ): Promise<unknown>;
  };
  GrammarCompiler: {
    createGrammarCompiler(
      tokenizerInfo: unknown,
    ): Promise<{ compileGrammar(ebnf: string): Promise<unknown> }>;
  };
  GrammarMatcher: { createGrammarMatcher(compiled: unknown): Promise<XGrammarMatcher> };
}

let loaded: XGrammar | undefined;

export function loadXGrammar(): XGrammar {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const bundle = readFileSync(require.resolve('@mlc-ai/web-xgrammar'));
  const copy = join(mkdtempSync(join(tmpdir(), 'web-xgrammar-')), 'index.cjs');
  writeFileSync(copy, bundle);
  loaded = require(copy) as XGrammar;
  return loaded;
}
