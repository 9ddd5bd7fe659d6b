// Actionable text for each preflight failure. The browser is guessed from the user agent so that
// a person reads only their own browser's steps for turning WebGPU on (another browser's flags are
// noise to them); an unknown browser gets every browser's steps.

export type BrowserName = 'edge' | 'chrome' | 'safari' | 'firefox' | 'other';

export function detectBrowser(userAgent: string): BrowserName {
  if (/Edg\//.test(userAgent)) return 'edge';
  if (/Firefox\//.test(userAgent)) return 'firefox';
  if (/Chrom(e|ium)\//.test(userAgent)) return 'chrome';
  if (/Safari\//.test(userAgent)) return 'safari';
  return 'other';
}

const browserNames: Record<Exclude<BrowserName, 'other'>, string> = {
  chrome: 'Chrome',
  edge: 'Edge',
  safari: 'Safari',
  firefox: 'Firefox',
};

const perBrowser: Record<Exclude<BrowserName, 'other'>, string> = {
  chrome:
    'WebGPU is on by default in Chrome 113+ on Windows, macOS and ChromeOS, and 121+ on ' +
    'Android. On Linux start Chrome with --enable-unsafe-webgpu --enable-features=Vulkan (or ' +
    'enable chrome://flags/#enable-unsafe-webgpu and #enable-vulkan) and check chrome://gpu.',
  edge: 'Like Chrome (version 113+); on Linux enable edge://flags/#enable-unsafe-webgpu.',
  safari:
    'WebGPU is on in Safari 26 (macOS 26, iOS 26); on Safari 18 enable it under ' +
    'Develop > Feature Flags > WebGPU.',
  firefox:
    'WebGPU is on in Firefox 141+ on Windows and 145+ on macOS (Apple silicon); ' +
    'elsewhere use Nightly or set dom.webgpu.enabled to true in about:config.',
};

/** How to turn WebGPU on, for the browser in use ("your browser": every browser's steps). */
export interface WebGpuGuidance {
  browser: string;
  steps: string;
}

export function webGpuGuidance(userAgent: string): WebGpuGuidance {
  const browser = detectBrowser(userAgent);
  if (browser !== 'other') return { browser: browserNames[browser], steps: perBrowser[browser] };
  const all = (['chrome', 'edge', 'safari', 'firefox'] as const).map(
    (name) => `${browserNames[name]}: ${perBrowser[name]}`,
  );
  return { browser: 'your browser', steps: all.join(' ') };
}

export const messages = {
  insecureContext:
    'This page is not a secure context, and browsers only offer WebGPU to secure pages. Open it ' +
    'over https, or on http://localhost / 127.0.0.1.',
  noWebGpu:
    'This browser does not expose WebGPU (navigator.gpu), so no model can run in the page. ' +
    'Scripted replies and a model server still work without it.',
  noAdapter:
    'WebGPU is present but no GPU adapter was granted: the GPU may be blocklisted or disabled ' +
    '(on Linux, Chrome needs flags). Update the graphics driver, check the browser GPU page ' +
    '(chrome://gpu, about:support), turn on hardware acceleration.',
  noShaderF16:
    'This GPU lacks the shader-f16 feature: the q4f32_1 build is chosen instead (about 1 GB ' +
    'more GPU memory, same answers).',
  shaderF16: 'This GPU supports shader-f16: the smaller q4f16_1 build can be used.',
  limitsTooLow: (what: string) =>
    `The GPU's limits are too small for this model (${what}). Choose a smaller model: Qwen2.5 ` +
    '1.5B or Llama 3.2 3B need smaller buffers.',
  storageTooSmall: (needed: string, available: string) =>
    `Not enough browser storage: the download needs about ${needed} but only ${available} is ` +
    'available. Free disk space, delete cached models you do not use, leave private/incognito ' +
    'mode (it allows far less storage), or pick a smaller model.',
  storageUnknown: 'The browser did not report its storage quota; the download may still fit.',
  persistDenied:
    'The browser did not grant persistent storage, so it may evict the cached model under ' +
    'storage pressure (you would download it again). Installing the app or bookmarking the ' +
    'site usually makes the browser grant it.',
  persistGranted: 'Persistent storage granted: the cached model will not be evicted silently.',
} as const;

export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${Math.round(bytes / 1e6)} MB`;
  return `${Math.round(bytes / 1e3)} kB`;
}
