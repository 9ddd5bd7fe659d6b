import { lazy, Suspense } from 'react';
import type { PromptProfileId } from '../../core/conversation/conversation';
import { useAppStore } from '../app-store-context';

// Loaded only when the MultiWOZ world is chosen, with the goals it lists.
const MultiwozSetup = lazy(() => import('./MultiwozSetup'));

const profiles: PromptProfileId[] = ['cra-exact', 'cra-chat'];

function toggled<T>(items: readonly T[], item: T): T[] {
  return items.includes(item) ? items.filter((other) => other !== item) : [...items, item];
}

/** Which walkthroughs and profiles to run, against which engine, and the run button. */
export function EvaluationSetup() {
  const walkthroughs = useAppStore((state) => state.walkthroughs.walkthroughs);
  const chosenIds = useAppStore((state) => state.walkthroughs.chosenIds);
  const chosenProfiles = useAppStore((state) => state.walkthroughs.chosenProfiles);
  const running = useAppStore((state) => state.walkthroughs.running);
  const constrained = useAppStore((state) => state.walkthroughs.constrained);
  const setConstrained = useAppStore((state) => state.walkthroughs.setConstrained);
  const progress = useAppStore((state) => state.walkthroughs.progress);
  const setChosenIds = useAppStore((state) => state.walkthroughs.setChosenIds);
  const setChosenProfiles = useAppStore((state) => state.walkthroughs.setChosenProfiles);
  const runEvaluation = useAppStore((state) => state.walkthroughs.runEvaluation);
  const cancelEvaluation = useAppStore((state) => state.walkthroughs.cancelEvaluation);
  const engineReady = useAppStore((state) => state.engine.status === 'ready');
  const engineLabel = useAppStore((state) => state.engine.label);
  const world = useAppStore((state) => state.walkthroughs.evalWorld);
  const setWorld = useAppStore((state) => state.walkthroughs.setEvalWorld);

  return (
    <form
      aria-label="Evaluation setup"
      onSubmit={(event) => {
        event.preventDefault();
        void runEvaluation();
      }}
    >
      <fieldset>
        <legend>World</legend>
        <label>
          <input
            type="radio"
            name="evaluation-world"
            checked={world === 'generated'}
            onChange={() => void setWorld('generated')}
          />{' '}
          walkthroughs (generated Cambridge){' '}
        </label>
        <label>
          <input
            type="radio"
            name="evaluation-world"
            checked={world === 'multiwoz'}
            onChange={() => void setWorld('multiwoz')}
          />{' '}
          MultiWOZ goals (the MultiWOZ database)
        </label>
      </fieldset>
      <p className="small">
        Engine:{' '}
        {engineReady
          ? `the loaded model (${engineLabel}): a live run`
          : 'scripted outputs: the ideal agent and its deliberate mistakes (no model is loaded)'}
      </p>
      <fieldset>
        <legend>Profiles{world === 'multiwoz' ? ' (MultiWOZ runs use the first)' : ''}</legend>
        {profiles.map((profile) => (
          <label key={profile}>
            <input
              type="checkbox"
              checked={chosenProfiles.includes(profile)}
              onChange={() => setChosenProfiles(toggled(chosenProfiles, profile))}
            />{' '}
            {profile}{' '}
          </label>
        ))}
        <label>
          <input
            type="checkbox"
            checked={constrained}
            onChange={(event) => setConstrained(event.target.checked)}
          />{' '}
          constrained decoding
        </label>
      </fieldset>
      {world === 'multiwoz' ? (
        <Suspense fallback={<p role="status">Loading the MultiWOZ choices…</p>}>
          <MultiwozSetup />
        </Suspense>
      ) : (
        <fieldset>
          <legend>
            Walkthroughs ({chosenIds.length} of {walkthroughs.length}){' '}
            <button type="button" onClick={() => setChosenIds(walkthroughs.map((item) => item.id))}>
              All
            </button>{' '}
            <button type="button" onClick={() => setChosenIds([])}>
              None
            </button>
          </legend>
          {walkthroughs.map((item) => (
            <label
              key={item.id}
              className="small"
              style={{ display: 'inline-block', marginRight: '1em' }}
            >
              <input
                type="checkbox"
                checked={chosenIds.includes(item.id)}
                onChange={() => setChosenIds(toggled(chosenIds, item.id))}
              />{' '}
              {item.title}
            </label>
          ))}
        </fieldset>
      )}
      <button type="submit" disabled={running}>
        Run evaluation
      </button>{' '}
      {running && (
        <button type="button" onClick={cancelEvaluation}>
          Cancel
        </button>
      )}{' '}
      {progress && (
        <span role="status" className="small muted">
          {running ? 'Running' : 'Ran'} {progress.done} of {progress.total}
          {progress.latest ? ` · last: ${progress.latest}` : ''}
        </span>
      )}
    </form>
  );
}
