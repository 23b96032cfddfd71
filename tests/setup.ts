// Shared test setup. DOM-only helpers are loaded only where a DOM exists (component tests opt in
// with `// @vitest-environment jsdom`), so domain and CLI tests stay in plain Node.
if (typeof window !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  await import('./ui/domMocks');
}
export {};
