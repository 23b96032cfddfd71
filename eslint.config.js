import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', 'playwright-report', 'public/schema', '.tmp'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain core is pure: zod and itself only. No React, zustand, React Flow, DOM or Node.
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!zod$|zod/|\\.{1,2}/).*', message: 'The domain core imports only zod and itself.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'process', 'Buffer', 'navigator'],
    },
  },
  {
    // One-way imports: the CLI uses the domain only.
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/ui/**', '**/state/**', 'react', 'react-dom', '@xyflow/*'], message: 'The command line uses the domain core only.' }] }],
    },
  },
  {
    // The sync server is its own program: the domain core, and the modules of src/collab that read and
    // write the map's Yjs document (the same checks the app makes). Never the store or the UI.
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/ui/**', '**/src/state/**', '**/src/cli/**', 'react', 'react-dom', '@xyflow/*', 'zustand', 'zundo'],
              message: 'The sync server uses the domain core and the map document modules of src/collab only.',
            },
            {
              regex: '/src/collab/(?!(mapDoc|readMapDoc|checkMap|repairDoc|writeMapDoc|sameJson|roomLink|linksApi)$)',
              message: 'The sync server uses only the map document modules of src/collab (no session, presence or UI).',
            },
          ],
        },
      ],
    },
  },
  {
    // The map document modules the server shares with the app: Yjs, the domain and each other only.
    files: ['src/collab/{mapDoc,readMapDoc,checkMap,repairDoc,writeMapDoc,sameJson,roomLink,linksApi}.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!yjs$|zod$|\\.\\./domain/|\\./).*', message: 'Shared with the sync server: imports only Yjs, the domain and the map document modules.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node } },
  },
);
