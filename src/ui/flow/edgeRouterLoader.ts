import { useEffect, useSyncExternalStore } from 'react';

type RouterModule = typeof import('./edgeRoutes');

/**
 * The line router (edgeRoutes.ts, routeAroundCards.ts) comes in its own chunk, fetched right after the
 * canvas first paints: until it arrives, lines draw React Flow's plain curve, then every line on screen
 * is routed around the cards at once.
 */
let loaded: RouterModule | null = null;
let loading: Promise<RouterModule | null> | null = null;
const listeners = new Set<() => void>();

export function loadEdgeRouter(): Promise<RouterModule | null> {
  loading ??= import('./edgeRoutes').then(
    (module) => {
      loaded = module;
      for (const listener of listeners) listener();
      return module;
    },
    () => {
      // Offline or a stale deploy: the curves stay, and the next canvas to mount asks again.
      loading = null;
      return null;
    },
  );
  return loading;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** The line router once it has arrived (null before), asking for it when first used. */
export function useEdgeRouterModule(): RouterModule | null {
  useEffect(() => void loadEdgeRouter(), []);
  return useSyncExternalStore(subscribe, () => loaded);
}
