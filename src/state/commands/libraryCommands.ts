import type { WorkbenchState } from '../store/types';
import type { Command } from './command';

/*
 * The library's commands (library, new map, start next quarter, compare, history, export library):
 * enabled while the library is open in this tab (never in a live session, which does not start it).
 */

const ready = (state: WorkbenchState) => !state.loading && state.library.status !== 'closed';

export const LIBRARY_COMMANDS = [
  {
    id: 'open-library',
    label: 'Library',
    group: 'file',
    enabled: ready,
    run: (store) => store.getState().setDrawerOpen(true),
  },
  {
    id: 'new-map',
    label: 'New map',
    group: 'file',
    enabled: ready,
    run: async (store) => {
      await store.getState().newMap('blank');
    },
  },
  {
    id: 'start-next-quarter',
    label: 'Start next quarter',
    group: 'file',
    enabled: ready,
    run: async (store) => {
      await store.getState().startNextQuarter();
    },
  },
  {
    id: 'compare',
    label: 'Compare',
    group: 'view',
    enabled: ready,
    run: (store) => store.getState().showCompare(),
  },
  {
    id: 'history',
    label: 'Market history',
    group: 'view',
    enabled: ready,
    run: (store) => store.getState().showHistory(),
  },
  {
    id: 'export-workspace',
    label: 'Export library',
    group: 'file',
    enabled: ready,
    run: async (store) => {
      const exported = await store.getState().exportWorkspace();
      store.host.download({ fileName: exported.fileName, text: exported.text });
      const left =
        exported.skipped.length > 0
          ? ` (${exported.skipped.length} could not be opened and are left out)`
          : '';
      store
        .getState()
        .setNotice({ tone: 'info', text: `Exported ${exported.count} maps as one workspace file${left}.` });
    },
  },
] as const satisfies readonly Command[];
