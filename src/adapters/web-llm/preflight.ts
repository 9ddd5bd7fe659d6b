import { formatBytes, messages, webGpuGuidance, type WebGpuGuidance } from './webgpu-guidance';

// Everything the page must know before a multi-gigabyte download. Works on any object shaped
// like `navigator`, so Node tests pass fakes and the browser passes the real one.

export interface AdapterLike {
  features: { has(name: string): boolean };
  limits: { maxBufferSize: number; maxStorageBufferBindingSize: number };
  info?: { vendor?: string; architecture?: string; description?: string };
}

export interface NavigatorLike {
  userAgent: string;
  gpu?: { requestAdapter(options?: { powerPreference?: string }): Promise<AdapterLike | null> };
  storage?: {
    estimate?(): Promise<{ quota?: number; usage?: number }>;
    persist?(): Promise<boolean>;
    persisted?(): Promise<boolean>;
  };
}

export interface PreflightEnvironment {
  isSecureContext: boolean;
  navigator: NavigatorLike;
}

/** What one model needs; omitted for the general check at start-up. */
export interface ModelNeeds {
  label: string;
  requiresShaderF16: boolean;
  largestTensorBytes: number;
  downloadBytes: number;
  cached: boolean;
}

export type CheckId =
  'secure-context' | 'webgpu' | 'adapter' | 'shader-f16' | 'limits' | 'storage' | 'persistence';

export interface PreflightCheck {
  id: CheckId;
  status: 'pass' | 'warn' | 'fail';
  message: string;
  /** Set where turning WebGPU on is the fix: the steps for the browser in use. */
  guidance?: WebGpuGuidance;
}

export interface PreflightResult {
  ok: boolean;
  checks: PreflightCheck[];
  shaderF16: boolean;
  recommendedQuantization: 'q4f16_1' | 'q4f32_1';
  adapterName?: string;
  limits?: { maxBufferSize: number; maxStorageBufferBindingSize: number };
  storage?: { quotaBytes: number; usageBytes: number };
}

/** web-llm's runtime asks for at least these (its own fallbacks from 1 GB). */
const runtimeMinimum = { maxBufferSize: 1 << 28, maxStorageBufferBindingSize: 1 << 27 };

function result(checks: PreflightCheck[], extra: Partial<PreflightResult> = {}): PreflightResult {
  return {
    ok: checks.every((check) => check.status !== 'fail'),
    checks,
    shaderF16: false,
    recommendedQuantization: 'q4f32_1',
    ...extra,
  };
}

function limitsCheck(adapter: AdapterLike, model: ModelNeeds | undefined): PreflightCheck {
  const needBuffer = Math.max(runtimeMinimum.maxBufferSize, model?.largestTensorBytes ?? 0);
  const needBinding = Math.max(
    runtimeMinimum.maxStorageBufferBindingSize,
    model?.largestTensorBytes ?? 0,
  );
  const { maxBufferSize, maxStorageBufferBindingSize } = adapter.limits;
  const short: string[] = [];
  if (maxBufferSize < needBuffer)
    short.push(`maxBufferSize ${formatBytes(maxBufferSize)} < ${formatBytes(needBuffer)}`);
  if (maxStorageBufferBindingSize < needBinding)
    short.push(
      `maxStorageBufferBindingSize ${formatBytes(maxStorageBufferBindingSize)} < ${formatBytes(needBinding)}`,
    );
  if (short.length > 0)
    return { id: 'limits', status: 'fail', message: messages.limitsTooLow(short.join(', ')) };
  return {
    id: 'limits',
    status: 'pass',
    message: `GPU buffer limits are enough (largest binding ${formatBytes(maxStorageBufferBindingSize)}).`,
  };
}

async function storageCheck(
  navigator: NavigatorLike,
  model: ModelNeeds | undefined,
): Promise<{ check: PreflightCheck; storage?: PreflightResult['storage'] }> {
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  if (estimate?.quota === undefined)
    return { check: { id: 'storage', status: 'warn', message: messages.storageUnknown } };
  const storage = { quotaBytes: estimate.quota, usageBytes: estimate.usage ?? 0 };
  const available = storage.quotaBytes - storage.usageBytes;
  const needed = model && !model.cached ? model.downloadBytes : 0;
  if (needed > available)
    return {
      storage,
      check: {
        id: 'storage',
        status: 'fail',
        message: messages.storageTooSmall(formatBytes(needed), formatBytes(available)),
      },
    };
  return {
    storage,
    check: { id: 'storage', status: 'pass', message: `${formatBytes(available)} of storage free.` },
  };
}

async function persistenceCheck(navigator: NavigatorLike): Promise<PreflightCheck> {
  const already = await navigator.storage?.persisted?.().catch(() => false);
  const granted = already || (await navigator.storage?.persist?.().catch(() => false));
  return granted
    ? { id: 'persistence', status: 'pass', message: messages.persistGranted }
    : { id: 'persistence', status: 'warn', message: messages.persistDenied };
}

export async function runPreflight(
  environment: PreflightEnvironment,
  model?: ModelNeeds,
): Promise<PreflightResult> {
  const { navigator } = environment;
  if (!environment.isSecureContext)
    return result([{ id: 'secure-context', status: 'fail', message: messages.insecureContext }]);
  const checks: PreflightCheck[] = [
    { id: 'secure-context', status: 'pass', message: 'Secure context.' },
  ];
  if (!navigator.gpu) {
    checks.push({
      id: 'webgpu',
      status: 'fail',
      message: messages.noWebGpu,
      guidance: webGpuGuidance(navigator.userAgent),
    });
    return result(checks);
  }
  checks.push({ id: 'webgpu', status: 'pass', message: 'WebGPU is available.' });
  const adapter = await navigator.gpu
    .requestAdapter({ powerPreference: 'high-performance' })
    .catch(() => null);
  if (!adapter) {
    checks.push({
      id: 'adapter',
      status: 'fail',
      message: messages.noAdapter,
      guidance: webGpuGuidance(navigator.userAgent),
    });
    return result(checks);
  }
  const adapterName =
    [adapter.info?.vendor, adapter.info?.architecture, adapter.info?.description]
      .filter(Boolean)
      .join(' ') || 'unnamed GPU';
  checks.push({ id: 'adapter', status: 'pass', message: `GPU adapter: ${adapterName}.` });
  const shaderF16 = adapter.features.has('shader-f16');
  const f16Fail = !shaderF16 && model?.requiresShaderF16 === true;
  checks.push({
    id: 'shader-f16',
    status: f16Fail ? 'fail' : shaderF16 ? 'pass' : 'warn',
    message: f16Fail
      ? `${model.label} needs shader-f16, which this GPU lacks: choose its q4f32_1 build.`
      : shaderF16
        ? messages.shaderF16
        : messages.noShaderF16,
  });
  checks.push(limitsCheck(adapter, model));
  const { check, storage } = await storageCheck(navigator, model);
  checks.push(check);
  // Asking for persistence can prompt (Firefox): only when a download is about to start.
  if (model && !model.cached) checks.push(await persistenceCheck(navigator));
  return result(checks, {
    shaderF16,
    recommendedQuantization: shaderF16 ? 'q4f16_1' : 'q4f32_1',
    adapterName,
    limits: {
      maxBufferSize: adapter.limits.maxBufferSize,
      maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
    },
    ...(storage ? { storage } : {}),
  });
}
