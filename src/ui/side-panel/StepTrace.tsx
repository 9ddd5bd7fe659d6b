import { memo } from 'react';
import type { AgentStep } from '../../core/conversation/conversation';
import { callText } from '../../store/chat/chat-slice';
import { rawPromptText } from '../../store/engine/engine-view';
import { PromptViewer } from './PromptViewer';

/** One model call: prompt (collapsed), raw output, parsed thought and action, observation, usage. */
export const StepTrace = memo(function StepTrace({ step }: { step: AgentStep }) {
  const usage = step.usage;
  const duration = step.endedAt === undefined ? undefined : step.endedAt - step.startedAt;
  return (
    <section className="step" aria-label={`Model call ${step.index + 1}`}>
      <h3>
        Call {step.index + 1} · {step.stage}
        {step.finishReason && <span className="muted small"> · finished: {step.finishReason}</span>}
      </h3>
      <PromptViewer step={step} />
      <details>
        <summary>Prompt ({step.prompt.length} messages)</summary>
        {step.prompt.map((message, messageIndex) => (
          <div key={messageIndex} className="prompt-message">
            <div className="muted small">{message.role}</div>
            <pre>{message.content}</pre>
          </div>
        ))}
      </details>
      {usage?.transport && (
        <details>
          <summary>
            Sent by {usage.transport.route} to {usage.transport.endpoint} · grammar:{' '}
            {usage.transport.grammar}
          </summary>
          {usage.transport.note && <p className="small">{usage.transport.note}</p>}
          {usage.transport.route !== 'chat-completions' && (
            <pre>{`<|begin_of_text|> (added by the server)\n${rawPromptText({ messages: step.prompt })}`}</pre>
          )}
        </details>
      )}
      <h4>Raw output</h4>
      <pre>{step.raw || '…'}</pre>
      {step.thought && (
        <>
          <h4>Thought</h4>
          <p className="plain-text">{step.thought}</p>
        </>
      )}
      {step.call && (
        <>
          <h4>Action</h4>
          <pre>{callText(step.call)}</pre>
        </>
      )}
      {step.observation !== undefined && (
        <>
          <h4>Observation</h4>
          <pre>{step.observation}</pre>
        </>
      )}
      {step.error && (
        <p className="step-error">
          <strong>Error:</strong> {step.error}
        </p>
      )}
      <dl className="usage">
        {usage && (
          <>
            <UsageRow label="Prompt tokens" value={usage.promptTokens} />
            <UsageRow
              label="Prefilled tokens"
              value={
                usage.prefilledTokens ??
                (usage.transport ? 'not reported by the server' : undefined)
              }
            />
            <UsageRow label="Cached tokens (server)" value={usage.cachedTokens} />
            <UsageRow label="Completion tokens" value={usage.completionTokens} />
            <UsageRow label="Time to first token" value={usage.timeToFirstTokenMs} unit="ms" />
            <UsageRow label="Prefill speed" value={usage.prefillTokensPerSecond} unit="tokens/s" />
            <UsageRow label="Decode speed" value={usage.decodeTokensPerSecond} unit="tokens/s" />
            {usage.kvCacheReused !== undefined && (
              <UsageRow label="KV cache reused" value={usage.kvCacheReused ? 'yes' : 'no'} />
            )}
          </>
        )}
        <UsageRow label="Duration" value={usage?.totalMs ?? duration} unit="ms" />
      </dl>
    </section>
  );
});

function UsageRow({
  label,
  value,
  unit,
}: {
  label: string;
  value: number | string | undefined;
  unit?: string;
}) {
  if (value === undefined) return null;
  const shown = typeof value === 'number' ? Math.round(value * 10) / 10 : value;
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {shown}
        {unit ? ` ${unit}` : ''}
      </dd>
    </div>
  );
}
