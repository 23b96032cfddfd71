import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The bare React Flow page of the browser benchmark: a second Vite entry used only by the bench. It is
 * built from this folder into a temporary directory (bench/browser/build.ts), never into the app's dist.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/bare/',
  plugins: [react()],
  publicDir: false,
  logLevel: 'warn',
  build: {
    rolldownOptions: { input: fileURLToPath(new URL('bare.html', import.meta.url)) },
    emptyOutDir: true,
  },
});
