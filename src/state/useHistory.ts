import type { TemporalState } from 'zundo';
import { useStore } from 'zustand';
import { workbenchStore } from './store';
import type { HistoryState } from './types';

/** Reads the undo history (zundo's temporal store) from React. */
export function useTemporal<T>(selector: (state: TemporalState<HistoryState>) => T): T {
  return useStore(workbenchStore.temporal, selector);
}

const selectCanUndo = (s: TemporalState<HistoryState>) => s.pastStates.length > 0;
const selectCanRedo = (s: TemporalState<HistoryState>) => s.futureStates.length > 0;

export interface HistoryControls {
  canUndo: boolean;
  canRedo: boolean;
  undo: () => void;
  redo: () => void;
}

/** Undo and redo for toolbars and menus; re-renders only when `canUndo` or `canRedo` flips. */
export function useHistory(): HistoryControls {
  const canUndo = useTemporal(selectCanUndo);
  const canRedo = useTemporal(selectCanRedo);
  const { undo, redo } = workbenchStore.getState();
  return { canUndo, canRedo, undo, redo };
}
