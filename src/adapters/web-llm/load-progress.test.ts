import { describe, expect, it } from 'vitest';
import { mapLoadProgress } from './load-progress';

const mebibyte = 1024 * 1024;

describe('mapLoadProgress', () => {
  it('reads bytes, total, speed and time left from a download report', () => {
    const progress = mapLoadProgress({
      progress: 0.25,
      timeElapsed: 10,
      text:
        'Fetching param cache[27/108]: 1100MB fetched. 25% completed, 10 secs elapsed. It can ' +
        'take a while when we first visit this page to populate the cache.',
    });
    expect(progress.phase).toBe('download');
    expect(progress.loadedBytes).toBe(1100 * mebibyte);
    expect(progress.totalBytes).toBe(4400 * mebibyte);
    expect(progress.bytesPerSecond).toBe(110 * mebibyte);
    expect(progress.secondsLeft).toBe(30);
    expect(progress.step).toEqual({ done: 27, total: 108 });
  });

  it('recognises loading from cache and shader compilation', () => {
    const cache = mapLoadProgress({
      progress: 0.5,
      timeElapsed: 2,
      text: 'Loading model from cache[54/108]: 2200MB loaded. 50% completed, 2 secs elapsed.',
    });
    expect(cache.phase).toBe('cache-load');
    expect(cache.secondsLeft).toBe(2);
    const shaders = mapLoadProgress({
      progress: 0.2,
      timeElapsed: 4,
      text: 'Loading GPU shader modules[8/40]: 20% completed, 4 secs elapsed.',
    });
    expect(shaders.phase).toBe('shader-compile');
    expect(shaders.secondsLeft).toBe(16);
    expect(shaders.loadedBytes).toBeUndefined();
  });

  it('leaves speed and time left out when nothing has elapsed', () => {
    const start = mapLoadProgress({ progress: 0, timeElapsed: 0, text: 'Start to fetch params' });
    expect(start.phase).toBe('starting');
    expect(start.bytesPerSecond).toBeUndefined();
    expect(start.secondsLeft).toBeUndefined();
    expect(
      mapLoadProgress({ progress: 1, timeElapsed: 30, text: 'Finish loading on X' }).phase,
    ).toBe('ready');
  });
});
