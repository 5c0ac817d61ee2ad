// Build and dev-server settings for the browser client (root is client/, output client/dist).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  // The zod schemas in server/contract are the single source of truth for the API shape.
  resolve: { alias: { '@contract': fileURLToPath(new URL('../server/contract', import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // Cytoscape + fcose are one big chunk by nature; splitting them buys nothing here.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? 3000}` },
  },
});
