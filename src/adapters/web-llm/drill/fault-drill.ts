// The fault drill: `?engine=drill&fault=<fault>&script=<same-origin URL>` runs the real engine
// slice, session, chat model and error handling against a simulated GPU and a simulated web-llm
// that fails on cue. A presenter can rehearse what a lost GPU looks like, and the browser fault
// suite proves that the conversation survives each failure and that the retry path works.
import type { EngineEnvironment, WebLlmAccess } from '../engine-environment';
import { fetchEngineScript } from '../engine-script';
import type { AdapterLike } from '../preflight';
import { createFakeWebLlm, FakeWorker, type FakeEngine, type FakeReply } from './simulated-web-llm';
import {
  loadWebLlmBoundary,
  type EngineAppConfig,
  type EngineProgressReport,
  type WebLlmBoundary,
} from '../web-llm-boundary';

export const drillFaults = ['device-lost', 'worker-crash', 'download-broken'] as const;
export type DrillFault = (typeof drillFaults)[number];

/** The model call (0-based, over the whole drill) at which a running model fails. */
export const drillFailureCall = 2;

export interface FaultDrillRequest {
  fault: DrillFault;
  scriptUrl: string | null;
}

export function faultDrillFromSearch(search: string): FaultDrillRequest | null {
  const params = new URLSearchParams(search);
  if (params.get('engine') !== 'drill') return null;
  const fault = params.get('fault');
  const known = drillFaults.find((item) => item === fault);
  return { fault: known ?? 'device-lost', scriptUrl: params.get('script') };
}

/** A GPU with 4 GiB buffers and no shader-f16, like many laptops: preflight picks q4f32_1. */
const simulatedAdapter: AdapterLike = {
  features: { has: () => false },
  limits: { maxBufferSize: 4 * 2 ** 30, maxStorageBufferBindingSize: 2 * 2 ** 30 },
  info: { vendor: 'fault drill', description: 'simulated GPU' },
};

const gigabyte = 2 ** 30;

/** web-llm's own wording, so the real progress mapper parses it. */
function fetchReport(fraction: number, seconds: number): EngineProgressReport {
  const shards = 20;
  const done = Math.round(fraction * shards);
  const megabytes = Math.round(fraction * 4300);
  return {
    progress: fraction,
    timeElapsed: seconds,
    text:
      `Fetching param cache[${done}/${shards}]: ${megabytes}MB fetched. ` +
      `${Math.round(fraction * 100)}% completed, ${seconds} secs elapsed.`,
  };
}

const firstHalf = [0.1, 0.25, 0.5].map((fraction, index) => fetchReport(fraction, index + 1));
const secondHalf = [0.5, 0.75, 1].map((fraction, index) => fetchReport(fraction, index + 4));

export function createFaultDrill(
  request: FaultDrillRequest,
  base: EngineEnvironment,
  loadPrebuilt: () => Promise<EngineAppConfig> = async () =>
    (await loadWebLlmBoundary()).prebuiltAppConfig,
): { environment: EngineEnvironment; webLlm: WebLlmAccess } {
  const environment: EngineEnvironment = {
    ...base,
    isSecureContext: true,
    navigator: {
      ...base.navigator,
      userAgent: base.navigator.userAgent,
      gpu: { requestAdapter: async () => simulatedAdapter },
      storage: {
        estimate: async () => ({ quota: 64 * gigabyte, usage: 0 }),
        persist: async () => true,
        persisted: async () => true,
      },
    },
  };

  let boundary: Promise<WebLlmBoundary> | null = null;
  let worker: FakeWorker | null = null;
  return {
    environment,
    webLlm: {
      createWorker: () => (worker = new FakeWorker()),
      loadBoundary: () => (boundary ??= buildBoundary()),
    },
  };

  async function buildBoundary(): Promise<WebLlmBoundary> {
    const fake = createFakeWebLlm(await loadPrebuilt());
    // One queue of replies for the whole drill: a reloaded engine goes on where the lost one
    // stopped, as a real reload would go on with the same conversation.
    let queue: FakeReply[] | null = null;
    let calls = 0;
    let loads = 0;
    const replies = async () => {
      if (queue) return queue;
      const script = await fetchEngineScript(request.scriptUrl, base.origin, base.fetch);
      queue = script.outputs.map((output) => ({ deltas: output.match(/[\s\S]{1,4}/g) ?? [] }));
      return queue;
    };
    return {
      ...fake,
      async createWorkerEngine(engineWorker, modelId, options) {
        const shared = await replies();
        loads += 1;
        // download-broken: the first download stops half-way; a retry resumes from there.
        const broken = request.fault === 'download-broken' && loads === 1;
        const resumed = request.fault === 'download-broken' && loads > 1;
        fake.progressReports = broken
          ? firstHalf
          : resumed
            ? secondHalf
            : [...firstHalf, ...secondHalf];
        if (broken) fake.loadError = 'NetworkError: Failed to fetch (the download broke off)';
        const engine = (await fake.createWorkerEngine(
          engineWorker,
          modelId,
          options,
        )) as FakeEngine;
        engine.replies = shared;
        const create = engine.chat.completions.create;
        engine.chat.completions.create = async (completion) => {
          const call = calls++;
          if (call === drillFailureCall && request.fault === 'device-lost')
            throw 'DeviceLostError: The WebGPU device was lost (fault drill).';
          if (call === drillFailureCall && request.fault === 'worker-crash') {
            worker?.crash('fault drill: the worker ran out of memory');
            return new Promise<never>(() => {});
          }
          return create(completion);
        };
        return engine;
      },
    };
  }
}
