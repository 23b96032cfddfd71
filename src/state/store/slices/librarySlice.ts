import { randomSuffix } from '../../../domain/edits/ids';
import { createLibrary, type LibraryEngine } from '../../library/library';
import { readOpenedFile, replaceShownMap } from '../../library/openFile';
import {
  initialLibraryState,
  type LibraryActions,
  type LibraryState,
  type OpenOutcome,
} from '../../library/types';
import type { SliceCreator } from './sliceTypes';

const notStarted = () => Promise.reject(new Error('the library is not open in this tab'));

/**
 * The library as a slice of the one store: what it shows under `library`, and its actions. The running
 * library (src/state/library/library.ts: the queue, autosave, other tabs) exists between `startLibrary`
 * and `closeLibrary`; before it (a live session never starts it), the library is `closed`.
 */
export const createLibrarySlice: SliceCreator<{ library: LibraryState } & LibraryActions> = (
  set,
  get,
  api,
) => {
  let engine: LibraryEngine | null = null;
  const setLibrary = (patch: Partial<LibraryState>) => set((s) => ({ library: { ...s.library, ...patch } }));
  /** Runs `task` on the running library, or gives `closed` when there is none. */
  const withEngine = <T>(task: (running: LibraryEngine) => Promise<T>, closed: T): Promise<T> =>
    engine ? task(engine) : Promise.resolve(closed);

  return {
    library: initialLibraryState,
    startLibrary: (persistence) => {
      engine ??= createLibrary(api, setLibrary, persistence);
      return engine.ready;
    },
    closeLibrary: () => {
      engine?.dispose();
      engine = null;
    },
    saveNow: () => withEngine((running) => running.flush(), undefined),
    openFile: async (source): Promise<OpenOutcome> => {
      const opened = await readOpenedFile(source);
      if (!opened.ok) {
        get().setFileError(opened.error);
        return { status: 'refused', error: opened.error };
      }
      return engine ? engine.receive(opened.value) : replaceShownMap(get(), opened.value);
    },
    newMapFromTemplate: async (template) => {
      // Building a map from a template is only needed when one is chosen: fetched then.
      const { buildTemplateMap } = await import('../../../domain/templates/templateSpec');
      const map = buildTemplateMap(template, `map-${randomSuffix()}`);
      const message = `Started “${template.name}”: every state is unknown, answer them with the room (W walks through them).`;
      if (engine) return engine.create({ map, message });
      const shown = get().replaceMap(map);
      if (!shown.ok) return null;
      get().setNotice({ tone: 'info', text: message });
      return map.id;
    },
    openMap: (id) => withEngine((running) => running.open(id), false),
    newMap: (from) => withEngine((running) => running.create(from), null),
    renameMap: (id, title) =>
      withEngine((running) => running.rename(id, title), { ok: false, message: 'The library is not open.' }),
    duplicateMap: (id) => withEngine((running) => running.duplicate(id), null),
    startNextQuarter: (id) => withEngine((running) => running.startNextQuarter(id), null),
    trashMap: (id) => withEngine((running) => running.trash(id), undefined),
    restoreMap: (id) => withEngine((running) => running.restore(id), undefined),
    deleteMapForGood: (id) => withEngine((running) => running.purge(id), undefined),
    resolveImport: (choice) => withEngine((running) => running.resolveImport(choice), undefined),
    resolveConflict: (choice) => withEngine((running) => running.resolveConflict(choice), undefined),
    readLibraryMap: (id) => withEngine((running) => running.loadMap(id), null),
    savedMapText: (id) => withEngine((running) => running.savedText(id), null),
    exportWorkspace: (scope) => (engine ? engine.exportWorkspace(scope) : notStarted()),
    setDrawerOpen: (drawerOpen) => setLibrary({ drawerOpen }),
    showCompare: (fromId = null, toId = null) =>
      setLibrary({ view: { kind: 'compare', fromId, toId }, drawerOpen: false }),
    showHistory: (mapId = null) => setLibrary({ view: { kind: 'history', mapId }, drawerOpen: false }),
    showCanvas: () => setLibrary({ view: { kind: 'canvas' } }),
  };
};
