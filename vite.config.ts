/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** No inline or foreign scripts: a file can carry text, never code. */
export const CONTENT_SECURITY_POLICY = "script-src 'self'; object-src 'none'; base-uri 'none'";

/** Writes the policy into the built index.html too, so any static host serves the app under it. */
const contentSecurityPolicyMeta: Plugin = {
  name: 'obvious-csp-meta',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace(
      '<head>',
      `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
    ),
};

export default defineConfig({
  plugins: [react(), contentSecurityPolicyMeta],
  resolve: {
    // zustand's equality-function stores (ours and React Flow's) import the selector hook through a shim
    // that stands in for useSyncExternalStore on React 16 and 17. React 19 has it: the same package's
    // build without the shim does the same with React's own, and a first visit fetches less.
    alias: [
      {
        find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
        replacement: 'use-sync-external-store/with-selector.js',
      },
    ],
  },
  build: {
    rolldownOptions: {
      output: {
        // React's pieces travel together: several tiny chunks cost a first visit more than one.
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
        },
      },
    },
  },
  // The built app runs under this policy; `vite preview` (and so the end-to-end tests) serves it.
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
