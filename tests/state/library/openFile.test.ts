import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeMapFile, serializeWorkspaceFile } from '../../../src/domain/format/serialize';
import { LIMITS } from '../../../src/domain/limits';
import type { DecisionMap } from '../../../src/domain/records/map';
import type { WorkbenchStore } from '../../../src/state/store/types';
import { makeApprover, makeMap, makeProof, makeRisk, requires } from '../../builders';
import { pastSteps, storeWith } from '../helpers';
import { memoryStorage } from './helpers';

const EXPORTED_AT = '2026-11-24T10:00:00.000Z';
const current = makeMap({
  id: 'current',
  title: 'Current market',
  nodes: [makeApprover({ id: 'cfo' }), makeProof({ id: 'soc2' })],
  edges: [requires('cfo', 'soc2')],
});
const incoming = makeMap({
  id: 'incoming',
  title: 'Enterprise finance',
  period: '2026-Q4',
  nodes: [makeRisk({ id: 'audit' })],
});

const started: WorkbenchStore[] = [];
afterEach(() => {
  for (const store of started.splice(0)) store.getState().closeLibrary();
});

/**
 * A store whose library (in memory) shows `current`, with a selection, and one undo step: all of it must
 * survive a refused file.
 */
async function busyStore(): Promise<WorkbenchStore> {
  const store = storeWith(makeMap({ id: 'before-start' }));
  started.push(store);
  await store.getState().startLibrary({
    storage: memoryStorage().storage,
    loadSample: async () => serializeMapFile(current, EXPORTED_AT),
  });
  store.getState().moveNodes([{ id: 'cfo', position: { x: 10, y: 10 } }]);
  store.getState().select({ nodes: ['cfo'] });
  return store;
}

const opened = (map: DecisionMap) => ({ status: 'opened', map });

const q2 = { ...incoming, id: 'q2', period: '2026-Q2', title: 'Q2' };
const q4 = { ...incoming, id: 'q4', period: '2026-Q4', title: 'Q4' };
const q3 = { ...incoming, id: 'q3', period: '2026-Q3', title: 'Q3' };

describe('opening a file (text, as pasted)', () => {
  it('adds the map to the library and shows it with a clean history; one notice says what happened', async () => {
    const store = await busyStore();
    expect(await store.getState().openFile(serializeMapFile(incoming, EXPORTED_AT))).toEqual(
      opened(incoming),
    );
    expect(store.getState().map).toEqual(incoming);
    expect(store.getState().library.openId).toBe('incoming');
    expect(store.getState().library.entries.map((e) => e.id)).toEqual(['current', 'incoming']);
    expect(store.getState().selection.nodes).toEqual([]);
    expect(store.getState().fileError).toBeNull();
    expect(store.getState().notice).toEqual({
      tone: 'info',
      text: 'Added one map to the library; opened “Enterprise finance” (2026-Q4).',
    });
    expect(pastSteps(store)).toBe(0);
  });

  it.each([
    ['empty text', '', 'not-json'],
    ['truncated JSON', '{"format":"obvious.decision-map",', 'not-json'],
    ['another kind of JSON', '{"hello":"world"}', 'not-a-map-file'],
    [
      'a newer version',
      JSON.stringify({ format: 'obvious.decision-map', version: 2, exportedAt: EXPORTED_AT, map: incoming }),
      'newer-version',
    ],
    [
      'severity 7',
      serializeMapFile(incoming, EXPORTED_AT).replace('"severity": 3', '"severity": 7'),
      'invalid',
    ],
  ])('refuses %s: sets fileError and changes nothing else', async (_, text, kind) => {
    const store = await busyStore();
    const before = store.getState();
    const outcome = await store.getState().openFile(text);
    expect(outcome.status).toBe('refused');
    const after = store.getState();
    expect(after.fileError?.kind).toBe(kind);
    expect(after.map).toBe(before.map);
    expect(after.selection).toBe(before.selection);
    expect(after.notice).toBe(before.notice);
    expect(after.library.entries).toBe(before.library.entries);
    expect(pastSteps(store)).toBe(1);
  });

  it('names each problem by its path', async () => {
    const store = await busyStore();
    await store
      .getState()
      .openFile(serializeMapFile(incoming, EXPORTED_AT).replace('"severity": 3', '"severity": 7'));
    expect(store.getState().fileError?.problems).toContainEqual({
      path: 'map.nodes[0].severity',
      message: 'expected an integer from 1 to 5, got 7',
    });
  });

  it('adds every map of a workspace file and shows the latest', async () => {
    const store = await busyStore();
    expect(await store.getState().openFile(serializeWorkspaceFile([q2, q4, q3], EXPORTED_AT))).toEqual(
      opened(q4),
    );
    expect(store.getState().map.id).toBe('q4');
    expect(store.getState().notice?.text).toBe('Added 3 maps to the library; opened “Q4” (2026-Q4).');
  });

  it('refuses a workspace file that holds no maps', async () => {
    const store = await busyStore();
    const outcome = await store.getState().openFile(serializeWorkspaceFile([], EXPORTED_AT));
    expect(outcome.status).toBe('refused');
    expect(store.getState().fileError?.summary).toBe('This workspace file holds no maps.');
  });

  it('a successful open closes an earlier refused-file dialog', async () => {
    const store = await busyStore();
    await store.getState().openFile('nope');
    await store.getState().openFile(serializeMapFile(incoming, EXPORTED_AT));
    expect(store.getState().fileError).toBeNull();
  });
});

