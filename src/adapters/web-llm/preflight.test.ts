import { describe, expect, it } from 'vitest';
import { runPreflight, type AdapterLike, type ModelNeeds, type NavigatorLike } from './preflight';

const gigabyte = 1e9;
const chromeLinux =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';

function fakeAdapter(overrides: Partial<AdapterLike['limits']> = {}, f16 = false): AdapterLike {
  return {
    features: { has: (name) => f16 && name === 'shader-f16' },
    limits: {
      maxBufferSize: 2 * gigabyte,
      maxStorageBufferBindingSize: 1 * gigabyte,
      ...overrides,
    },
    info: { vendor: 'google', architecture: 'swiftshader' },
  };
}

function fakeNavigator(options: {
  adapter?: AdapterLike | null;
  gpu?: boolean;
  quota?: number;
  usage?: number;
  persist?: boolean;
}): NavigatorLike & { persistCalls: number } {
  const fake = {
    userAgent: chromeLinux,
    persistCalls: 0,
    storage: {
      estimate: async () => ({ quota: options.quota ?? 100 * gigabyte, usage: options.usage ?? 0 }),
      persisted: async () => false,
      persist: async () => {
        fake.persistCalls++;
        return options.persist ?? true;
      },
    },
    ...(options.gpu === false
      ? {}
      : { gpu: { requestAdapter: async () => options.adapter ?? null } }),
  };
  return fake;
}

const coalm16: ModelNeeds = {
  label: 'CoALM 8B (q4f16_1)',
  requiresShaderF16: true,
  largestTensorBytes: 262_668_288,
  downloadBytes: 4.5 * gigabyte,
  cached: false,
};

function statusOf(result: Awaited<ReturnType<typeof runPreflight>>, id: string) {
  return result.checks.find((check) => check.id === id);
}

describe('runPreflight', () => {
  it('refuses an insecure context first', async () => {
    const result = await runPreflight({ isSecureContext: false, navigator: fakeNavigator({}) });
    expect(result.ok).toBe(false);
    expect(statusOf(result, 'secure-context')?.message).toMatch(/https.*localhost/);
  });

  it('explains how to get WebGPU when navigator.gpu is missing', async () => {
    const result = await runPreflight({
      isSecureContext: true,
      navigator: fakeNavigator({ gpu: false }),
    });
    expect(result.ok).toBe(false);
    const check = statusOf(result, 'webgpu');
    expect(check?.message).toMatch(/^This browser does not expose WebGPU/);
    // Only this browser's steps (Chrome on Linux), not every browser's flags.
    expect(check?.guidance?.browser).toBe('Chrome');
    expect(check?.guidance?.steps).toMatch(/On Linux start Chrome with --enable-unsafe-webgpu/);
    expect(check?.guidance?.steps).not.toMatch(/Safari|Firefox|about:config/);
  });

  it('gives every browser its own steps, and an unknown browser all of them', async () => {
    const guidanceFor = async (userAgent: string) => {
      const navigator = { ...fakeNavigator({ gpu: false }), userAgent };
      const result = await runPreflight({ isSecureContext: true, navigator });
      return statusOf(result, 'webgpu')?.guidance;
    };
    const firefox = await guidanceFor('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Firefox/140.0');
    expect(firefox?.browser).toBe('Firefox');
    expect(firefox?.steps).toMatch(/dom\.webgpu\.enabled/);
    expect(firefox?.steps).not.toMatch(/chrome:/);
    const unknown = await guidanceFor('SomeBrowser/1.0');
    expect(unknown?.browser).toBe('your browser');
    expect(unknown?.steps).toMatch(/Chrome: .*Safari: .*Firefox: /);
  });

  it('reports a missing adapter', async () => {
    const result = await runPreflight({
      isSecureContext: true,
      navigator: fakeNavigator({ adapter: null }),
    });
    expect(statusOf(result, 'adapter')?.status).toBe('fail');
    expect(statusOf(result, 'adapter')?.guidance?.browser).toBe('Chrome');
  });

  it('recommends q4f32_1 without shader-f16 and fails a q4f16_1 model', async () => {
    const navigator = fakeNavigator({ adapter: fakeAdapter() });
    const general = await runPreflight({ isSecureContext: true, navigator });
    expect(general.ok).toBe(true);
    expect(general.shaderF16).toBe(false);
    expect(general.recommendedQuantization).toBe('q4f32_1');
    expect(navigator.persistCalls).toBe(0);
    const forF16 = await runPreflight({ isSecureContext: true, navigator }, coalm16);
    expect(forF16.ok).toBe(false);
    expect(statusOf(forF16, 'shader-f16')?.message).toMatch(/q4f32_1/);
  });

  it('passes with shader-f16 and asks for persistent storage before a download', async () => {
    const navigator = fakeNavigator({ adapter: fakeAdapter({}, true) });
    const result = await runPreflight({ isSecureContext: true, navigator }, coalm16);
    expect(result.ok).toBe(true);
    expect(result.recommendedQuantization).toBe('q4f16_1');
    expect(navigator.persistCalls).toBe(1);
    expect(statusOf(result, 'persistence')?.status).toBe('pass');
  });

  it('fails limits too small for the largest tensor', async () => {
    const navigator = fakeNavigator({
      adapter: fakeAdapter({ maxStorageBufferBindingSize: 128 * 1024 * 1024 }, true),
    });
    const result = await runPreflight({ isSecureContext: true, navigator }, coalm16);
    expect(statusOf(result, 'limits')?.status).toBe('fail');
    expect(statusOf(result, 'limits')?.message).toMatch(
      /maxStorageBufferBindingSize.*smaller model/,
    );
  });

  it('fails when the download does not fit the storage quota, unless already cached', async () => {
    const navigator = fakeNavigator({
      adapter: fakeAdapter({}, true),
      quota: 5 * gigabyte,
      usage: 2 * gigabyte,
      persist: false,
    });
    const result = await runPreflight({ isSecureContext: true, navigator }, coalm16);
    expect(statusOf(result, 'storage')?.status).toBe('fail');
    expect(statusOf(result, 'storage')?.message).toMatch(/Free disk space/);
    expect(statusOf(result, 'persistence')?.status).toBe('warn');
    const cached = await runPreflight(
      { isSecureContext: true, navigator },
      { ...coalm16, cached: true },
    );
    expect(cached.ok).toBe(true);
  });
});
