// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createReplayChatModel } from '../../core/model/replay-chat-model';
import { createMemoryKeyValueStore } from '../../core/storage/memory-key-value-store';
import { createVenueDatabase, recordsByDomain } from '../../eval/goal-matcher';
import { playScriptedDialogue } from '../../eval/multiwoz/run-multiwoz-evaluation';
import { goldOutputs } from '../../eval/multiwoz/run-turn-level';
import { createAppStore } from '../../store/app-store';
import { loadMultiwozGoals } from '../../store/walkthroughs/multiwoz-runner';
import MultiwozResults from './MultiwozResults';

afterEach(cleanup);

/** A turn-level run of the first goal, scripted or with a model that answers as the gold did. */
async function turnLevelRun(live: boolean) {
  const store = createAppStore({
    walkthroughs: { runStore: createMemoryKeyValueStore(), buildWalkthroughs: async () => [] },
  });
  const slice = () => store.getState().walkthroughs;
  await slice().init();
  await slice().setEvalWorld('multiwoz');
  const goal = slice().goals[0]!;
  slice().setChosenGoalIds([goal.id]);
  slice().setMultiwozMode('turn-level');
  if (live) {
    const { data } = await loadMultiwozGoals();
    const gold = await playScriptedDialogue(goal, data, createVenueDatabase(recordsByDomain(data)));
    const model = createReplayChatModel({ outputs: gold.transcript.flatMap(goldOutputs) });
    store.setState((state) => ({
      engine: { ...state.engine, status: 'ready', getChatModel: () => model },
    }));
  }
  await slice().runEvaluation();
  return { run: slice().currentRun!, goal };
}

describe('MultiwozResults', () => {
  it('labels a scripted run as the ideal agent, without the paper, and opens a mistake beside its gold', async () => {
    const { run, goal } = await turnLevelRun(false);
    render(<MultiwozResults run={run} />);
    expect(
      screen.getByRole('heading', {
        name: /^Results: ideal agent \(scripted\), MultiWOZ database, turn level with gold history/,
      }),
    ).toBeTruthy();
    const overall = screen.getByRole('table', { name: 'Overall' });
    expect(within(overall).queryByText(/\(paper\)/)).toBeNull();
    expect(
      within(overall)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      expect.stringMatching(/^Agent/),
      expect.stringMatching(/^ideal agent \(scripted\)1/),
      expect.stringMatching(/^dropped-slot1/),
      expect.stringMatching(/^skipped-call1–––[\d.]+( \([\d.]+\))?0\.0/),
    ]);

    fireEvent.click(screen.getByRole('button', { name: `Open ${goal.title} (skipped-call)` }));
    const detail = screen.getByRole('region', { name: `Result: ${goal.title}` });
    expect(
      within(detail).getByText(/^API accuracy: 0\.0 % \(0 of [1-9]\d* gold calls exact/),
    ).toBeTruthy();
    // The agent called nothing; the gold calls and states stand beside each turn.
    expect(within(detail).queryAllByText(/^Call: /)).toHaveLength(0);
    expect(within(detail).getAllByText(/^Gold calls: Find\w+\(/).length).toBeGreaterThan(0);
    expect(within(detail).getAllByText(/^Gold state: /).length).toBeGreaterThan(0);
    expect(within(detail).getAllByText(/^turn \d+: missing /).length).toBeGreaterThan(0);
  }, 60_000);

  it("sets a model's run beside the paper's figures, as a reference", async () => {
    const { run, goal } = await turnLevelRun(true);
    render(<MultiwozResults run={run} />);
    expect(screen.getByText(/^Live run: /)).toBeTruthy();
    const overall = screen.getByRole('table', { name: 'Overall' });
    expect(within(overall).getByText('CoALM 8B (paper)')).toBeTruthy();
    expect(within(overall).getAllByRole('row')).toHaveLength(1 + 1 + 2);

    fireEvent.click(screen.getByRole('button', { name: `Open ${goal.title} (${run.modelId})` }));
    const detail = screen.getByRole('region', { name: `Result: ${goal.title}` });
    expect(within(detail).getByText(/^JGA: 100\.0 %/)).toBeTruthy();
    expect(within(detail).getByText(/^API accuracy: 100\.0 %/)).toBeTruthy();
  }, 60_000);
});
