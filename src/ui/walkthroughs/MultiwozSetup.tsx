import { useAppStore } from '../app-store-context';

function toggled<T>(items: readonly T[], item: T): T[] {
  return items.includes(item) ? items.filter((other) => other !== item) : [...items, item];
}

/**
 * Over the MultiWOZ world: the mode, who plays the user, and which of the goals to run. Loaded
 * only when that world is chosen (a default export for React.lazy).
 */
export default function MultiwozSetup() {
  const goals = useAppStore((state) => state.walkthroughs.goals);
  const status = useAppStore((state) => state.walkthroughs.goalsStatus);
  const chosen = useAppStore((state) => state.walkthroughs.chosenGoalIds);
  const mode = useAppStore((state) => state.walkthroughs.multiwozMode);
  const user = useAppStore((state) => state.walkthroughs.multiwozUser);
  const setChosen = useAppStore((state) => state.walkthroughs.setChosenGoalIds);
  const setMode = useAppStore((state) => state.walkthroughs.setMultiwozMode);
  const setUser = useAppStore((state) => state.walkthroughs.setMultiwozUser);
  const setWorld = useAppStore((state) => state.walkthroughs.setEvalWorld);
  const engineReady = useAppStore((state) => state.engine.status === 'ready');

  if (status === 'loading')
    return (
      <p role="status" className="small">
        Loading the MultiWOZ database and drawing its goals…
      </p>
    );
  if (status === 'error')
    return (
      <p className="small">
        <button type="button" onClick={() => void setWorld('multiwoz')}>
          Try loading the MultiWOZ database again
        </button>
      </p>
    );
  return (
    <>
      <fieldset>
        <legend>Mode</legend>
        <label>
          <input
            type="radio"
            name="multiwoz-mode"
            checked={mode === 'dialogue'}
            onChange={() => setMode('dialogue')}
          />{' '}
          dialogue level (a simulated user talks with the agent){' '}
        </label>
        <label>
          <input
            type="radio"
            name="multiwoz-mode"
            checked={mode === 'turn-level'}
            onChange={() => setMode('turn-level')}
          />{' '}
          turn level with gold history (the CoALM paper&apos;s protocol)
        </label>
      </fieldset>
      {mode === 'dialogue' && (
        <fieldset>
          <legend>User</legend>
          <label>
            <input
              type="radio"
              name="multiwoz-user"
              checked={user === 'agenda'}
              onChange={() => setUser('agenda')}
            />{' '}
            agenda user (deterministic){' '}
          </label>
          <label>
            <input
              type="radio"
              name="multiwoz-user"
              checked={user === 'llm'}
              disabled={!engineReady}
              onChange={() => setUser('llm')}
            />{' '}
            LLM user on the loaded model (a live run)
            {!engineReady && ' (load a model first)'}
          </label>
        </fieldset>
      )}
      <fieldset>
        <legend>
          Goals ({chosen.length} of {goals.length}){' '}
          <button type="button" onClick={() => setChosen(goals.map((goal) => goal.id))}>
            All
          </button>{' '}
          <button type="button" onClick={() => setChosen([])}>
            None
          </button>
        </legend>
        {goals.map((goal) => (
          <label
            key={goal.id}
            className="small"
            style={{ display: 'inline-block', marginRight: '1em' }}
          >
            <input
              type="checkbox"
              checked={chosen.includes(goal.id)}
              onChange={() => setChosen(toggled(chosen, goal.id))}
            />{' '}
            {goal.title}
          </label>
        ))}
      </fieldset>
    </>
  );
}
