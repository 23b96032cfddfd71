import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import type { DecisionMap } from '../../domain/records/map';
import { randomSuffix } from '../../domain/edits/ids';
import { emptyMap } from '../../domain/records/map';
import { createDocumentSlice } from './slices/documentSlice';
import { createHost, type HostHandlers } from './host';
import { createHistorySlice, HISTORY_LIMIT } from './slices/historySlice';
import { createLibrarySlice } from './slices/librarySlice';
import { createSessionSlice } from './slices/sessionSlice';
import { createWorkshopSlice } from './slices/workshopSlice';
import type { SliceContext } from './slices/sliceTypes';
import type { HistoryState, WorkbenchState, WorkbenchStore } from './types';

export interface WorkbenchStoreOptions {
  /** The map shown before anything is loaded (an empty map by default). */
  map?: DecisionMap;
  /** Makes the random part of new ids; tests pass a counter to get predictable ids. */
  idSuffix?: () => string;
  /** The page's downloads, clipboard and full screen (default: none of them; see host.ts). */
  host?: Partial<HostHandlers>;
}

/**
 * The workbench store: document (the map), session, workshop, history and library slices combined into one
 * vanilla zustand store, with zundo's temporal middleware on the combined store tracking the map only.
 * Framework-free: React reads it through src/ui/shared/appStore.ts; the library starts with
 * `startLibrary(persistence)`.
 */
export function createWorkbenchStore(options: WorkbenchStoreOptions = {}): WorkbenchStore {
  const context: SliceContext = {
    // Set right below, once the store exists; slices only call it from actions.
    history: () => {
      throw new Error('The workbench history is not ready yet.');
    },
    drag: { start: null },
    ...(options.idSuffix ? { idSuffix: options.idSuffix } : {}),
  };
  const initialMap = options.map ?? emptyMap(`map-${randomSuffix()}`);
  const store = createStore<WorkbenchState>()(
    temporal<WorkbenchState, [], [], HistoryState>(
      (...a) => ({
        ...createDocumentSlice(context, initialMap)(...a),
        ...createSessionSlice(...a),
        ...createWorkshopSlice(...a),
        ...createHistorySlice(context)(...a),
        ...createLibrarySlice(...a),
      }),
      {
        partialize: (state) => ({ map: state.map }),
        limit: HISTORY_LIMIT,
        // Only a new map object is a step: selection, notices and no-op edits never enter the history.
        equality: (past, current) => past.map === current.map,
      },
    ),
  );
  context.history = () => store.temporal;
  return Object.assign(store, { host: createHost(options.host) });
}
