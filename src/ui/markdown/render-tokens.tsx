import type { ReactNode } from 'react';
import type { Token, Tokens } from 'marked';
import { CopyButton } from './CopyButton';

/**
 * marked's tokens as React elements from a fixed set. Every piece of text reaches the DOM as a
 * text node (React escapes it): HTML in the source is shown literally, images as their
 * alternative text and address, and a link is an anchor only for an http(s) or mailto address.
 */
export function renderBlocks(tokens: Token[]): ReactNode[] {
  return tokens.map((token, index) => renderBlock(token, index));
}

function renderBlock(token: Token, key: number): ReactNode {
  switch (token.type) {
    case 'space':
    case 'def':
      return null;
    case 'paragraph':
      return <p key={key}>{renderInline((token as Tokens.Paragraph).tokens)}</p>;
    case 'heading':
      // A reply is part of a page with its own outline: its headings are bold lines, not levels.
      return (
        <p key={key} className="markdown-heading">
          <strong>{renderInline((token as Tokens.Heading).tokens)}</strong>
        </p>
      );
    case 'code':
      return <CodeBlock key={key} text={(token as Tokens.Code).text} />;
    case 'blockquote':
      return <blockquote key={key}>{renderBlocks((token as Tokens.Blockquote).tokens)}</blockquote>;
    case 'list': {
      const list = token as Tokens.List;
      const items = list.items.map((item, itemIndex) => (
        <li key={itemIndex}>{renderBlocks(item.tokens)}</li>
      ));
      const start = typeof list.start === 'number' && list.start !== 1 ? list.start : undefined;
      return list.ordered ? (
        <ol key={key} start={start}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'hr':
      return <hr key={key} />;
    case 'table': {
      const table = token as Tokens.Table;
      return (
        <table key={key}>
          <thead>
            <tr>
              {table.header.map((cell, cellIndex) => (
                <th key={cellIndex}>{renderInline(cell.tokens)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, cellIndex) => (
                  <td key={cellIndex}>{renderInline(cell.tokens)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
    case 'text': {
      // Inside a tight list item: inline content without a paragraph around it.
      const text = token as Tokens.Text;
      return <span key={key}>{text.tokens ? renderInline(text.tokens) : text.text}</span>;
    }
    default:
      // Raw HTML blocks and anything unknown: the source, as text.
      return <p key={key}>{token.raw}</p>;
  }
}

function renderInline(tokens: Token[] | undefined): ReactNode[] {
  return (tokens ?? []).map((token, key) => {
    switch (token.type) {
      case 'text': {
        const text = token as Tokens.Text;
        return text.tokens ? <span key={key}>{renderInline(text.tokens)}</span> : text.text;
      }
      case 'escape':
        return (token as Tokens.Escape).text;
      case 'strong':
        return <strong key={key}>{renderInline((token as Tokens.Strong).tokens)}</strong>;
      case 'em':
        return <em key={key}>{renderInline((token as Tokens.Em).tokens)}</em>;
      case 'del':
        return <del key={key}>{renderInline((token as Tokens.Del).tokens)}</del>;
      case 'codespan':
        return <code key={key}>{(token as Tokens.Codespan).text}</code>;
      case 'br':
        return <br key={key} />;
      case 'link': {
        const link = token as Tokens.Link;
        const href = safeHref(link.href);
        if (!href) return `${link.text} (${link.href})`;
        return (
          <a key={key} href={href} target="_blank" rel="noopener noreferrer">
            {renderInline(link.tokens)}
          </a>
        );
      }
      case 'image': {
        // Never loaded (a tracker, a hostile host): its description and address, as text.
        const image = token as Tokens.Image;
        return `${image.text} (${image.href})`;
      }
      default:
        // Inline HTML and anything unknown: the source, as text.
        return token.raw;
    }
  });
}

/** A fenced block: its text verbatim on a tinted background, with a button that copies it. */
function CodeBlock({ text }: { text: string }) {
  return (
    <div className="code-block">
      <pre>
        <code>{text}</code>
      </pre>
      <CopyButton text={text} label="Copy code" />
    </div>
  );
}

/**
 * The address a link may open, or undefined: only http(s) and mailto, so model or imported text
 * can never run script (javascript:), load data (data:) or reach local files through a link.
 */
function safeHref(href: string): string | undefined {
  try {
    const url = new URL(href);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
