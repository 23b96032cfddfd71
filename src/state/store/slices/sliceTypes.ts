import type { StateCreator, StoreApi } from 'zustand/vanilla';
import type { TemporalState } from 'zundo';
import type { DecisionMap } from '../../../domain/records/map';
import type { HistoryState, WorkbenchState } from '../types';

/** A slice of the one workbench store; the temporal (undo) middleware wraps the combined store only. */
export type SliceCreator<T> = StateCreator<WorkbenchState, [['temporal', unknown]], [], T>;

/** What the slices share besides the store: the undo history and the drag in progress. */
export interface SliceContext {
  history: () => StoreApi<TemporalState<HistoryState>>;
  /** The map as it was when the current drag began, or null when nothing is being dragged. */
  drag: { start: DecisionMap | null };
  /** Suffix generator for new ids (random by default; tests pass a counter). */
  idSuffix?: () => string;
}
