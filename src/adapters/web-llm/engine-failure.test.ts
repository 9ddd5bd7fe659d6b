import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from './catalogue';
import { modelFailureView } from './engine-failure';
import type { EngineModelRecord } from './web-llm-boundary';

const { entries } = buildCatalogue(prebuiltAppConfig.model_list as EngineModelRecord[], {
  weightsUrl: '',
  origin: 'https://a.example',
});
const current = entries.find((entry) => entry.id === 'CoALM-8B-q4f16_1-MLC');

describe('modelFailureView', () => {
  it('offers a reload after the first device loss, without a smaller model', () => {
    const view = modelFailureView('device-lost', '', { deviceLossCount: 1, entries, current });
    expect(view.canReload).toBe(true);
    expect(view.message).toMatch(/conversation is kept/);
    expect(view.suggestion).toBeUndefined();
  });

  it('suggests the 1k-context variant after the second loss', () => {
    const view = modelFailureView('device-lost', '', { deviceLossCount: 2, entries, current });
    expect(view.suggestion?.modelId).toBe('CoALM-8B-q4f16_1-MLC-1k');
    expect(view.message).toMatch(/lost 2 times/);
  });

  it('suggests a smaller variant when out of memory, and retry for network errors', () => {
    const oom = modelFailureView('out-of-memory', '', { deviceLossCount: 0, entries, current });
    expect(oom.suggestion).toBeDefined();
    const network = modelFailureView('network', 'x', { deviceLossCount: 0, entries, current });
    expect(network.canRetry).toBe(true);
    expect(network.canReload).toBe(false);
  });
});
