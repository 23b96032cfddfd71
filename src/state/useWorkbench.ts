import { useStore } from 'zustand';
import type { Analysis } from '../domain/analysis/types';
import { selectAnalysis } from './selectors';
import { workbenchStore } from './store';
import type { WorkbenchState } from './types';

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
