import type { EngineProgressReport } from './web-llm-boundary';

export type LoadPhase = 'starting' | 'download' | 'cache-load' | 'shader-compile' | 'ready';

export interface LoadProgress {
  phase: LoadPhase;
  /** 0..1 within the current phase (web-llm restarts its progress for each phase). */
  fraction: number;
  /** web-llm's own line, kept for the details view. */
  text: string;
  elapsedSeconds: number;
  loadedBytes?: number;
  totalBytes?: number;
  bytesPerSecond?: number;
  secondsLeft?: number;
  step?: { done: number; total: number };
}

const mebibyte = 1024 * 1024;

function phaseOf(text: string): LoadPhase {
  if (text.startsWith('Fetching param cache')) return 'download';
  if (text.startsWith('Loading model from cache')) return 'cache-load';
  if (text.startsWith('Loading GPU shader modules')) return 'shader-compile';
  if (text.startsWith('Finish loading')) return 'ready';
  return 'starting';
}

function stepOf(text: string): { done: number; total: number } | undefined {
  const match = /\[(\d+)\/(\d+)\]/.exec(text);
  if (!match) return undefined;
  return { done: Number(match[1]), total: Number(match[2]) };
}

/**
 * Turns web-llm's `{progress, timeElapsed, text}` reports into a phase with bytes, speed and
 * time left where the text allows: "Fetching param cache[3/108]: 512MB fetched. 12% ..." gives
 * the bytes so far, and bytes / progress gives the total.
 */
export function mapLoadProgress(report: EngineProgressReport): LoadProgress {
  const phase = phaseOf(report.text);
  const fraction = Math.min(1, Math.max(0, report.progress));
  const elapsedSeconds = report.timeElapsed;
  const progress: LoadProgress = { phase, fraction, text: report.text, elapsedSeconds };
  const step = stepOf(report.text);
  if (step) progress.step = step;

  const bytesMatch = /(\d+)MB (?:fetched|loaded)/.exec(report.text);
  if (bytesMatch) {
    const loadedBytes = Number(bytesMatch[1]) * mebibyte;
    progress.loadedBytes = loadedBytes;
    if (fraction > 0) progress.totalBytes = Math.round(loadedBytes / fraction);
    if (elapsedSeconds > 0) {
      progress.bytesPerSecond = loadedBytes / elapsedSeconds;
      if (progress.totalBytes !== undefined && progress.bytesPerSecond > 0) {
        const remaining = Math.max(0, progress.totalBytes - loadedBytes);
        progress.secondsLeft = Math.round(remaining / progress.bytesPerSecond);
      }
    }
  } else if (phase === 'shader-compile' && fraction > 0 && elapsedSeconds > 0) {
    progress.secondsLeft = Math.round((elapsedSeconds * (1 - fraction)) / fraction);
  }
  return progress;
}

export const phaseLabels: Record<LoadPhase, string> = {
  starting: 'Starting',
  download: 'Downloading weights',
  'cache-load': 'Loading weights from the browser cache',
  'shader-compile': 'Compiling GPU shaders',
  ready: 'Ready',
};
