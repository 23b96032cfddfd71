import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeMapFile, serializeWorkspaceFile } from '../../../src/domain/format/serialize';
import type { DecisionMap } from '../../../src/domain/records/map';
import { mapsToWrite, planImport, sameMap } from '../../../src/state/library/importPlan';
import { makeApprover, makeMap, makeProof } from '../../builders';
import { closeTabs, EXPORTED_AT, libraryWith, liveIds } from './helpers';

afterEach(closeTabs);

const ours = makeMap({
  id: 'finance-q3',
  title: 'Finance teams',
  market: 'Mid-market finance',
  period: '2026-Q3',
  nodes: [makeApprover({ id: 'cfo', label: 'CFO', stance: 'skeptical' })],
});
/** Someone else's map that happens to use the same id. */
const theirs = makeMap({
  id: 'finance-q3',
  title: 'Finance teams (Paris office)',
  market: 'Mid-market finance',
  period: '2026-Q3',
  nodes: [makeApprover({ id: 'cfo', label: 'CFO', stance: 'champion' }), makeProof({ id: 'ref' })],
});
const theirNext = makeMap({
  id: 'finance-q4',
  title: 'Finance teams (Paris office)',
  market: 'Mid-market finance',
  period: '2026-Q4',
  basedOn: 'finance-q3',
});
const other = makeMap({ id: 'legal-tech', title: 'Legal teams', market: 'Legal tech', period: '2026-Q2' });

const workspace = (maps: DecisionMap[]) => serializeWorkspaceFile(maps, EXPORTED_AT);

describe('opening a file adds it to the library', () => {
  it('a map with a new id is added and opened; the map that was open stays in the library', async () => {
    const { store, library, memory } = await libraryWith([ours]);
    store.getState().updateMapFields({ decision: 'typed just before opening' });
    expect(await store.getState().openFile(serializeMapFile(other, EXPORTED_AT))).toEqual({
      status: 'opened',
      map: other,
    });
    expect(store.getState().notice).toEqual({
      tone: 'info',
      text: 'Added one map to the library; opened “Legal teams” (2026-Q2).',
    });
    await library.saveNow();
    expect(store.getState().map).toEqual(other);
    expect(liveIds(store)).toEqual(['finance-q3', 'legal-tech']);
    expect((await library.readLibraryMap('finance-q3'))?.decision).toBe('typed just before opening');
    expect(memory.copies()).toHaveLength(2);
  });

  it('a map the library already holds, unchanged, is simply opened: nothing is asked, nothing written twice', async () => {
    const { store, library, memory } = await libraryWith([ours, other]);
    await store.getState().openFile(serializeMapFile(other, EXPORTED_AT));
    await library.saveNow();
    expect(store.getState().library.pendingImport).toBeNull();
    expect(memory.copies()).toHaveLength(2);
    expect(store.getState().map).toEqual(other);
    // The message says whether anything was replaced (issue 16).
    expect(store.getState().notice?.text).toBe(
      'One map was already there, the same, nothing was replaced; opened “Legal teams” (2026-Q2).',
    );
  });
});

