import { act } from '@testing-library/react';
import { serializeMapFile } from '../../../src/domain/format/serialize';
import type { DecisionMap } from '../../../src/domain/records/map';
import { initialLibraryState } from '../../../src/state/library/types';
import { workbenchStore } from '../../../src/ui/shared/appStore';
import { closeTabs, EXPORTED_AT, memoryStorage, openTab } from '../../state/library/helpers';

/**
 * The app's library (the app's store, as the components read it) started on an in-memory browser
 * storage holding `maps`, with `openId` open (default: the last map).
 */
export async function appLibraryWith(maps: DecisionMap[], openId?: string) {
  const memory = memoryStorage();
  const seed = openTab(memory.storage, { sample: maps[0] });
  await seed.ready;
  for (const map of maps.slice(1)) await seed.library.openFile(serializeMapFile(map, EXPORTED_AT));
  await seed.library.openMap(openId ?? maps[maps.length - 1]?.id ?? '');
  closeTabs();
  act(() => workbenchStore.setState({ library: initialLibraryState }));
  await act(async () => {
    await workbenchStore.getState().startLibrary({
      storage: memory.storage,
      loadSample: async () => serializeMapFile(maps[0] as DecisionMap, EXPORTED_AT),
      delayMs: 20,
      now: () => EXPORTED_AT,
    });
  });
  act(() => workbenchStore.getState().setNotice(null));
  return { memory };
}

/** Closes the app's library (call in afterEach). */
export function stopAppLibrary(): void {
  workbenchStore.getState().closeLibrary();
  act(() => workbenchStore.setState({ library: initialLibraryState }));
}

/** Runs a library operation inside act (the store it changes re-renders components). */
export async function acting<T>(run: () => Promise<T>): Promise<T> {
  let result: T | undefined;
  await act(async () => {
    result = await run();
  });
  return result as T;
}
