import { afterEach, describe, expect, it } from 'vitest';
import { openFile, parseMapFile } from '../../../src/domain/format/parseMapFile';
import type { OpenedFile } from '../../../src/domain/format/types';
import { serializeMapFile } from '../../../src/domain/format/serialize';
import { INDEX_KEY } from '../../../src/state/library/libraryIndex';
import { KEPT_INDEX_PREFIX } from '../../../src/state/library/libraryStart';
import { COPY_PREFIX, CURRENT_KEY, KEPT_KEY } from '../../../src/state/persistence/storage';
import { makeApprover, makeMap, makePlanItem, makeProof } from '../../builders';
import { closeTabs, EXPORTED_AT, libraryWith, liveIds, memoryStorage, openTab, sampleMap } from './helpers';

afterEach(closeTabs);

const q3 = makeMap({
  id: 'finance-q3',
  title: 'Finance teams',
  market: 'Mid-market finance',
  period: '2026-Q3',
  nodes: [
    makeApprover({ id: 'cfo', label: 'CFO' }),
    makeProof({ id: 'ref', label: 'Reference customer', status: 'missing' }),
  ],
  plan: [makePlanItem({ id: 'pilot', title: 'Run a pilot', addresses: ['ref'] })],
});
const legal = makeMap({ id: 'legal-tech', title: 'Legal teams', market: 'Legal tech', period: '2026-Q2' });
const q2 = makeMap({
  id: 'finance-q2',
  title: 'Finance teams',
  market: 'Mid-market finance',
  period: '2026-Q2',
});

/** The map saved in storage under an entry, read back through the one parse path. */
function savedMap(memory: ReturnType<typeof memoryStorage>, id: string) {
  const entry = memory.entry(id);
  const parsed = parseMapFile(String(entry ? memory.data.get(entry.key) : ''));
  if (!parsed.ok) throw new Error(`map ${id} is not saved: ${parsed.error.summary}`);
  return parsed.value;
}

describe('a new library', () => {
  it('starts with the sample, saved as an index plus one copy under the versioned layout', async () => {
    const memory = memoryStorage();
    const { store, ready } = openTab(memory.storage);
    await ready;
    expect(store.getState().map).toEqual(sampleMap);
    expect(memory.index()).toMatchObject({
      version: 1,
      open: 'sample',
      maps: [{ id: 'sample', title: 'Sample market' }],
    });
    expect(memory.entry('sample')?.key).toMatch(/^obvious:map:sample:/);
    expect(memory.data.get(memory.entry('sample')?.key ?? '')).toBe(serializeMapFile(sampleMap, EXPORTED_AT));
    expect(store.getState().library).toMatchObject({ status: 'open', openId: 'sample' });
  });

  it('moves the single map saved before the library into it; a refused copy is listed as such, with its raw text', async () => {
    const broken = '{"format":"obvious.decision-map","version":1,"map":{"nodes":[';
    const memory = memoryStorage({
      [CURRENT_KEY]: `${COPY_PREFIX}old`,
      [`${COPY_PREFIX}old`]: serializeMapFile(q3, EXPORTED_AT),
      [KEPT_KEY]: `${COPY_PREFIX}kept`,
      [`${COPY_PREFIX}kept`]: broken,
    });
    const { store, library, ready } = openTab(memory.storage);
    await ready;
    expect(store.getState().map).toEqual(q3);
    expect(memory.data.has(CURRENT_KEY)).toBe(false);
    expect(memory.data.has(KEPT_KEY)).toBe(false);
    const refused = memory.index().maps.find((e) => e.refused !== undefined);
    expect(refused?.key).toBe(`${COPY_PREFIX}kept`);
    expect(store.getState().notice?.text).toMatch(/could not be opened.*kept as it was/);
    expect(await library.savedMapText(refused?.id ?? '')).toBe(broken);
  });

  it('keeps a saved map it cannot open, says so, offers its raw text, and opens another map', async () => {
    const { memory } = await libraryWith([q3, legal]);
    const key = memory.entry('finance-q3')?.key ?? '';
    const broken = serializeMapFile(q3, EXPORTED_AT).replace('"status": "missing"', '"status": "lost"');
    memory.data.set(key, broken);
    const { store, library, ready } = openTab(memory.storage);
    await ready;
    expect(store.getState().map.id).toBe('legal-tech');
    expect(store.getState().notice).toMatchObject({ tone: 'warning' });
    expect(store.getState().notice?.text).toMatch(
      /“Finance teams” \(2026-Q3\) could not be opened.*export it from the Library/,
    );
    expect(memory.data.get(key)).toBe(broken);
    expect(memory.entry('finance-q3')?.refused).toBeDefined();
    expect(await library.savedMapText('finance-q3')).toBe(broken);
    // It stays: opening it refuses again, and no save ever deletes it.
    expect(await library.openMap('finance-q3')).toBe(false);
    store.getState().addNode('risk');
    await library.saveNow();
    expect(memory.data.get(key)).toBe(broken);
  });

  it('puts an index it cannot read aside, never deleting it, and starts again with the sample', async () => {
    const memory = memoryStorage({ [INDEX_KEY]: { version: 1, maps: 'not a list' } });
    const { store, ready } = openTab(memory.storage);
    await ready;
    const kept = [...memory.data.keys()].find((k) => k.startsWith(KEPT_INDEX_PREFIX));
    expect(kept && memory.data.get(kept)).toEqual({ version: 1, maps: 'not a list' });
    expect(store.getState().map).toEqual(sampleMap);
    expect(store.getState().notice?.text).toMatch(/could not be read; it is kept aside/);
  });
});