describe('opening a file while the library is closed (a live session shows the room’s map)', () => {
  it('replaces the map shown, clears the history and says what was opened', async () => {
    const store = storeWith(current);
    store.getState().select({ nodes: ['cfo'] });
    expect(await store.getState().openFile(serializeMapFile(incoming, EXPORTED_AT))).toEqual(
      opened(incoming),
    );
    expect(store.getState().map).toEqual(incoming);
    expect(store.getState().selection.nodes).toEqual([]);
    expect(store.getState().library.entries).toEqual([]);
    expect(store.getState().notice).toEqual({ tone: 'info', text: 'Opened “Enterprise finance”.' });
    expect(pastSteps(store)).toBe(0);
  });

  it('opens the latest map of a workspace file and says how many it holds', async () => {
    const store = storeWith(current);
    await store.getState().openFile(serializeWorkspaceFile([q2, q4, q3], EXPORTED_AT));
    expect(store.getState().map.id).toBe('q4');
    expect(store.getState().notice?.text).toBe(
      'This workspace holds 3 maps; opened the latest, “Q4” (2026-Q4).',
    );
  });
});

describe('opening a file (a Blob, from the file input or a drop)', () => {
  const utf16 = (text: string) => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    return bytes;
  };

  it.each([
    ['UTF-8', new TextEncoder().encode(serializeMapFile(incoming, EXPORTED_AT))],
    [
      'UTF-8 with a byte-order mark',
      new Uint8Array([
        0xef,
        0xbb,
        0xbf,
        ...new TextEncoder().encode(serializeMapFile(incoming, EXPORTED_AT)),
      ]),
    ],
    ['UTF-16', utf16(serializeMapFile(incoming, EXPORTED_AT))],
  ])('opens a file in %s', async (_, bytes) => {
    const store = await busyStore();
    const outcome = await store.getState().openFile(new Blob([bytes]));
    expect(outcome).toEqual(opened(incoming));
    expect(store.getState().map).toEqual(incoming);
  });

  it('refuses binary data, keeping the map', async () => {
    const store = await busyStore();
    const before = store.getState().map;
    await store
      .getState()
      .openFile(new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0x00])]));
    expect(store.getState().fileError?.kind).toBe('not-json');
    expect(store.getState().map).toBe(before);
  });

  it('refuses a file over 20 MB without reading it', async () => {
    const store = await busyStore();
    const huge = {
      size: LIMITS.fileBytes + 1,
      arrayBuffer: vi.fn(async () => new ArrayBuffer(0)),
    } as unknown as Blob;
    const outcome = await store.getState().openFile(huge);
    expect(outcome.status).toBe('refused');
    expect(huge.arrayBuffer).not.toHaveBeenCalled();
    expect(store.getState().fileError?.kind).toBe('too-large');
    expect(store.getState().fileError?.summary).toMatch(/20 MB/);
  });
});
