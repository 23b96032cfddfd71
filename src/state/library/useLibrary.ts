import { useStore } from 'zustand';
import { workbenchStore } from '../store';
import type { Library } from './libraryTypes';
import { libraryState, type LibraryState, type LibraryViewActions } from './libraryState';
import { libraryOf } from './registry';

/** Reads the library's list, questions and views from React (selectors at module scope, as with useWorkbench). */
export function useLibrary<T>(selector: (state: LibraryState & LibraryViewActions) => T): T {
  return useStore(libraryState, selector);
}

/** The app's library, for its operations (open, rename, import…); undefined until persistence starts it. */
export const appLibrary = (): Library | undefined => libraryOf(workbenchStore);
