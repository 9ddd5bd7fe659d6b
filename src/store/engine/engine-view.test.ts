import { describe, expect, it } from 'vitest';
import type { PreflightCheck, PreflightResult } from '../../adapters/web-llm/preflight';
import { deviceSummary, formatDuration, loadProgressView, storageUsage } from './engine-view';

function preflight(checks: PreflightCheck[], adapterName?: string): PreflightResult {
  return {
    ok: checks.every((check) => check.status !== 'fail'),
    checks,
    shaderF16: false,
    recommendedQuantization: 'q4f32_1',
    ...(adapterName ? { adapterName } : {}),
  };
}

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

  it('sums up the device in one line: the first failure wins, with its WebGPU steps', () => {
    expect(deviceSummary(null).canRunInPage).toBeNull();
    const guidance = { browser: 'Chrome', steps: 'Start Chrome with --enable-unsafe-webgpu.' };
    const noAdapter = deviceSummary(
      preflight([
        { id: 'secure-context', status: 'pass', message: 'Secure context.' },
        { id: 'webgpu', status: 'pass', message: 'WebGPU is available.' },
        { id: 'adapter', status: 'fail', message: 'no GPU adapter was granted', guidance },
      ]),
    );
    expect(noAdapter).toEqual({
      canRunInPage: false,
      line: 'WebGPU is here but no GPU was granted, so no model can run in the page.',
      guidance,
    });
    const ok = deviceSummary(
      preflight(
        [{ id: 'adapter', status: 'pass', message: 'GPU adapter: x.' }],
        'google swiftshader',
      ),
    );
    expect(ok.canRunInPage).toBe(true);
    expect(ok.line).toMatch(/can run a model in the page \(WebGPU on google swiftshader\)/);
    expect(ok.guidance).toBeNull();
    const storage = deviceSummary(
      preflight([{ id: 'storage', status: 'fail', message: 'Not enough browser storage.' }]),
    );
    expect(storage.line).toBe(
      'This device cannot run a model in the page: Not enough browser storage.',
    );
  });
});
