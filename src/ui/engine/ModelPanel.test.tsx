// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../store/app-store';
import type { EngineSlice } from '../../store/engine/engine-types';
import type { ModelEntry } from '../../store/engine/engine-view';
import { AppStoreProvider } from '../app-store-context';
import { EngineBanner } from './EngineBanner';
import { ModelPanel } from './ModelPanel';

afterEach(cleanup);

const coalm: ModelEntry = {
  id: 'CoALM-8B-q4f32_1-MLC',
  label: 'CoALM 8B (q4f32_1)',
  isCoalm: true,
  note: 'the fine-tuned conversational agent model',
  quantization: 'q4f32_1',
  contextWindow: 4096,
  requiresShaderF16: false,
  downloadBytes: 5.0e9,
  vramMB: 6101,
  largestTensorBytes: 262_668_288,
  licence: 'CC BY-NC 4.0 (non-commercial) + Llama 3.1 Community Licence',
  cached: true,
  weightsUrl: 'http://127.0.0.1/models/CoALM-8B-q4f32_1-MLC/',
};
const qwen: ModelEntry = {
  ...coalm,
  id: 'Qwen2.5-1.5B-Instruct-q4f32_1-MLC',
  label: 'Qwen2.5 1.5B Instruct (q4f32_1)',
  isCoalm: false,
  note: 'not CoALM: same prompts, zero-shot',
  licence: 'Apache 2.0',
  cached: false,
};

function renderWith(patch: Partial<EngineSlice>) {
  const store = createAppStore({
    engine: {
      environment: {
        isSecureContext: true,
        navigator: { userAgent: 'test' },
        origin: 'http://127.0.0.1',
        search: '',
        fetch: globalThis.fetch,
        settings: { get: () => null, set: () => {} },
        defaultWeightsUrl: '',
      },
    },
  });
  const actions = {
    loadModel: vi.fn(async () => {}),
    cancelLoad: vi.fn(),
    retry: vi.fn(async () => {}),
    takeOverLock: vi.fn(async () => {}),
    deleteCachedModel: vi.fn(async () => {}),
    repair: vi.fn(async () => {}),
    selectModel: vi.fn(),
    setWeightsUrl: vi.fn(),
  };
  store.setState((state) => ({ engine: { ...state.engine, ...actions, ...patch } }));
  render(
    <AppStoreProvider store={store}>
      <EngineBanner />
      <ModelPanel />
    </AppStoreProvider>,
  );
  return actions;
}

describe('ModelPanel and EngineBanner', () => {
  it('shows every model with size, memory, cache state, licence and honest labels', () => {
    const actions = renderWith({
      catalogue: [coalm, qwen],
      catalogueStatus: 'ready',
      selectedModelId: coalm.id,
      storage: { usageBytes: 5e9, quotaBytes: 60e9 },
    });
    const group = screen.getByRole('group', { name: 'Model choice' });
    expect(group.textContent).toMatch(/CC BY-NC 4\.0/);
    expect(group.textContent).toMatch(/not CoALM: same prompts, zero-shot/);
    expect(group.textContent).toMatch(/download about 5\.0 GB/);
    expect(group.textContent).toMatch(/6\.1 GB of GPU memory/);
    expect(screen.getByText(/Storage used by this site: 5\.0 GB of 60\.0 GB/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /Qwen2\.5 1\.5B/ }));
    expect(actions.selectModel).toHaveBeenCalledWith(qwen.id);
    fireEvent.click(screen.getByRole('button', { name: 'Load CoALM 8B (q4f32_1)' }));
    expect(actions.loadModel).toHaveBeenCalledWith(coalm.id);
    fireEvent.click(screen.getByRole('button', { name: /Delete CoALM 8B/ }));
    expect(actions.deleteCachedModel).toHaveBeenCalledWith(coalm.id);
  });

  it('shows phase, bytes, speed and time left while loading, with cancel', () => {
    const actions = renderWith({
      status: 'loading',
      label: 'Loading CoALM 8B (q4f32_1)…',
      progress: {
        phase: 'download',
        fraction: 0.25,
        text: '',
        elapsedSeconds: 10,
        loadedBytes: 1.25e9,
        totalBytes: 5e9,
        bytesPerSecond: 125e6,
        secondsLeft: 30,
      },
    });
    expect(screen.getByText(/1\.3 GB of 5\.0 GB, 125 MB\/s, about 30 s left/)).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Downloading weights progress' })).toBeTruthy();
    expect(screen.getByRole('status', { name: 'Engine' }).textContent).toMatch(/25%/);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel loading' }));
    expect(actions.cancelLoad).toHaveBeenCalled();
  });

  it('puts the error and its actions in the banner', () => {
    const actions = renderWith({
      status: 'error',
      label: 'The GPU stopped responding.',
      error: {
        kind: 'device-lost',
        message: 'The GPU stopped responding.',
        canRetry: false,
        canReload: true,
        canTakeOver: false,
        suggestion: { modelId: 'CoALM-8B-q4f32_1-MLC-1k', label: 'CoALM 8B (q4f32_1, 1k context)' },
      },
    });
    const banner = screen.getByRole('alert', { name: 'Engine' });
    expect(banner.textContent).toMatch(/GPU stopped responding/);
    fireEvent.click(screen.getAllByRole('button', { name: 'Reload the model' })[0] as HTMLElement);
    expect(actions.retry).toHaveBeenCalled();
    fireEvent.click(
      screen.getAllByRole('button', {
        name: /Load CoALM 8B \(q4f32_1, 1k context\) instead/,
      })[0] as HTMLElement,
    );
    expect(actions.loadModel).toHaveBeenCalledWith('CoALM-8B-q4f32_1-MLC-1k');
  });

  it('lists preflight checks and saves the weights URL', () => {
    const actions = renderWith({
      preflight: {
        ok: false,
        shaderF16: false,
        recommendedQuantization: 'q4f32_1',
        checks: [{ id: 'webgpu', status: 'fail', message: 'This browser does not expose WebGPU.' }],
      },
    });
    expect(screen.getByRole('region', { name: 'Device check' }).textContent).toMatch(
      /does not expose WebGPU/,
    );
    fireEvent.change(screen.getByLabelText('CoALM weights URL'), {
      target: { value: 'https://cdn.example/{quant}/' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save weights URL' }));
    expect(actions.setWeightsUrl).toHaveBeenCalledWith('https://cdn.example/{quant}/');
  });
});
