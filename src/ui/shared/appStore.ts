import type { TemporalState } from 'zundo';
import { useStore } from 'zustand';
import type { Analysis } from '../../domain/analysis/types';
import { createWorkbenchStore } from '../../state/store/createWorkbenchStore';
import { selectAnalysis } from '../../state/store/selectors';
import type { HistoryState, WorkbenchState, WorkbenchStore } from '../../state/store/types';
import { browserHost } from './browserHost';

/*
 * The running app's one store, and the React hooks that read it. The store itself (src/state) has no
 * React and no DOM in it: this is where the app makes it, with the browser's downloads, clipboard and
 * full screen, and where components subscribe. src/boot.tsx starts its library.
 */

/** The one store of the running app. */
export const workbenchStore: WorkbenchStore = createWorkbenchStore({ host: browserHost });

/**
 * Reads the workbench store from React. Keep selectors at module scope; wrap selectors that build new
 * arrays or objects in `useShallow` (from 'zustand/react/shallow') so they re-render only on real change.
 */
export function useWorkbench<T>(selector: (state: WorkbenchState) => T): T {
  return useStore(workbenchStore, selector);
}

/** The analysis of the current map: the same object for every panel, recomputed only when the decision changes. */
export function useAnalysis(): Analysis {
  return useStore(workbenchStore, selectAnalysis);
}

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

