import { useEffect, useState } from 'react';
import type { lexer as markedLexer } from 'marked';

export type Lexer = typeof markedLexer;

// marked is loaded on first use, so it is not part of the JavaScript fetched before the app is
// usable (the initial-bundle budget); text shows plain until it arrives.
let loaded: Lexer | undefined;
let loading: Promise<Lexer> | undefined;

function loadLexer(): Promise<Lexer> {
  loading ??= import('marked').then((marked) => (loaded = marked.lexer));
  return loading;
}

/** The Markdown lexer once loaded; undefined until then (the component re-renders when it is). */
export function useMarkdownLexer(): Lexer | undefined {
  const [lexer, setLexer] = useState<Lexer | undefined>(() => loaded);
  useEffect(() => {
    if (lexer) return;
    let live = true;
    void loadLexer().then((next) => {
      if (live) setLexer(() => next);
    });
    return () => {
      live = false;
    };
  }, [lexer]);
  return lexer;
}
