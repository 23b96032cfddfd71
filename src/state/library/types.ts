import type { FileError } from '../../domain/format/types';
import type { DecisionMap } from '../../domain/records/map';
import type { TemplateSpec } from '../../domain/templates/templateSpec';
import type { MapStorage } from '../persistence/storage';
import type { TabChannel } from '../persistence/tabChannel';
import type { ActionResult } from '../store/results';
import type { ImportChoice } from './importPlan';
import type { LibraryEntry } from './libraryIndex';

/*
 * The library as part of the workbench store: what it shows (`library` in the store's state, session
 * only) and what it does (the library actions). The maps themselves live in the storage passed to
 * `startLibrary` and, for the open one, in the store's `map`.
 */

/** An incoming map whose id is already in the library. */
export interface ImportCollision {
  id: string;
  incomingTitle: string;
  incomingPeriod: string;
  existingTitle: string;
  existingPeriod: string;
}

/** An opened file waiting for the user's choice: keep both, or replace the library's maps. */
export interface PendingImport {
  collisions: ImportCollision[];
  /** How many maps the file holds. */
  total: number;
}

/** Another tab saved the map open here while this tab has unsaved changes. */
export interface TabConflict {
  id: string;
  title: string;
}

export type LibraryView =
  | { kind: 'canvas' }
  | { kind: 'compare'; fromId: string | null; toId: string | null }
  | { kind: 'history'; mapId: string | null };

/**
 * `closed`: this tab keeps no maps (the library was not started, or a live session shows the room's map:
 * an opened file then replaces the map shown). `starting`: reading storage. `open`: the maps are kept.
 */
export type LibraryStatus = 'closed' | 'starting' | 'open';

export interface LibraryState {
  status: LibraryStatus;
  /** Every map in the library, in the index's order, the trash included (`trashedAt`). */
  entries: LibraryEntry[];
  /** The map open in the workbench. */
  openId: string | null;
  pendingImport: PendingImport | null;
  conflict: TabConflict | null;
  /** The library drawer is open. */
  drawerOpen: boolean;
  view: LibraryView;
}

export const initialLibraryState: LibraryState = {
  status: 'closed',
  entries: [],
  openId: null,
  pendingImport: null,
  conflict: null,
  drawerOpen: false,
  view: { kind: 'canvas' },
};

/** A workspace file of the library (or of one market's history), ready to download. */
export interface WorkspaceExport {
  fileName: string;
  text: string;
  /** How many maps are in the file. */
  count: number;
  /** Titles of maps left out because their saved text could not be opened. */
  skipped: string[];
}

/** Where the library keeps its maps, and what it starts from. */
export interface LibraryPersistence {
  storage: MapStorage;
  /** Text of the sample map (the first map of a new library, and "New from sample"). */
  loadSample: () => Promise<string>;
  /** How long autosave waits after the last change (default 500 ms). */
  delayMs?: number;
  /** Time stamps of saved copies. */
  now?: () => string;
  /** How tabs tell each other what they saved (default: none). */
  channel?: TabChannel;
}

/**
 * What opening a file came to. `opened`: the map now shown (added to the library when it is open).
 * `asking`: some of the file's map ids are taken, and the user is asked (keep both or replace).
 * `refused`: the file cannot be opened; the refused-file dialog says why. `not-opened`: the open map's
 * changes could not be saved first; a notice says so.
 */
export type OpenOutcome =
  | { status: 'opened'; map: DecisionMap }
  | { status: 'asking' }
  | { status: 'refused'; error: FileError }
  | { status: 'not-opened' };

export type ConflictChoice = 'theirs' | 'overwrite' | 'keep-mine-as-copy';

/** The library's actions. Each runs in the library's queue, after the open map's changes are saved. */
export interface LibraryActions {
  /**
   * Opens the library on `persistence`: reads it (or makes it), shows the map opened last (or the sample),
   * then autosaves every change of the open map. Resolves once the first map is shown.
   */
  startLibrary: (persistence: LibraryPersistence) => Promise<void>;
  /** Stops autosave and listening to other tabs; the library is closed. */
  closeLibrary: () => void;
  /** Saves the open map now if it has changes (when the page is hidden). */
  saveNow: () => Promise<void>;
  /**
   * Opens a file (the file input, a drop) or text (a paste) through the domain's one parse path. With the
   * library open, its maps are added to the library and the one it is about is shown; closed (a live
   * session), the map shown is replaced. One message either way: the refused-file dialog, the question
   * about taken ids, or a notice.
   */
  openFile: (source: string | Blob) => Promise<OpenOutcome>;
  /** A new map from a template (every state unknown), shown; one notice says where to start. */
  newMapFromTemplate: (template: TemplateSpec) => Promise<string | null>;
  openMap: (id: string) => Promise<boolean>;
  /** A new map, blank or from the sample; opened. Returns its id. */
  newMap: (from: 'blank' | 'sample') => Promise<string | null>;
  renameMap: (id: string, title: string) => Promise<ActionResult>;
  duplicateMap: (id: string) => Promise<string | null>;
  /** Next quarter's map from map `id` (default: the open map); opened. Returns its id. */
  startNextQuarter: (id?: string) => Promise<string | null>;
  trashMap: (id: string) => Promise<void>;
  restoreMap: (id: string) => Promise<void>;
  /** Deletes a map for good: only from the trash, or one whose saved text could not be opened. */
  deleteMapForGood: (id: string) => Promise<void>;
  resolveImport: (choice: ImportChoice | 'cancel') => Promise<void>;
  resolveConflict: (choice: ConflictChoice) => Promise<void>;
  /** A map of the library (the open one as it is now, unsaved changes included), or null when it cannot be opened. */
  readLibraryMap: (id: string) => Promise<DecisionMap | null>;
  /** The saved text of a map exactly as stored (for a map that could not be opened). */
  savedMapText: (id: string) => Promise<string | null>;
  /** The whole library, or the maps `ids` of one market, as a workspace file. */
  exportWorkspace: (scope?: { market: string; ids: readonly string[] }) => Promise<WorkspaceExport>;
  setDrawerOpen: (open: boolean) => void;
  /** Opens the compare view; `null` sides are chosen by the view (the map this one is based on, and this one). */
  showCompare: (fromId?: string | null, toId?: string | null) => void;
  showHistory: (mapId?: string | null) => void;
  showCanvas: () => void;
}
