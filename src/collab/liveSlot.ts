import type { ReactElement } from 'react';

/*
 * Where the live-session UI shows in the top bar. The top bar only renders the small LiveButton; the
 * rest of src/collab (and Yjs) loads when a page is opened with `?room=` or when Share live is pressed,
 * and puts its panel here. Nothing in this file imports Yjs.
 */

let panel: ReactElement | null = null;
const listeners = new Set<() => void>();

/** Shows `element` in place of the Share live button (null: the button again). */
export function showLivePanel(element: ReactElement | null): void {
  panel = element;
  listeners.forEach((listener) => listener());
}

export const getLivePanel = (): ReactElement | null => panel;

/** For `useSyncExternalStore`. */
export function subscribeLivePanel(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