describe('an incoming map whose id the library already has', () => {
  async function collide() {
    const opened = await libraryWith([ours, other]);
    const keysBefore = opened.memory.copies();
    const indexBefore = opened.memory.index();
    expect(await opened.store.getState().openFile(workspace([theirs, theirNext]))).toEqual({
      status: 'asking',
    });
    await opened.library.saveNow();
    return { ...opened, keysBefore, indexBefore };
  }

  it('asks first, and writes nothing until the user chooses', async () => {
    const { memory, store, keysBefore, indexBefore } = await collide();
    expect(store.getState().library.pendingImport).toEqual({
      total: 2,
      collisions: [
        {
          id: 'finance-q3',
          incomingTitle: 'Finance teams (Paris office)',
          incomingPeriod: '2026-Q3',
          existingTitle: 'Finance teams',
          existingPeriod: '2026-Q3',
        },
      ],
    });
    expect(memory.copies()).toEqual(keysBefore);
    expect(memory.index()).toEqual(indexBefore);
    expect(store.getState().map).toEqual(ours);
  });

  it('cancel: nothing changes', async () => {
    const { library, memory, store, keysBefore } = await collide();
    await library.resolveImport('cancel');
    expect(store.getState().library.pendingImport).toBeNull();
    expect(memory.copies()).toEqual(keysBefore);
    expect(await library.readLibraryMap('finance-q3')).toEqual(ours);
  });

  it('keep both: the incoming map gets a new id, and the map based on it follows', async () => {
    const { library, store } = await collide();
    await library.resolveImport('keep-both');
    expect(await library.readLibraryMap('finance-q3')).toEqual(ours);
    const ids = liveIds(store);
    expect(ids).toHaveLength(4);
    const renamed = ids.find((id) => !['finance-q3', 'legal-tech', 'finance-q4'].includes(id)) ?? '';
    expect(await library.readLibraryMap(renamed)).toEqual({ ...theirs, id: renamed });
    expect(await library.readLibraryMap('finance-q4')).toEqual({ ...theirNext, basedOn: renamed });
    // A workspace opens on its latest map.
    expect(store.getState().map.id).toBe('finance-q4');
  });

  it('replace: the library’s map becomes the incoming one (the open map included)', async () => {
    const { library, store, memory } = await collide();
    await library.resolveImport('replace');
    expect(await library.readLibraryMap('finance-q3')).toEqual(theirs);
    expect(liveIds(store)).toEqual(['finance-q3', 'legal-tech', 'finance-q4']);
    expect(store.getState().map.id).toBe('finance-q4');
    expect(memory.copies()).toHaveLength(3);
  });
});

/** Small maps whose ids come from a small pool, so that collisions happen often. */
const arbitraryMaps = fc
  .uniqueArray(
    fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd'),
      title: fc.constantFrom('North', 'South'),
      period: fc.constantFrom('2026-Q1', '2026-Q2', ''),
      basedOn: fc.option(fc.constantFrom('a', 'b', 'c', 'd'), { nil: undefined }),
    }),
    { selector: (m) => m.id, maxLength: 4 },
  )
  .map((maps) =>
    maps.map((m) => makeMap({ ...m, ...(m.basedOn === undefined ? {} : { basedOn: m.basedOn }) })),
  );

describe('the import plan (property)', () => {
  it('keep both never touches a map the library holds, and every incoming map arrives, ids unique', () => {
    fc.assert(
      fc.property(arbitraryMaps, arbitraryMaps, (held, incoming) => {
        const byId = new Map(held.map((m) => [m.id, m]));
        const plan = planImport(incoming, (id) => byId.get(id));
        let n = 0;
        const written = mapsToWrite(plan, 'keep-both', () => `new-${++n}`);
        // Nothing written has the id of a map the library holds: nothing is overwritten.
        for (const map of written) expect(byId.has(map.id)).toBe(false);
        // Every incoming map is written or already there, its content intact apart from id and lineage.
        const arrived = [...written, ...plan.same];
        expect(arrived).toHaveLength(incoming.length);
        for (const map of incoming) {
          expect(
            arrived.some((a) => sameMap({ ...a, id: map.id, basedOn: map.basedOn } as DecisionMap, map)),
          ).toBe(true);
        }
        expect(new Set([...held.map((m) => m.id), ...written.map((m) => m.id)]).size).toBe(
          held.length + written.length,
        );
      }),
    );
  });

  it('replace writes exactly the incoming maps that differ, under their own ids', () => {
    fc.assert(
      fc.property(arbitraryMaps, arbitraryMaps, (held, incoming) => {
        const byId = new Map(held.map((m) => [m.id, m]));
        const plan = planImport(incoming, (id) => byId.get(id));
        const written = mapsToWrite(plan, 'replace', () => 'never-used');
        expect(written.map((m) => m.id).sort()).toEqual(
          incoming
            .filter((m) => !byId.has(m.id) || !sameMap(byId.get(m.id) as DecisionMap, m))
            .map((m) => m.id)
            .sort(),
        );
      }),
    );
  });
});
