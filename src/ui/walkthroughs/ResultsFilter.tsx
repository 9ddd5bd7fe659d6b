import type { Walkthrough } from '../../store/walkthroughs/walkthrough-slice';

const DOMAINS = ['restaurant', 'hotel', 'train', 'attraction', 'taxi'];

export interface ResultsFilterValue {
  domain: string;
  feature: string;
}

/** Domains and features (fail_book, clarification, ...) to narrow the per-walkthrough table. */
export function ResultsFilter({
  walkthroughs,
  value,
  onChange,
}: {
  walkthroughs: readonly Walkthrough[];
  value: ResultsFilterValue;
  onChange: (value: ResultsFilterValue) => void;
}) {
  const tags = new Set(walkthroughs.flatMap((walkthrough) => walkthrough.tags));
  const domains = DOMAINS.filter((domain) => tags.has(domain));
  const features = [...tags].filter((tag) => !DOMAINS.includes(tag)).sort();
  return (
    <p role="group" aria-label="Filter results">
      <label>
        Domain{' '}
        <select
          value={value.domain}
          onChange={(event) => onChange({ ...value, domain: event.target.value })}
        >
          <option value="">any</option>
          {domains.map((domain) => (
            <option key={domain}>{domain}</option>
          ))}
        </select>
      </label>{' '}
      <label>
        Feature{' '}
        <select
          value={value.feature}
          onChange={(event) => onChange({ ...value, feature: event.target.value })}
        >
          <option value="">any</option>
          {features.map((feature) => (
            <option key={feature}>{feature}</option>
          ))}
        </select>
      </label>
    </p>
  );
}

export function matchesFilter(walkthrough: Walkthrough | undefined, filter: ResultsFilterValue) {
  if (!walkthrough) return filter.domain === '' && filter.feature === '';
  return (
    (filter.domain === '' || walkthrough.tags.includes(filter.domain)) &&
    (filter.feature === '' || walkthrough.tags.includes(filter.feature))
  );
}
