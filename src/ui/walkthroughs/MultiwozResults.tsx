import { useState } from 'react';
import type {
  DialogueResult,
  EvaluationRun,
  MultiwozSummary,
  TurnLevelResult,
} from '../../store/walkthroughs/walkthrough-slice';
import { setupOf } from '../../store/walkthroughs/walkthrough-slice';
import { MultiwozResultDetail } from './MultiwozResultDetail';
import { PaperRows } from './RunSummaryTable';
import { MODE_LABELS, percent } from './format-metrics';

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/**
 * A MultiWOZ run: who played each side, the figures per agent, and one row per goal to open.
 * Loaded with the MultiWOZ side of the view (a default export for React.lazy).
 */
export default function MultiwozResults({ run }: { run: EvaluationRun }) {
  const [open, setOpen] = useState<DialogueResult | TurnLevelResult | null>(null);
  const multiwoz = run.multiwoz;
  if (!multiwoz) return null;
  const setup = setupOf(run);
  const scripted = run.engine === 'scripted';
  const agent = scripted ? 'ideal agent (scripted)' : run.modelId;
  const rows: (DialogueResult | TurnLevelResult)[] = [...multiwoz.dialogues, ...multiwoz.turnLevel];
  return (
    <>
      <h3>
        Results: {agent}, MultiWOZ database, {MODE_LABELS[setup.mode]}, {setup.user},{' '}
        {new Date(run.startedAt).toLocaleString('en-GB')}
      </h3>
      {scripted ? (
        <p className="small muted">
          Scripted: the ideal agent (scripted) and its deliberate mistakes, a check of the
          evaluator. These are not a model&apos;s scores and are not comparable with the CoALM
          paper&apos;s.
        </p>
      ) : (
        <p className="small muted">
          Live run: {run.modelId} played the agent
          {setup.user.startsWith('LLM user') ? ' and the user' : ''}. Goals drawn from
          MultiWOZ&apos;s database, not MultiWOZ 2.4&apos;s human dialogues, so not comparable one
          to one with the CoALM paper&apos;s figures.
        </p>
      )}
      <MultiwozSummaryTable summaries={multiwoz.summaries} showPaper={!scripted} />
      <table aria-label="Results per goal">
        <caption>Per goal</caption>
        <thead>
          <tr>
            <th scope="col">Goal</th>
            <th scope="col">Agent</th>
            <th scope="col">Completed</th>
            <th scope="col">Inform</th>
            <th scope="col">Success</th>
            <th scope="col">JGA %</th>
            <th scope="col">API acc. %</th>
            <th scope="col">Turns</th>
            <th scope="col">Transcript</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((result) => {
            const { title } = result;
            return (
              <tr key={`${result.mode}|${result.agent}|${result.goalId}`}>
                <td>{title}</td>
                <td>{result.agent}</td>
                <td>{result.mode === 'dialogue' ? yesNo(result.completed) : '–'}</td>
                <td>{result.mode === 'dialogue' ? yesNo(result.inform) : '–'}</td>
                <td>{result.mode === 'dialogue' ? yesNo(result.success) : '–'}</td>
                <td>{percent(result.jointGoalAccuracy)}</td>
                <td>{result.mode === 'turn-level' ? percent(result.calls.accuracy) : '–'}</td>
                <td>{result.mode === 'dialogue' ? result.turns : result.predicted.length}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`Open ${title} (${result.agent})`}
                    onClick={() => setOpen(result)}
                  >
                    Open
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {open && <MultiwozResultDetail result={open} onClose={() => setOpen(null)} />}
    </>
  );
}

/** Figures per agent; the paper's rows only below a model's figures, as a reference. */
function MultiwozSummaryTable({
  summaries,
  showPaper,
}: {
  summaries: readonly MultiwozSummary[];
  showPaper: boolean;
}) {
  return (
    <table aria-label="Overall">
      <caption>Overall, per agent</caption>
      <thead>
        <tr>
          <th scope="col">Agent</th>
          <th scope="col">Goals</th>
          <th scope="col">Completed %</th>
          <th scope="col">Inform %</th>
          <th scope="col">Success %</th>
          <th scope="col">JGA % (fuzzy)</th>
          <th scope="col">API acc. %</th>
          <th scope="col">Slot F1 %</th>
          <th scope="col">Booking ok %</th>
          <th scope="col">Turns</th>
        </tr>
      </thead>
      <tbody>
        {summaries.map((summary) => (
          <tr key={`${summary.mode}|${summary.agent}`}>
            <th scope="row">{summary.agent}</th>
            <td>{summary.goals}</td>
            <td>{percent(summary.completed)}</td>
            <td>{percent(summary.inform)}</td>
            <td>{percent(summary.success)}</td>
            <td>
              {percent(summary.jointGoalAccuracy)} ({percent(summary.jointGoalAccuracyFuzzy)})
            </td>
            <td>{percent(summary.apiAccuracy)}</td>
            <td>{percent(summary.slotF1)}</td>
            <td>{percent(summary.bookingCorrect)}</td>
            <td>{summary.meanTurns === null ? '–' : summary.meanTurns.toFixed(2)}</td>
          </tr>
        ))}
        {showPaper && <PaperRows columnsBeforeSuccess={3} columnsAfterJga={4} />}
      </tbody>
    </table>
  );
}
