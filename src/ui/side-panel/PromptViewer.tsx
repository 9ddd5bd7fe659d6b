import { useMemo, useState } from 'react';
import type { AgentStep } from '../../core/conversation/conversation';
import { promptView } from '../../store/chat/prompt-view';
import { Dialog } from '../layout/Dialog';
import { CopyButton } from '../markdown/CopyButton';
import './prompt-viewer.css';

/**
 * A step's exact prompt, full width: the Llama 3.1 text the model read, with the CRA blocks
 * marked (a legend names each and its size), the token count and a Copy button. The side panel
 * is too narrow to read a 3,000-token prompt, so it opens in a wide dialog on demand; nothing is
 * computed until it opens.
 */
export function PromptViewer({ step }: { step: AgentStep }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="small" onClick={() => setOpen(true)}>
        Open the exact prompt (call {step.index + 1})
      </button>
      {open && (
        <Dialog
          open
          variant="wide"
          title={`Exact prompt · call ${step.index + 1} · ${step.stage}`}
          onClose={() => setOpen(false)}
        >
          <PromptBody step={step} />
        </Dialog>
      )}
    </>
  );
}

function PromptBody({ step }: { step: AgentStep }) {
  const view = useMemo(() => promptView(step), [step]);
  return (
    <>
      <div className="prompt-viewer-bar">
        <p className="small">
          {view.tokensFrom === 'engine'
            ? `${view.tokens} tokens (counted by the engine)`
            : `About ${view.tokens} tokens (estimated)`}{' '}
          · {view.text.length} characters
        </p>
        <CopyButton text={view.text} label="Copy the exact prompt" />
      </div>
      <ul className="prompt-legend" aria-label="Parts of the prompt">
        {view.parts.map((part) => (
          <li key={part.part}>
            <span className={`prompt-part prompt-part-${part.part}`}>{part.label}</span>{' '}
            <span className="muted small">about {part.tokens} tokens</span>
          </li>
        ))}
      </ul>
      <pre className="prompt-full" tabIndex={0} aria-label="The exact prompt">
        {view.segments.map((segment, index) => (
          <span
            key={index}
            className={`prompt-part prompt-part-${segment.part}`}
            data-part={segment.part}
          >
            {segment.text}
          </span>
        ))}
      </pre>
    </>
  );
}
