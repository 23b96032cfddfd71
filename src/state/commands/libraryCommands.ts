import { downloadText } from '../library/openFile';
import { hasLibrary, libraryOf } from '../library/registry';
import type { WorkbenchState, WorkbenchStore } from '../store/types';
import type { Command } from './command';

/* The library's commands (library, new map, start next quarter, compare, history, export library). */

const ready = (state: WorkbenchState) => !state.loading && hasLibrary();

/** The library of `store`; commands are only enabled when there is one. */
function libraryFor(store: WorkbenchStore) {
  const library = libraryOf(store);
  if (!library) throw new Error('this browser’s library is not open');
  return library;
}

export const LIBRARY_COMMANDS = [
  {
    id: 'open-library',
    label: 'Library',
    group: 'file',
    enabled: ready,
    run: (store) => libraryFor(store).state.getState().setDrawerOpen(true),
  },
  {
    id: 'new-map',
    label: 'New map',
    group: 'file',
    enabled: ready,
    run: async (store) => {
      await libraryFor(store).create('blank');
    },
  },
  {
    id: 'start-next-quarter',
    label: 'Start next quarter',
    group: 'file',
    enabled: ready,
    run: async (store) => {
      await libraryFor(store).startNextQuarter();
    },
  },
  {
    id: 'compare',
    label: 'Compare',
    group: 'view',
    enabled: ready,
    run: (store) => libraryFor(store).state.getState().showCompare(),
  },
  {
    id: 'history',
    label: 'Market history',
    group: 'view',
    enabled: ready,
    run: (store) => libraryFor(store).state.getState().showHistory(),
  },
  {
    id: 'export-workspace',
    label: 'Export library',
    group: 'file',
    enabled: ready,
    run: async (store) => {
      const exported = await libraryFor(store).exportWorkspace();
      downloadText(exported.fileName, exported.text);
      const left = exported.skipped.length > 0 ? ` (${exported.skipped.length} could not be opened and are left out)` : '';
      store.getState().setNotice({ tone: 'info', text: `Exported ${exported.count} maps as one workspace file${left}.` });
    },
  },
] as const satisfies readonly Command[];
