import { phaseLabels } from '../../adapters/web-llm/load-progress';
import { formatBytes } from '../../adapters/web-llm/webgpu-guidance';
import type { EngineSlice } from './engine-types';

export { SERVER_PRESETS } from '../../adapters/openai/server-config';
export type { ConnectionReport, ProbeCheck } from '../../adapters/openai/server-probe';
/** The exact text a raw-text route sent for a step's prompt (the trace shows it). */
export { rawPromptText } from '../../adapters/openai/server-request';

// The engine's state as the screen words it. The store owns this reading so that the UI shows
// text and numbers computed here and never reaches into the adapter for its labels or units.

/** One model of the catalogue, as the engine slice lists it. */
export type ModelEntry = EngineSlice['catalogue'][number];

/** The phase of a load in progress and what is known of it, worded for the screen. */
export interface LoadProgressView {
  /** e.g. "Downloading weights". */
  phase: string;
  /** 0..1 */
  fraction: number;
  /** e.g. "1.3 GB of 5.0 GB, 125 MB/s, about 30 s left"; '' when nothing is known yet. */
  facts: string;
  /** The banner's short form, e.g. "Downloading weights: 25%"; '' while starting. */
  short: string;
}

/** The load in progress, or null when no model is loading. */
export function loadProgressView(
  engine: Pick<EngineSlice, 'status' | 'progress'>,
): LoadProgressView | null {
  const { progress } = engine;
  if (engine.status !== 'loading' || !progress) return null;
  const facts: string[] = [];
  if (progress.loadedBytes !== undefined)
    facts.push(
      progress.totalBytes !== undefined
        ? `${formatBytes(progress.loadedBytes)} of ${formatBytes(progress.totalBytes)}`
        : formatBytes(progress.loadedBytes),
    );
  if (progress.bytesPerSecond !== undefined)
    facts.push(`${formatBytes(progress.bytesPerSecond)}/s`);
  if (progress.step) facts.push(`step ${progress.step.done} of ${progress.step.total}`);
  if (progress.secondsLeft !== undefined)
    facts.push(`about ${formatDuration(progress.secondsLeft)} left`);
  const phase = phaseLabels[progress.phase];
  return {
    phase,
    fraction: progress.fraction,
    facts: facts.join(', '),
    short: progress.phase === 'starting' ? '' : `${phase}: ${Math.round(progress.fraction * 100)}%`,
  };
}

/** Size, memory, cache state and licence of a model, in one line. */
export function modelDetails(entry: ModelEntry): string {
  const cached =
    entry.cached === null ? 'checking cache' : entry.cached ? 'downloaded' : 'not downloaded';
  return (
    `${entry.note} · download about ${formatBytes(entry.downloadBytes)} · ` +
    `needs about ${formatBytes(entry.vramMB * 1e6)} of GPU memory` +
    `${entry.requiresShaderF16 ? ' and shader-f16' : ''} · ${cached} · licence: ${entry.licence}`
  );
}

/** What the browser stores for this site, or null before it is known. */
export function storageUsage(engine: Pick<EngineSlice, 'storage'>): string | null {
  const { storage } = engine;
  if (!storage) return null;
  return (
    `Storage used by this site: ${formatBytes(storage.usageBytes)} of ` +
    `${formatBytes(storage.quotaBytes)} available to it.`
  );
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.max(0, Math.round(seconds))} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${Math.round(seconds % 60)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** The first screen's one line on what this device can run, and the WebGPU steps if any. */
export interface DeviceSummary {
  /** null while the check has not answered yet. */
  canRunInPage: boolean | null;
  line: string;
  /** How to turn WebGPU on in this browser, where that is the fix. */
  guidance: { browser: string; steps: string } | null;
}

const cannotRun: Partial<Record<string, string>> = {
  'secure-context':
    'This page is not served securely (https or localhost), so no model can run in it.',
  webgpu: 'This browser has no WebGPU, so no model can run in the page.',
  adapter: 'WebGPU is here but no GPU was granted, so no model can run in the page.',
};

export function deviceSummary(preflight: EngineSlice['preflight']): DeviceSummary {
  if (!preflight)
    return { canRunInPage: null, line: 'Checking what this device can run…', guidance: null };
  const failed = preflight.checks.find((check) => check.status === 'fail');
  if (!failed)
    return {
      canRunInPage: true,
      line: `This device can run a model in the page (WebGPU on ${preflight.adapterName ?? 'this GPU'}).`,
      guidance: null,
    };
  return {
    canRunInPage: false,
    line: cannotRun[failed.id] ?? `This device cannot run a model in the page: ${failed.message}`,
    guidance: failed.guidance ?? null,
  };
}
