import { afterEach, describe, expect, it } from 'vitest';
import { serializeMapFile } from '../../../src/domain/format/serialize';
import { TEMPLATES } from '../../../src/domain/templates/templates';
import { getCommand } from '../../../src/state/commands/registry';
import type { WorkbenchStore } from '../../../src/state/store/types';
import { makeMap } from '../../builders';
import { storeWith } from '../helpers';
import { memoryStorage, sampleMap } from '../library/helpers';

/* The library as a slice of the one store: closed until started, one message per operation. */

const started: WorkbenchStore[] = [];
afterEach(() => started.splice(0).forEach((store) => store.getState().closeLibrary()));

async function withLibrary(): Promise<WorkbenchStore> {
  const store = storeWith(makeMap({ id: 'before-start' }));
  started.push(store);
  await store.getState().startLibrary({
    storage: memoryStorage().storage,
    loadSample: async () => serializeMapFile(sampleMap, '2026-11-24T10:00:00.000Z'),
  });
  return store;
}

const context = { canUndo: false, canRedo: false, canvas: {} };
const template = TEMPLATES[0];
if (!template) throw new Error('no template');

describe('the library slice', () => {
  it('is closed in a new store: its commands are disabled and its actions change nothing', async () => {
    const store = storeWith();
    expect(store.getState().library.status).toBe('closed');
    expect(getCommand('open-library').enabled(store.getState(), context)).toBe(false);
    expect(await store.getState().openMap('anything')).toBe(false);
    expect(await store.getState().newMap('blank')).toBeNull();
  });

  it('opens on the storage it is given, and closes again', async () => {
    const store = await withLibrary();
    expect(store.getState().library).toMatchObject({ status: 'open', openId: 'sample' });
    expect(getCommand('open-library').enabled(store.getState(), context)).toBe(true);
    store.getState().closeLibrary();
    expect(store.getState().library.status).toBe('closed');
  });

  it('starts a map from a template in the library, with one notice saying where to begin', async () => {
    const store = await withLibrary();
    const id = await store.getState().newMapFromTemplate(template);
    expect(store.getState().map.id).toBe(id);
    expect(store.getState().library.entries.map((e) => e.id)).toEqual(['sample', id]);
    expect(store.getState().notice?.text).toBe(
      `Started “${template.name}”: every state is unknown, answer them with the room (W walks through them).`,
    );
  });

  it('with the library closed (a live session), a template replaces the map shown', async () => {
    const store = storeWith();
    const id = await store.getState().newMapFromTemplate(template);
    expect(store.getState().map.id).toBe(id);
    expect(store.getState().library.entries).toEqual([]);
    expect(store.getState().notice?.text).toMatch(/^Started “/);
  });
});
