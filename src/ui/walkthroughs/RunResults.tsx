import { lazy, Suspense, useState } from 'react';
import type { EvaluationRun, WalkthroughResult } from '../../store/walkthroughs/walkthrough-slice';
import { useAppStore } from '../app-store-context';
import { MetricsBarChart } from './MetricsBarChart';
import { ResultDetail } from './ResultDetail';
import { matchesFilter, ResultsFilter, type ResultsFilterValue } from './ResultsFilter';
import { RunSummaryTable } from './RunSummaryTable';
import { WalkthroughResultsTable } from './WalkthroughResultsTable';

// The MultiWOZ side of the view stays out of the page's initial code.
const MultiwozResults = lazy(() => import('./MultiwozResults'));

export const IDEAL_AGENT_LABEL = 'ideal agent (scripted)';

/** A run's figures: who answered, overall tables, the chart, and the rows to open and filter. */
export function RunResults({ run }: { run: EvaluationRun }) {
  const walkthroughs = useAppStore((state) => state.walkthroughs.walkthroughs);
  const [open, setOpen] = useState<WalkthroughResult | null>(null);
  const [filter, setFilter] = useState<ResultsFilterValue>({ domain: '', feature: '' });
  const scripted = run.engine === 'scripted';
  const agent = scripted ? IDEAL_AGENT_LABEL : run.modelId;
  const byId = new Map(walkthroughs.map((walkthrough) => [walkthrough.id, walkthrough]));
  const shown = run.results.filter((result) =>
    matchesFilter(byId.get(result.walkthroughId), filter),
  );
  if (run.multiwoz)
    return (
      <Suspense fallback={<p role="status">Loading the results…</p>}>
        <MultiwozResults run={run} />
      </Suspense>
    );
  return (
    <>
      <h3>
        Results: {agent}, {new Date(run.startedAt).toLocaleString('en-GB')}
      </h3>
      {scripted && (
        <p className="small muted">
          Scripted: the {IDEAL_AGENT_LABEL} and its deliberate mistakes, a check of the evaluator.
          These are not a model&apos;s scores and are not comparable with the CoALM paper&apos;s.
        </p>
      )}
      <RunSummaryTable summaries={run.summaries} caption="Overall" showPaper={!scripted} />
      {run.summariesWithMistakes && (
        <RunSummaryTable
          summaries={run.summariesWithMistakes}
          caption="Overall, deliberate mistakes included"
          showPaper={false}
        />
      )}
      <MetricsBarChart summaries={run.summaries} showPaper={!scripted} agent={agent} />
      <ResultsFilter walkthroughs={walkthroughs} value={filter} onChange={setFilter} />
      <WalkthroughResultsTable results={shown} onOpen={setOpen} />
      {open && (
        <ResultDetail
          result={open}
          walkthrough={byId.get(open.walkthroughId)}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}
