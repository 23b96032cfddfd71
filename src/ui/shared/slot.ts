import type { ReactElement } from 'react';

/**
 * A place in the UI that a part loaded later fills (src/collab, loaded with a live session, shows its
 * panel in the top bar and its round in the presentation): `show` an element (null: nothing), and read
 * it with `useSyncExternalStore(slot.subscribe, slot.get)`.
 */
export function slot() {
  let element: ReactElement | null = null;
  const listeners = new Set<() => void>();
  return {
    show: (next: ReactElement | null): void => {
      element = next;
      listeners.forEach((listener) => listener());
    },
    get: (): ReactElement | null => element,
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The presentation's place for the live session's private round, under its header. */
export const presentRoundSlot = slot();
