// Builds the app and serves it from this process with Vite's own API, so the server lives and
// dies with the benchmark: no child process to outlive the run, and never a stale build measured.
import { build, preview, type PreviewServer } from 'vite';

export interface ServedApp {
  origin: string;
  close(): Promise<void>;
}

export async function serveBuiltApp(port: number): Promise<ServedApp> {
  await build({ logLevel: 'warn' });
  const server: PreviewServer = await preview({
    logLevel: 'warn',
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}
