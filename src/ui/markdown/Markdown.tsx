import { memo, useMemo, useState } from 'react';
import { useMarkdownLexer } from './load-marked';
import { prepareMarkdown } from './prepare-markdown';
import { renderBlocks } from './render-tokens';

// A reply longer than this renders its beginning until asked for the rest: a reply of hundreds of
// kilobytes of Markdown would otherwise cost thousands of elements before the reader scrolls to it.
export const longReplyChars = 6_000;

/**
 * A reply rendered as Markdown (marked's lexer, rendered by render-tokens.tsx to a fixed set of
 * elements with text children). `streaming` closes markers whose second half has not arrived yet.
 * Until the lexer has loaded, the text shows as it is.
 */
export const Markdown = memo(function Markdown({
  text,
  streaming = false,
}: {
  text: string;
  streaming?: boolean;
}) {
  const lexer = useMarkdownLexer();
  const [whole, setWhole] = useState(false);
  const cut = !whole && !streaming && text.length > longReplyChars;
  const shown = cut ? beginning(text) : text;
  const blocks = useMemo(
    () => (lexer ? renderBlocks(lexer(prepareMarkdown(shown, streaming))) : undefined),
    [lexer, shown, streaming],
  );
  return (
    <div className="markdown">
      {blocks ?? <p className="plain-text">{shown}</p>}
      {cut && (
        <button type="button" className="show-more small" onClick={() => setWhole(true)}>
          Show the rest ({(text.length - shown.length).toLocaleString('en')} more characters)
        </button>
      )}
    </div>
  );
});

/** The text up to the last paragraph break before the limit, so no block is cut in half. */
function beginning(text: string): string {
  const head = text.slice(0, longReplyChars);
  const lastBreak = head.lastIndexOf('\n\n');
  return lastBreak > longReplyChars / 2 ? head.slice(0, lastBreak) : head;
}
