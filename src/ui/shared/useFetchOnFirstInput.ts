import { useEffect } from 'react';

/**
 * Calls `fetch` on the visitor's first pointer press or key, once: code a first screen leaves out (to keep
 * its budget) starts loading before the click or shortcut that needs it. `fetch` should be a module-level
 * function, so the listeners are added once.
 */
export function useFetchOnFirstInput(fetch: () => void): void {
  useEffect(() => {
    const options = { capture: true, once: true } as const;
    window.addEventListener('pointerdown', fetch, options);
    window.addEventListener('keydown', fetch, options);
    return () => {
      window.removeEventListener('pointerdown', fetch, options);
      window.removeEventListener('keydown', fetch, options);
    };
  }, [fetch]);
}
