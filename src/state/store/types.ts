import type { Deal } from '../../domain/records/deal';
import type { StoreApi } from 'zustand/vanilla';
import type { TemporalState } from 'zundo';
import type { FileError } from '../../domain/format/types';
import type {
  MapFieldsPatch,
  NewNode,
  NewPlanItem,
  NodeMove,
  NodePatch,
  PlanItemPatch,
  Selection,
} from '../../domain/edits/types';
import type { WhatIfStates } from '../../domain/edits/whatIf';
import type { LibraryActions, LibraryState } from '../library/types';
import type { Host } from './host';
import type { ActionResult, ConnectResult } from './results';
import type { DecisionMap } from '../../domain/records/map';
import type { NodeKind } from '../../domain/records/states';

export type NoticeTone = 'info' | 'warning' | 'error';

/** A short message shown as a toast. */
export interface Notice {
  tone: NoticeTone;
  text: string;
}

/** Where the autosave stands: `unsaved` = changes waiting for the debounce, `failed` = the browser refused. */
export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'failed';

/** The UI centres the canvas on node `id` whenever `seq` changes. */
export interface CenterRequest {
  id: string;
  seq: number;
}

/** The full-screen workshop views that cover the workbench (session only). */
export type WorkshopScreen = 'present' | 'walkthrough' | 'brief';

/** Where the guided walkthrough stands: one question at a time, per approver and per plan item. */
export type WalkthroughStep =
  | { stage: 'approvers' }
  | { stage: 'proofs' | 'risks' | 'frictions'; approverId: string }
  | { stage: 'plan' }
  | { stage: 'addresses'; planItemId: string }
  | { stage: 'end' };

/** The approver in the spotlight while presenting, and the order the arrow keys step through (fixed when it starts). */
export interface Spotlight {
  id: string;
  order: string[];
}

/** Dialogs over any screen: the command palette, the help overlay, the template picker, the show of hands. */
export type WorkshopOverlay = 'palette' | 'help' | 'templates' | 'hands';

/** The document: the only state that is saved, exported and undoable. */
export interface DocumentState {
  map: DecisionMap;
}

/** The session: what this tab shows right now. Never saved, never in history. */
export interface SessionState {
  selection: Selection;
  notice: Notice | null;
  /** The refused-file dialog: set when a file cannot be opened; null when the dialog is closed. */
  fileError: FileError | null;
  saveStatus: SaveStatus;
  /** The plan item whose addressed nodes are being picked on the canvas, or null. */
  pickingFor: string | null;
  centerRequest: CenterRequest | null;
  /** True until persistence has loaded the saved map (or the sample). */
  loading: boolean;
  /** True in a live session opened from a view-only link: commands that change the map are disabled. */
  readOnly: boolean;
  /** The lens "show what rests on assumptions": evidenced cards step back, assumed and stale ones stand out. */
  assumptionsLens: boolean;
  /** The node whose quick evidence entry ("buyer said…") was asked for by keyboard; seq makes each ask new. */
  quickEvidence: { nodeId: string; seq: number } | null;
}

/** Workshop mode: what the shared screen shows right now (session only, like the rest of the session). */
export interface WorkshopState {
  /** Workshop mode: the full-screen view covering the workbench (present, walkthrough, brief), or null. */
  workshopScreen: WorkshopScreen | null;
  /** Where the walkthrough is; kept when it closes, so it resumes there. */
  walkthroughStep: WalkthroughStep;
  spotlight: Spotlight | null;
  /** The what-if being tried (null = none open); never part of the map until kept. */
  whatIf: WhatIfStates | null;
  overlay: WorkshopOverlay | null;
}

