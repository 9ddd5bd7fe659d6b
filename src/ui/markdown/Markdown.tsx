import { memo, useMemo, type ReactNode } from 'react';
import { parseMarkdown, type InlineNode } from './parse-markdown';

/**
 * Renders the small Markdown subset to React elements. Everything reaches the DOM as text nodes
 * (React escapes them); there is no raw HTML path, no links and no images.
 */
export const Markdown = memo(function Markdown({ text }: { text: string }) {
  const blocks = useMemo(() => parseMarkdown(text), [text]);
  return (
    <div className="markdown">
      {blocks.map((block, blockIndex) => {
        switch (block.type) {
          case 'paragraph':
            return <p key={blockIndex}>{renderInline(block.children)}</p>;
          case 'code-block':
            return (
              <pre key={blockIndex}>
                <code>{block.text}</code>
              </pre>
            );
          case 'list':
            return block.ordered ? (
              <ol key={blockIndex} start={block.start === 1 ? undefined : block.start}>
                {renderItems(block.items)}
              </ol>
            ) : (
              <ul key={blockIndex}>{renderItems(block.items)}</ul>
            );
        }
      })}
    </div>
  );
});

function renderItems(items: InlineNode[][]): ReactNode[] {
  return items.map((item, itemIndex) => <li key={itemIndex}>{renderInline(item)}</li>);
}

function renderInline(nodes: InlineNode[]): ReactNode[] {
  return nodes.map((node, nodeIndex) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'break':
        return <br key={nodeIndex} />;
      case 'code':
        return <code key={nodeIndex}>{node.text}</code>;
      case 'strong':
        return <strong key={nodeIndex}>{renderInline(node.children)}</strong>;
      case 'emphasis':
        return <em key={nodeIndex}>{renderInline(node.children)}</em>;
    }
  });
}
