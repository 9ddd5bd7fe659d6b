import { describe, expect, it } from 'vitest';
import { ChatModelError } from '../../core/model/chat-model';
import { classifyEngineError, classifyErrorKind } from './classify-error';

describe('classifyErrorKind', () => {
  it.each([
    ['DeviceLostError: The WebGPU device was lost while loading the model.', 'device-lost'],
    ['Error: GPU device lost: reason unknown', 'device-lost'],
    [
      'ContextWindowSizeExceededError: Prompt tokens exceed context window size',
      'context-overflow',
    ],
    ['Error: Out of memory while allocating buffer', 'out-of-memory'],
    ['GPUOutOfMemoryError: allocation failed', 'out-of-memory'],
    ['TypeError: Failed to fetch', 'network'],
    // What Chromium's Cache Storage says when web-llm's cache.add() gets a 404.
    ["TypeError: Failed to execute 'add' on 'Cache': Request failed", 'network'],
    ['Error: Cannot fetch https://x/models/tensor-cache.json, status 404', 'network'],
    ['WorkerCrashError: worker script failed', 'worker-crashed'],
    ['AbortError: The operation was aborted.', 'aborted'],
    ['EngineNotLoadedError: no engine', 'not-loaded'],
    ['Error: something odd', 'unknown'],
  ])('%s -> %s', (text, kind) => {
    expect(classifyErrorKind(text)).toBe(kind);
  });

  it('reads Error objects by name and keeps ChatModelErrors as they are', () => {
    const error = new Error('boom');
    error.name = 'DeviceLostError';
    expect(classifyErrorKind(error)).toBe('device-lost');
    const original = new ChatModelError('network', 'x');
    expect(classifyEngineError(original)).toBe(original);
  });

  it('gives advice and keeps the raw text', () => {
    const error = classifyEngineError('Error: Out of memory');
    expect(error.kind).toBe('out-of-memory');
    expect(error.message).toMatch(/smaller model/);
    expect(error.message).toContain('Error: Out of memory');
  });
});