/** Actions on the document. Each validates the map it would produce and refuses rather than store an invalid one. */
export interface DocumentActions {
  /** Adds a node with the kind's defaults and selects it; returns its id, or null when the map is full. */
  addNode: (kind: NodeKind, partial?: NewNode) => string | null;
  updateNode: (id: string, patch: NodePatch) => ActionResult;
  /** Replaces the deal record (a confirmed CSV import); one undo step. */
  replaceDeals: (deals: readonly Deal[]) => ActionResult;
  /** Moves nodes; positions are clamped to ±1,000,000 and non-finite ones ignored. Other fields keep their identity. */
  moveNodes: (moves: NodeMove[]) => void;
  /** Removes the selected nodes (with their edges and their ids from plan items' addresses), edges and plan items. */
  deleteSelection: () => void;
  /** Copies the selected nodes (and the edges between them) and plan items, selects the copies, returns their ids. */
  duplicateSelection: () => string[];
  /** Links two nodes; the kind follows from the node kinds, either direction. Refuses meaningless pairings and duplicates. */
  connect: (sourceId: string, targetId: string) => ConnectResult;
  /**
   * What drawing a line between two cards does: two nodes are connected; a plan item and a node, the plan
   * item addresses the node. A refusal (two plan items, a meaningless pairing) is said in a notice.
   */
  link: (sourceId: string, targetId: string) => ActionResult;
  deleteEdge: (id: string) => void;
  /** Adds a plan item and selects it; returns its id, or null when the plan is full or the values are invalid. */
  addPlanItem: (partial?: NewPlanItem) => string | null;
  updatePlanItem: (id: string, patch: PlanItemPatch) => ActionResult;
  deletePlanItem: (id: string) => void;
  /** Adds the node to the plan item's addresses, or removes it when already there. */
  toggleAddress: (planItemId: string, nodeId: string) => ActionResult;
  updateMapFields: (patch: MapFieldsPatch) => ActionResult;
  /** Loads another map: clears selection, picking and history. Refuses a map that is not valid. */
  replaceMap: (map: DecisionMap) => ActionResult;
}

/** Actions on the session. */
export interface SessionActions {
  /** Replaces the selection; omitted lists become empty. */
  select: (selection: Partial<Selection>) => void;
  selectAll: () => void;
  setNotice: (notice: Notice | null) => void;
  setFileError: (error: FileError | null) => void;
  setSaveStatus: (status: SaveStatus) => void;
  setLoading: (loading: boolean) => void;
  setReadOnly: (readOnly: boolean) => void;
  startPicking: (planItemId: string | null) => void;
  requestCenter: (id: string) => void;
  setAssumptionsLens: (on: boolean) => void;
  askEvidence: (nodeId: string | null) => void;
}

/** Actions of workshop mode: the screens, the spotlight, the what-if and the walkthrough's answers. */
export interface WorkshopActions {
  /** Shows a workshop screen (closing any other) or, with null, goes back to the workbench. */
  openWorkshopScreen: (screen: WorkshopScreen | null) => void;
  setWalkthroughStep: (step: WalkthroughStep) => void;
  setSpotlight: (spotlight: Spotlight | null) => void;
  setWhatIf: (whatIf: WhatIfStates | null) => void;
  setOverlay: (overlay: WorkshopOverlay | null) => void;
  /**
   * Moves the spotlight one approver on (1) or back (-1), in order of readiness, most ready first. The order
   * is fixed when the spotlight starts; approvers added since are appended. Past either end it goes off.
   */
  stepSpotlight: (step: 1 | -1) => void;
  /** Puts one approver in the spotlight (a click on the shared screen), keeping the order the arrow keys follow. */
  spotlightApprover: (id: string) => void;
  /** Opens the what-if, trying the node in focus (selected, or in the spotlight) resolved when it is not yet. */
  openWhatIf: () => void;
  /**
   * Keeps the what-if: its states become the map's as ONE undo step, and the what-if closes. Returns how
   * many nodes changed; a refused change (the node changed meanwhile) is said in a notice.
   */
  keepWhatIf: () => number;
  /**
   * Adds a node the room just named, in its kind's column, linked to the approver the question is about
   * (requires, fears or burdens, as the kinds call for): one undo step. Returns its id, or null (with a notice).
   */
  addNamedNode: (kind: NodeKind, label: string, approverId?: string) => string | null;
  /** Links an approver and a node already on the map, or unlinks them when they are linked. */
  toggleNeed: (approverId: string, nodeId: string) => void;
}

/** Actions on the undo history (the map only). */
export interface HistoryActions {
  undo: () => void;
  redo: () => void;
  /** Call when a drag starts: the moves until `endDrag` become one history entry. */
  beginDrag: () => void;
  endDrag: () => void;
  /** Runs `edit`; every map change it makes (through any actions) is ONE undo step. Returns what `edit` returns. */
  batch: <T>(edit: () => T) => T;
}

export type WorkbenchState = DocumentState &
  SessionState &
  WorkshopState &
  LibrarySliceState &
  DocumentActions &
  SessionActions &
  WorkshopActions &
  HistoryActions &
  LibraryActions;

/** What the library shows in this tab (session only: the maps themselves are in its storage). */
export interface LibrarySliceState {
  library: LibraryState;
}

/** What the undo history records: the map and nothing else. */
export type HistoryState = Pick<WorkbenchState, 'map'>;

/** The store, its undo history (zundo's temporal store) and the page's abilities it was given. */
export type WorkbenchStore = StoreApi<WorkbenchState> & {
  temporal: StoreApi<TemporalState<HistoryState>>;
  host: Host;
};
