import type { ProfileSummary } from '../../store/walkthroughs/walkthrough-slice';
import {
  PUBLISHED_FIGURES,
  PUBLISHED_FIGURES_NOTE,
} from '../../store/walkthroughs/walkthrough-slice';

interface Bar {
  label: string;
  /** 0..100 */
  value: number;
  reference: boolean;
}

const metrics: { label: string; read: (summary: ProfileSummary) => number }[] = [
  { label: 'Inform', read: (summary) => summary.inform },
  { label: 'Success', read: (summary) => summary.success },
  { label: 'JGA', read: (summary) => summary.jointGoalAccuracy },
  { label: 'API acc.', read: (summary) => summary.apiAccuracy },
  { label: 'Slot F1', read: (summary) => summary.slotF1 },
];

const BAR_HEIGHT = 16;
const GAP = 4;
const LABEL_WIDTH = 330;
const CHART_WIDTH = 300;

/**
 * One horizontal bar per profile and metric; for a model's run, the paper's figures below in
 * grey (never beside scripted figures, which are not a model's score).
 */
export function MetricsBarChart({
  summaries,
  showPaper,
  agent,
}: {
  summaries: readonly ProfileSummary[];
  showPaper: boolean;
  /** Who answered, e.g. "ideal agent (scripted)". */
  agent: string;
}) {
  const bars: Bar[] = [
    ...summaries.flatMap((summary) =>
      metrics.map((metric) => ({
        label: `${agent} ${summary.profile} · ${metric.label}`,
        value: metric.read(summary) * 100,
        reference: false,
      })),
    ),
    ...(showPaper ? PUBLISHED_FIGURES : []).flatMap((figure) => [
      { label: `${figure.model} · Success*`, value: figure.success, reference: true },
      { label: `${figure.model} · JGA*`, value: figure.jointGoalAccuracy, reference: true },
    ]),
  ];
  const height = bars.length * (BAR_HEIGHT + GAP);
  return (
    <figure>
      <svg
        role="img"
        aria-label="Metrics per profile, in percent"
        width={LABEL_WIDTH + CHART_WIDTH + 50}
        height={height}
        viewBox={`0 0 ${LABEL_WIDTH + CHART_WIDTH + 50} ${height}`}
      >
        {bars.map((bar, index) => {
          const y = index * (BAR_HEIGHT + GAP);
          return (
            <g key={bar.label}>
              <text
                x={LABEL_WIDTH - 6}
                y={y + BAR_HEIGHT - 4}
                textAnchor="end"
                fontSize="12"
                fill="currentColor"
              >
                {bar.label}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y}
                width={(Math.max(0, Math.min(100, bar.value)) / 100) * CHART_WIDTH}
                height={BAR_HEIGHT}
                fill={bar.reference ? '#9e9e9e' : '#3b7dd8'}
              />
              <text
                x={LABEL_WIDTH + (Math.min(100, bar.value) / 100) * CHART_WIDTH + 4}
                y={y + BAR_HEIGHT - 4}
                fontSize="12"
                fill="currentColor"
              >
                {bar.value.toFixed(1)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="small muted">
        {showPaper
          ? `* Published CoALM paper figures, ${PUBLISHED_FIGURES_NOTE}.`
          : `${agent}: a check of the evaluator, not comparable with the CoALM paper's figures.`}
      </figcaption>
    </figure>
  );
}
