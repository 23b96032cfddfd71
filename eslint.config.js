import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';
import boundaries from './eslint/importBoundaries.js';

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
  // Boundaries (the README's Architecture section): each folder imports only what is below it. Written by folder, so a new
  // file falls under its folder's rule. A ui feature is any folder of src/ui/ but shared/ and flow/.
  { plugins: { boundaries } },
  {
    // zod's tree-shakable build: the schemas load with the first visit, where the full build costs ~16 KB.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: "Import from 'zod/mini': the first visit loads every schema." }] },
      ],
    },
  },
  {
    // The domain core is pure: zod and itself only. No React, zustand, React Flow, DOM or Node.
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'boundaries/imports': [
        'error',
        { folders: ['src/domain/'], packages: ['zod/mini'], message: 'The domain core imports only zod (zod/mini) and itself.' },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'process', 'Buffer', 'navigator'],
    },
  },
  {
    // The store: the domain and itself, framework-free (no React, no DOM helpers, never the UI).
    files: ['src/state/**/*.ts'],
    rules: {
      'boundaries/imports': [
        'error',
        {
          folders: ['src/state/', 'src/domain/'],
          packages: ['zustand/vanilla', 'zundo', 'idb-keyval', 'zod/mini'],
          message: 'src/state imports the domain and itself only: never the UI, React or a DOM helper.',
        },
      ],
    },
  },
  {
    // The app shell (src/ui/*.tsx: App, TopBar, the layers) composes the features.
    files: ['src/ui/*.{ts,tsx}'],
    rules: {
      'boundaries/imports': [
        'error',
        {
          folders: ['src/ui/', 'src/state/', 'src/domain/', 'src/collab/ui/'],
          message: 'The app shell imports the UI, the state and the domain.',
        },
      ],
    },
  },
  {
    // Shared UI: words, icons, controls. Used by every feature; uses none.
    files: ['src/ui/shared/**/*.{ts,tsx}'],
    rules: {
      'boundaries/imports': [
        'error',
        {
          folders: ['src/ui/shared/', 'src/state/', 'src/domain/'],
          message: 'Shared UI imports shared UI, the state and the domain, never a feature.',
        },
      ],
    },
  },
  {
    // The map drawn with React Flow, shared by the workbench canvas and the presentation.
    files: ['src/ui/flow/**/*.{ts,tsx}'],
    rules: {
      'boundaries/imports': [
        'error',
        {
          folders: ['src/ui/flow/', 'src/ui/shared/', 'src/state/', 'src/domain/'],
          message: 'src/ui/flow imports shared UI, the state and the domain, never a feature.',
        },
      ],
    },
  },
  {
    // A feature (canvas, panels, present, walkthrough, …): itself, shared UI, the state, the domain.
    files: ['src/ui/*/**/*.{ts,tsx}'],
    ignores: ['src/ui/shared/**', 'src/ui/flow/**'],
    rules: {
      'boundaries/imports': [
        'error',
        {
          folders: ['src/ui/shared/', 'src/ui/flow/', 'src/state/', 'src/domain/'],
          ownFolderUnder: 'src/ui/',
          message: 'A UI feature imports shared UI (src/ui/shared, src/ui/flow), the state and the domain, not another feature.',
        },
      ],
    },
  },
  {
    // Live sessions: on top of the store; their UI may use shared UI.
    files: ['src/collab/**/*.{ts,tsx}'],
    rules: {
      'boundaries/imports': [
        'error',
        {
          folders: ['src/collab/', 'src/state/', 'src/domain/', 'src/ui/shared/'],
          message: 'src/collab imports the state, the domain and shared UI, not a UI feature.',
        },
      ],
    },
  },
  {
    // One-way imports: the CLI uses the domain only (and Node).
    files: ['src/cli/**/*.ts'],
    rules: {
      'boundaries/imports': [
        'error',
        { folders: ['src/cli/', 'src/domain/'], packages: ['node:'], message: 'The command line uses the domain core only.' },
      ],
    },
  },
  {
    // The live map's document (src/collab/doc): the map as a Yjs document, read, checked, repaired and
    // written; shared by the app and the sync server, so it uses Yjs, zod and the domain only.
    files: ['src/collab/doc/**/*.ts'],
    rules: {
      'boundaries/imports': [
        'error',
        {
          folders: ['src/collab/doc/', 'src/domain/'],
          packages: ['yjs', 'zod/mini'],
          message: 'The live map document is shared with the sync server: Yjs, zod and the domain only.',
        },
      ],
    },
  },
  {
    // The sync server is its own program: the domain core to validate maps, and the live map's document
    // (the same checks the app makes). Never the store, the UI or the command line.
    files: ['server/**/*.{ts,js,mjs}'],
    rules: {
      'boundaries/imports': [
        'error',
        {
          folders: ['server/', 'src/domain/', 'src/collab/doc/'],
          message: 'The server imports the domain core and the live map document (src/collab/doc) only.',
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
