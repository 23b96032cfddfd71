import type { ReactElement } from 'react';

/**
 * A place in the UI that a part loaded later fills (src/collab, loaded with a live session, shows its
 * panel in the top bar and its round in the presentation): `show` an element (null: nothing), and read
 * it with `useSyncExternalStore(slot.subscribe, slot.get)`. What it holds is an element unless told.
 */
export function slot<T = ReactElement>() {
  let element: T | null = null;
  const listeners = new Set<() => void>();
  return {
    show: (next: T | null): void => {
      element = next;
      listeners.forEach((listener) => listener());
    },
    get: (): T | null => element,
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The presentation's place for the live session's private round, under its header. */
export const presentRoundSlot = slot();
