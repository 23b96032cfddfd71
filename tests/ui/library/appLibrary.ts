import { act } from '@testing-library/react';
import { serializeMapFile } from '../../../src/domain/format/serialize';
import type { DecisionMap } from '../../../src/domain/records/map';
import { createLibrary } from '../../../src/state/library/library';
import type { Library } from '../../../src/state/library/libraryTypes';
import { initialLibraryState, libraryState } from '../../../src/state/library/libraryState';
import { workbenchStore } from '../../../src/ui/shared/appStore';
import { closeTabs, EXPORTED_AT, memoryStorage, openTab } from '../../state/library/helpers';

let running: Library | null = null;

/**
 * The app's library (on the app's store and state, as the components read them) over an in-memory
 * browser storage holding `maps`, with `openId` open (default: the last map).
 */
export async function appLibraryWith(maps: DecisionMap[], openId?: string) {
  const memory = memoryStorage();
  const seed = openTab(memory.storage, { sample: maps[0] });
  await seed.library.ready;
  for (const map of maps.slice(1)) await seed.library.receive({ kind: 'map', map });
  await seed.library.open(openId ?? maps[maps.length - 1]?.id ?? '');
  closeTabs();
  libraryState.setState(initialLibraryState);
  const library = createLibrary(workbenchStore, {
    storage: memory.storage,
    loadSample: async () => serializeMapFile(maps[0] as DecisionMap, EXPORTED_AT),
    delayMs: 20,
    now: () => EXPORTED_AT,
    state: libraryState,
  });
  running = library;
  await act(async () => {
    await library.ready;
  });
  act(() => workbenchStore.getState().setNotice(null));
  return { library, memory };
}

/** Stops the app's library (call in afterEach). */
export function stopAppLibrary(): void {
  running?.dispose();
  running = null;
  act(() => libraryState.setState(initialLibraryState));
}

/** Runs a library operation inside act (the stores it changes re-render components). */
export async function acting<T>(run: () => Promise<T>): Promise<T> {
  let result: T | undefined;
  await act(async () => {
    result = await run();
  });
  return result as T;
}
