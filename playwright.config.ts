import { defineConfig } from '@playwright/test';

// Tests run against the built app served by `vite preview`, in the system Chromium.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// E2E_PORT and E2E_DIST let several builds be tested side by side (default: dist on 4174, so a
// running `npm start` on 4173 is never mistaken for the build under test).
const port = Number(process.env.E2E_PORT ?? 4174);
const distDir = process.env.E2E_DIST ?? 'dist';
const baseArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
// A real (software) WebGPU adapter in headless Chromium: SwiftShader through Dawn.
export const webGpuArgs = [
  '--enable-unsafe-webgpu',
  '--use-webgpu-adapter=swiftshader',
  '--enable-unsafe-swiftshader',
];

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumPath, args: baseArgs },
  },
  projects: [
    { name: 'app', testMatch: /.*\.spec\.ts/, testIgnore: [/faults\//, /webgpu\//] },
    {
      name: 'webgpu',
      testMatch: /webgpu\/.*\.spec\.ts/,
      use: { launchOptions: { executablePath: chromiumPath, args: [...baseArgs, ...webGpuArgs] } },
    },
    { name: 'faults', testMatch: /faults\/.*\.spec\.ts/ },
  ],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1 --outDir ${distDir}`,
    url: `http://127.0.0.1:${port}`,
    // Never test a server some earlier run left behind: it may serve an older build.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
