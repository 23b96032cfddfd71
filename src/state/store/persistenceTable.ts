import type { WorkbenchState } from './types';

/**
 * What happens to each piece of workbench state (src/state/README.md "What persists"), written down once.
 * saved: autosaved in this browser (IndexedDB). exported: written by Export JSON. undoable: in the undo history.
 * Actions are not state and appear nowhere. A test checks that every state key is listed here.
 */
export interface Persistence {
  saved: boolean;
  exported: boolean;
  undoable: boolean;
}

type StateKey = {
  [K in keyof WorkbenchState]: WorkbenchState[K] extends (...args: never[]) => unknown ? never : K;
}[keyof WorkbenchState];

export const PERSISTENCE: Record<StateKey, Persistence> = {
  // The document: the one thing that is saved, exported and undoable.
  map: { saved: true, exported: true, undoable: true },
  // The session: this tab only.
  selection: { saved: false, exported: false, undoable: false },
  notice: { saved: false, exported: false, undoable: false },
  fileError: { saved: false, exported: false, undoable: false },
  saveStatus: { saved: false, exported: false, undoable: false },
  pickingFor: { saved: false, exported: false, undoable: false },
  centerRequest: { saved: false, exported: false, undoable: false },
  loading: { saved: false, exported: false, undoable: false },
  readOnly: { saved: false, exported: false, undoable: false },
  assumptionsLens: { saved: false, exported: false, undoable: false },
  quickEvidence: { saved: false, exported: false, undoable: false },
  // Workshop mode: what the shared screen shows right now.
  workshopScreen: { saved: false, exported: false, undoable: false },
  walkthroughStep: { saved: false, exported: false, undoable: false },
  spotlight: { saved: false, exported: false, undoable: false },
  whatIf: { saved: false, exported: false, undoable: false },
  overlay: { saved: false, exported: false, undoable: false },
  // The library's list, questions and views: a copy of what its storage holds (the maps are saved there,
  // each through autosave), never exported or undone as such.
  library: { saved: false, exported: false, undoable: false },
};
