// Vite build of the investigator's workbench: viz/ → viz/dist, served by `npx mingjing serve` at /.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from '../core/config';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(() => {
  // The dev server proxies /api to the API on the configured host and port (core/config.ts).
  const { http } = resolveConfig();
  return {
    root,
    base: './',
    build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
    server: { proxy: { '/api': `http://${http.host}:${http.port}` }, fs: { allow: ['..'] } },
  };
});
