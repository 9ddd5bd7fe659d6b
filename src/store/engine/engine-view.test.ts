import { describe, expect, it } from 'vitest';
import { formatDuration, loadProgressView, storageUsage } from './engine-view';

describe('engine view', () => {
  it('words durations in seconds, minutes and hours', () => {
    expect(formatDuration(-3)).toBe('0 s');
    expect(formatDuration(59.4)).toBe('59 s');
    expect(formatDuration(125)).toBe('2 min 5 s');
    expect(formatDuration(3 * 3600 + 7 * 60)).toBe('3 h 7 min');
  });

  it('shows a load only while loading, with no percentage while it starts', () => {
    const progress = { phase: 'starting' as const, fraction: 0, text: '', elapsedSeconds: 0 };
    expect(loadProgressView({ status: 'ready', progress })).toBeNull();
    expect(loadProgressView({ status: 'loading', progress })).toMatchObject({
      short: '',
      facts: '',
    });
    const download = { ...progress, phase: 'download' as const, fraction: 0.5, loadedBytes: 2e9 };
    expect(loadProgressView({ status: 'loading', progress: download })).toMatchObject({
      phase: 'Downloading weights',
      short: 'Downloading weights: 50%',
      facts: '2.0 GB',
    });
  });

  it('says nothing of storage before it is known', () => {
    expect(storageUsage({ storage: null })).toBeNull();
    expect(storageUsage({ storage: { usageBytes: 5e6, quotaBytes: 1e9 } })).toBe(
      'Storage used by this site: 5 MB of 1.0 GB available to it.',
    );
  });
});