describe('library operations', () => {
  it('switching maps saves the open map’s changes first: nothing typed is lost', async () => {
    const { memory, store, library } = await libraryWith([q3, legal]);
    store.getState().updateMapFields({ decision: 'CFO signs a two-year contract' });
    expect(await library.openMap('legal-tech')).toBe(true);
    expect(store.getState().map).toEqual(legal);
    expect(savedMap(memory, 'finance-q3').decision).toBe('CFO signs a two-year contract');
    expect(memory.index().open).toBe('legal-tech');
  });

  it.each([
    ['blank', 'Untitled decision map', 0],
    ['sample', 'Sample market', sampleMap.nodes.length],
  ] as const)(
    'creates a map from %s under a new id and opens it, keeping the other maps',
    async (from, title, nodes) => {
      const { store, library } = await libraryWith([sampleMap]);
      const id = await library.newMap(from);
      expect(id).not.toBeNull();
      expect(id).not.toBe('sample');
      expect(store.getState().map).toMatchObject({ id, title });
      expect(store.getState().map.nodes).toHaveLength(nodes);
      expect(liveIds(store)).toEqual(['sample', id]);
    },
  );

  it('renames a map that is not open by saving a renamed copy (and deleting the old one)', async () => {
    const { memory, store, library } = await libraryWith([q3, legal]);
    const oldKey = memory.entry('legal-tech')?.key ?? '';
    expect(await library.renameMap('legal-tech', '  Legal operations  ')).toEqual({ ok: true });
    expect(savedMap(memory, 'legal-tech')).toEqual({ ...legal, title: 'Legal operations' });
    expect(memory.data.has(oldKey)).toBe(false);
    expect(store.getState().map).toEqual(q3);
    expect(await library.renameMap('legal-tech', '   ')).toMatchObject({ ok: false });
  });

  it('renames the open map as an undoable edit, saved at once', async () => {
    const { memory, store, library } = await libraryWith([q3]);
    await library.renameMap('finance-q3', 'Finance teams, Europe');
    expect(store.getState().map.title).toBe('Finance teams, Europe');
    expect(memory.entry('finance-q3')?.title).toBe('Finance teams, Europe');
    store.getState().undo();
    expect(store.getState().map.title).toBe('Finance teams');
  });

  it('duplicates a map under a new id and title; the open map stays open', async () => {
    const { memory, store, library } = await libraryWith([q3, legal]);
    const id = await library.duplicateMap('legal-tech');
    expect(savedMap(memory, id ?? '')).toEqual({ ...legal, id, title: 'Legal teams (copy)' });
    expect(store.getState().map.id).toBe('finance-q3');
  });

  it('starts next quarter: same node and plan ids, a new map id, basedOn set, the next period; opened', async () => {
    const { memory, store, library } = await libraryWith([q3]);
    const id = await library.startNextQuarter();
    const next = store.getState().map;
    expect(next).toEqual({ ...q3, id, basedOn: 'finance-q3', period: '2026-Q4' });
    expect(savedMap(memory, id ?? '')).toEqual(next);
    expect(savedMap(memory, 'finance-q3')).toEqual(q3);
    expect(store.getState().notice?.text).toMatch(/Started 2026-Q4 from 2026-Q3/);
  });

  it('starts next quarter with an empty period when this one is not a period it can count on from, and says so', async () => {
    const { store, library } = await libraryWith([{ ...q3, period: 'after the board meeting' }]);
    await library.startNextQuarter();
    expect(store.getState().map.period).toBe('');
    expect(store.getState().notice).toMatchObject({
      tone: 'warning',
      text: expect.stringMatching(/set its period/),
    });
  });

  it('deletes into the trash: the open map gives way to another of its market, and comes back on restore', async () => {
    const { memory, store, library } = await libraryWith([q3, legal, q2]);
    await library.trashMap('finance-q3');
    expect(store.getState().map.id).toBe('finance-q2');
    expect(memory.entry('finance-q3')?.trashedAt).toBe(EXPORTED_AT);
    expect(liveIds(store)).toEqual(['legal-tech', 'finance-q2']);
    expect(store.getState().notice?.text).toMatch(/Moved “Finance teams” \(2026-Q3\) to the trash/);
    await library.restoreMap('finance-q3');
    expect(liveIds(store)).toEqual(['finance-q3', 'legal-tech', 'finance-q2']);
    expect(savedMap(memory, 'finance-q3')).toEqual(q3);
  });

  it('deletes for good only from the trash', async () => {
    const { memory, library } = await libraryWith([q3, legal]);
    const key = memory.entry('legal-tech')?.key ?? '';
    await library.deleteMapForGood('legal-tech');
    expect(memory.entry('legal-tech')).toBeDefined();
    await library.trashMap('legal-tech');
    await library.deleteMapForGood('legal-tech');
    expect(memory.entry('legal-tech')).toBeUndefined();
    expect(memory.data.has(key)).toBe(false);
  });

  it('deleting the only map opens a blank one: the workbench never shows a map the library does not hold', async () => {
    const { memory, store, library } = await libraryWith([q3]);
    await library.trashMap('finance-q3');
    expect(store.getState().map).toMatchObject({ title: 'Untitled decision map', nodes: [] });
    expect(memory.entry(store.getState().map.id)).toBeDefined();
  });

  it('lists each map with its score and constraint', async () => {
    const { store } = await libraryWith([q3]);
    const [entry] = store.getState().library.entries;
    expect(entry?.score).toBeGreaterThanOrEqual(0);
    expect(entry?.constraint).toMatch(/^(Approver|Proof): /);
  });

  it('does not switch away when the open map’s changes cannot be saved', async () => {
    const { memory, store, library } = await libraryWith([q3, legal]);
    store.getState().addNode('risk', { label: 'Audit finding' });
    memory.failWhen((op) => op === 'set');
    expect(await library.openMap('legal-tech')).toBe(false);
    expect(store.getState().map.nodes.some((n) => n.label === 'Audit finding')).toBe(true);
    expect(store.getState().notice?.tone).toBe('error');
  });
});

