// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../store/app-store';
import type { EngineSlice } from '../../store/engine/engine-types';
import { AppStoreProvider } from '../app-store-context';
import { FirstRun } from './FirstRun';

afterEach(cleanup);

const noAdapter: NonNullable<EngineSlice['preflight']> = {
  ok: false,
  shaderF16: false,
  recommendedQuantization: 'q4f32_1',
  checks: [
    { id: 'webgpu', status: 'pass', message: 'WebGPU is available.' },
    {
      id: 'adapter',
      status: 'fail',
      message: 'no GPU adapter was granted',
      guidance: { browser: 'Firefox', steps: 'Set dom.webgpu.enabled to true.' },
    },
  ],
};

function renderWith(patch: Partial<EngineSlice>) {
  const store = createAppStore({});
  const startDemo = vi.fn(async () => true);
  store.setState((state) => ({ engine: { ...state.engine, startDemo, ...patch } }));
  const onOpenModel = vi.fn();
  render(
    <AppStoreProvider store={store}>
      <FirstRun onOpenModel={onOpenModel} />
    </AppStoreProvider>,
  );
  return { startDemo, onOpenModel };
}

describe('FirstRun', () => {
  it('without a GPU: one line, the demo as the way on, the steps for this browser folded', () => {
    const { startDemo } = renderWith({ status: 'none', preflight: noAdapter });
    expect(screen.getByTestId('device-summary').textContent).toBe(
      'WebGPU is here but no GPU was granted, so no model can run in the page.',
    );
    expect(screen.queryByText('WebGPU is available.')).toBeNull();
    expect(screen.queryByRole('button', { name: /Load a model/ })).toBeNull();
    expect(screen.getByText('How to enable WebGPU in Firefox').tagName).toBe('SUMMARY');
    fireEvent.click(screen.getByRole('button', { name: /Try the demo \(scripted replies/ }));
    expect(startDemo).toHaveBeenCalledTimes(1);
  });

  it('with WebGPU: loading a model opens the Model drawer', () => {
    const { onOpenModel } = renderWith({
      status: 'none',
      preflight: { ...noAdapter, ok: true, checks: [], adapterName: 'test GPU' },
    });
    expect(screen.getByTestId('device-summary').textContent).toMatch(/WebGPU on test GPU/);
    expect(screen.queryByText(/How to enable WebGPU/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Load a model in this page' }));
    expect(onOpenModel).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: /Connect to a model server/ }));
    expect(onOpenModel).toHaveBeenLastCalledWith('server');
  });

  it('steps aside once something answers', () => {
    renderWith({ status: 'scripted', preflight: noAdapter });
    expect(screen.queryByRole('region', { name: 'Get started' })).toBeNull();
  });
});
