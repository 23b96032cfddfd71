import type { OpenedFile } from '../../domain/format/types';
import type { DecisionMap } from '../../domain/records/map';
import type { ActionResult } from '../store/types';
import type { ConflictChoice } from './libraryActions';
import type { LibraryStateStore } from './libraryState';
import type { MapStorage } from '../persistence/storage';
import type { TabChannel } from '../persistence/tabChannel';
import type { ImportChoice } from './importPlan';
import type { WorkspaceExport } from './workspaceExport';

/* What the library offers (library.ts makes one), apart from how it does it. */

export interface LibraryOptions {
  storage: MapStorage;
  /** Text of the sample map (the first map of a new library, and "New from sample"). */
  loadSample: () => Promise<string>;
  delayMs: number;
  /** Time stamps of saved copies. */
  now?: () => string;
  channel?: TabChannel;
  state?: LibraryStateStore;
}

export interface Library {
  /** Settles once the library is read and a map is open. */
  ready: Promise<void>;
  /** Saves the open map now if it has changes. */
  flush: () => Promise<void>;
  dispose: () => void;
  state: LibraryStateStore;
  open: (id: string) => Promise<boolean>;
  /** A new map, blank or from the sample; opened. Returns its id. */
  create: (from: 'blank' | 'sample') => Promise<string | null>;
  rename: (id: string, title: string) => Promise<ActionResult>;
  duplicate: (id: string) => Promise<string | null>;
  /** Next quarter's map from map `id` (default: the open map); opened. Returns its id. */
  startNextQuarter: (id?: string) => Promise<string | null>;
  trash: (id: string) => Promise<void>;
  restore: (id: string) => Promise<void>;
  purge: (id: string) => Promise<void>;
  /** Adds an opened file's maps; asks first (`pendingImport`) when an id is taken by a different map. */
  receive: (file: OpenedFile) => Promise<void>;
  resolveImport: (choice: ImportChoice | 'cancel') => Promise<void>;
  resolveConflict: (choice: ConflictChoice) => Promise<void>;
  /** A map of the library (the open one as it is now, unsaved changes included), or null when it cannot be opened. */
  loadMap: (id: string) => Promise<DecisionMap | null>;
  /** The saved text of a map exactly as stored (for a map that could not be opened). */
  savedText: (id: string) => Promise<string | null>;
  /** The whole library, or the maps `ids` of one market, as a workspace file. */
  exportWorkspace: (scope?: { market: string; ids: readonly string[] }) => Promise<WorkspaceExport>;
}

