import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Options = {
  immediate?: boolean;
  onNeedRefresh?: () => void;
  onOfflineReady?: () => void;
  onNeedReload?: () => void;
  onRegisteredSW?: (url: string, registration: unknown) => void;
};

const helper = vi.hoisted(() => ({
  options: null as Options | null,
  update: vi.fn(async (_reload?: boolean) => {}),
}));

vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: Options) => {
    helper.options = options;
    return helper.update;
  },
}));

const { registerServiceWorker } = await import('./register-service-worker');

function events() {
  return { onUpdateReady: vi.fn(), onOfflineReady: vi.fn(), onNewVersionActive: vi.fn() };
}

describe('registerServiceWorker', () => {
  beforeEach(() => {
    helper.options = null;
    helper.update.mockClear();
    vi.stubGlobal('navigator', { serviceWorker: {}, onLine: true });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('does nothing where service workers do not exist', () => {
    vi.stubGlobal('navigator', {});
    registerServiceWorker(events());
    expect(helper.options).toBeNull();
  });

  it('registers at once and passes the helper events on', async () => {
    const given = events();
    registerServiceWorker(given);
    expect(helper.options?.immediate).toBe(true);
    helper.options?.onOfflineReady?.();
    expect(given.onOfflineReady).toHaveBeenCalledTimes(1);
    helper.options?.onNeedRefresh?.();
    const apply = given.onUpdateReady.mock.calls[0]?.[0] as () => Promise<void>;
    await apply();
    expect(helper.update).toHaveBeenCalledWith(true);
  });

  it('leaves the reload to the app instead of reloading mid-reply', () => {
    const given = events();
    registerServiceWorker(given);
    expect(helper.options?.onNeedReload).toBeTypeOf('function');
    helper.options?.onNeedReload?.();
    expect(given.onNewVersionActive).toHaveBeenCalledTimes(1);
    expect(given.onNewVersionActive.mock.calls[0]?.[0]).toBeTypeOf('function');
  });

  it('checks for a new version every hour while online', () => {
    vi.useFakeTimers();
    const registration = { update: vi.fn(async () => {}) };
    registerServiceWorker(events());
    helper.options?.onRegisteredSW?.('/sw.js', registration);
    vi.advanceTimersByTime(60 * 60 * 1000);
    expect(registration.update).toHaveBeenCalledTimes(1);
    vi.stubGlobal('navigator', { serviceWorker: {}, onLine: false });
    vi.advanceTimersByTime(60 * 60 * 1000);
    expect(registration.update).toHaveBeenCalledTimes(1);
  });
});
