import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      // 'prompt': a new version waits until the user chooses to reload, so it never takes over
      // in the middle of a reply. The app registers the worker itself (src/adapters/pwa).
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'CoALM Booking Agent',
        short_name: 'CoALM',
        description: 'Book restaurants, hotels and trains by talking to an on-device model.',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        theme_color: '#2054a0',
        background_color: '#ffffff',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,json,wasm,webmanifest}'],
        // Model weights are cached by web-llm itself; never precache them. The web-llm library
        // and its worker (about 6 MB each) load only when a model is loaded, so they are not
        // precached either (that would cost every first visit 12 MB): the runtime rule below
        // caches them the first time a model is loaded, which is what an offline demo needs.
        globIgnores: ['models/**', 'assets/lib-*.js', 'assets/coalm-engine.worker-*.js'],
        runtimeCaching: [
          {
            urlPattern: /\/assets\/(lib|coalm-engine\.worker)-[\w-]+\.js$/,
            handler: 'CacheFirst',
            options: { cacheName: 'coalm-engine-code', expiration: { maxEntries: 8 } },
          },
        ],
        cleanupOutdatedCaches: true,
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/models\//],
      },
    }),
  ],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
});