describe('workspace export', () => {
  it('writes the whole library (not the trash), by market and period, and a fresh browser opens every map intact', async () => {
    const { memory, store, library } = await libraryWith([q3, legal, q2]);
    store.getState().addNode('risk', { label: 'Unsaved yet' });
    const trashed = await library.duplicateMap('legal-tech');
    await library.trashMap(trashed ?? '');
    const exported = await library.exportWorkspace();
    expect(exported.fileName).toBe('obvious-library-2026-11-24.obvious.json');
    expect(exported.count).toBe(3);
    const fresh = openTab(memoryStorage().storage);
    await fresh.ready;
    await fresh.library.openFile(exported.text);
    const ids = liveIds(fresh.store);
    expect(ids).toEqual(expect.arrayContaining(['finance-q2', 'finance-q3', 'legal-tech']));
    for (const id of ['finance-q2', 'finance-q3', 'legal-tech']) {
      expect(await fresh.library.readLibraryMap(id)).toEqual(await library.readLibraryMap(id));
    }
    expect(memory.copies()).toHaveLength(4);
  });

  it('writes one market’s history in period order', async () => {
    const { library } = await libraryWith([q3, legal, q2]);
    const exported = await library.exportWorkspace({
      market: 'Mid-market finance',
      ids: ['finance-q3', 'finance-q2'],
    });
    expect(exported.fileName).toBe('mid-market-finance-history.obvious.json');
    const file = parseWorkspace(exported.text);
    expect(file.kind === 'workspace' && file.maps.map((m) => m.id)).toEqual(['finance-q2', 'finance-q3']);
  });
});

/** A workspace file's text through the domain's one door, as the app opens it. */
function parseWorkspace(text: string): OpenedFile {
  const opened = openFile(text);
  if (!opened.ok) throw new Error(`the workspace file is refused: ${opened.error.summary}`);
  return opened.value;
}
