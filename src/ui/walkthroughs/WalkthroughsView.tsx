import { useEffect } from 'react';
import { useAppStore } from '../app-store-context';
import { describeSlots } from './format-metrics';

function callText(call: { name: string; arguments: Record<string, unknown> }): string {
  const args = Object.entries(call.arguments).map(
    ([key, value]) => `${key}=${JSON.stringify(value)}`,
  );
  return `${call.name}(${args.join(', ')})`;
}

/** Pick a scripted booking dialogue and play its user side, turn by turn, into a chat. */
export function WalkthroughsView() {
  const ready = useAppStore((state) => state.walkthroughs.ready);
  const walkthroughs = useAppStore((state) => state.walkthroughs.walkthroughs);
  const selectedId = useAppStore((state) => state.walkthroughs.selectedId);
  const turnIndex = useAppStore((state) => state.walkthroughs.turnIndex);
  const playing = useAppStore((state) => state.walkthroughs.playing);
  const autoPlaying = useAppStore((state) => state.walkthroughs.autoPlaying);
  const error = useAppStore((state) => state.walkthroughs.error);
  const engineLabel = useAppStore((state) => state.engine.label);
  const init = useAppStore((state) => state.walkthroughs.init);
  const select = useAppStore((state) => state.walkthroughs.select);
  const playNext = useAppStore((state) => state.walkthroughs.playNext);
  const playAuto = useAppStore((state) => state.walkthroughs.playAuto);
  const stopAuto = useAppStore((state) => state.walkthroughs.stopAuto);
  useEffect(() => {
    void init();
  }, [init]);

  if (!ready) return <section aria-label="Walkthroughs">Building the walkthroughs…</section>;
  const walkthrough = walkthroughs.find((item) => item.id === selectedId);
  const finished = walkthrough ? turnIndex >= walkthrough.turns.length : true;
  return (
    <section aria-label="Walkthroughs" className="walkthroughs">
      <h2>Walkthroughs</h2>
      <p className="muted">
        Scripted booking dialogues over the mock world. Play plays the user&apos;s side into a chat
        conversation (bookings confirm themselves); open the Chat view to watch the agent answer.
        With no model loaded, the agent&apos;s side is the oracle&apos;s recorded replies: the chat,
        tools and bookings are real, the replies are not a model&apos;s.
      </p>
      <p className="small" aria-label="Who answers">
        Agent: {engineLabel}
      </p>
      <label>
        Walkthrough{' '}
        <select
          value={selectedId ?? ''}
          onChange={(event) => select(event.target.value)}
          disabled={playing}
        >
          {walkthroughs.map((item) => (
            <option key={item.id} value={item.id}>
              {item.title}
            </option>
          ))}
        </select>
      </label>
      {walkthrough && (
        <>
          <p className="small muted">Tags: {walkthrough.tags.join(', ')}</p>
          <h3>Goal</h3>
          <ul aria-label="Goal">
            {Object.entries(walkthrough.goal).map(([domain, goal]) => (
              <li key={domain}>
                <strong>{domain}</strong>: {describeSlots(goal.info)}
                {goal.fail_info && <> · first asks for {describeSlots(goal.fail_info)}</>}
                {goal.book && <> · book {describeSlots(goal.book)}</>}
                {goal.fail_book && <> · first tries {describeSlots(goal.fail_book)}</>}
                {goal.reqt.length > 0 && <> · asks for {goal.reqt.join(', ')}</>}
              </li>
            ))}
          </ul>
          <h3>User turns</h3>
          <ol aria-label="User turns">
            {walkthrough.turns.map((turn, index) => (
              <li key={index} aria-current={index === turnIndex ? 'step' : undefined}>
                <span className={index < turnIndex ? 'muted' : undefined}>{turn.user}</span>
                <div className="small muted">
                  expected: {turn.expectedCalls.map(callText).join('; ') || 'no call'}
                </div>
              </li>
            ))}
          </ol>
          <div className="walkthrough-controls">
            <button type="button" onClick={() => void playNext()} disabled={playing || finished}>
              Next turn
            </button>{' '}
            {autoPlaying ? (
              <button type="button" onClick={stopAuto}>
                Stop
              </button>
            ) : (
              <button type="button" onClick={() => void playAuto()} disabled={playing || finished}>
                Auto
              </button>
            )}{' '}
            <span className="small muted" role="status">
              {finished
                ? 'All turns played.'
                : `Turn ${turnIndex + 1} of ${walkthrough.turns.length}`}
            </span>
          </div>
        </>
      )}
      {error && (
        <p role="alert" className="small">
          {error}
        </p>
      )}
    </section>
  );
}
