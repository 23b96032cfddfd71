import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { mapDoc } from '../../src/collab/doc/mapDoc';
import { getCommand } from '../../src/state/commands/registry';
import type { DecisionMap } from '../../src/domain/records/map';
import { makeApprover, makeMap, makePlanItem, makeProof, makeRisk, nodeById, requires } from '../builders';
import { expectValid } from '../state/helpers';
import { copyOf, docWith, flushAll, joinPeer, mapInDoc, peersOn } from './livePeers';

const cfo = makeApprover({ id: 'cfo', label: 'CFO', veto: true });
const soc2 = makeProof({ id: 'soc2', label: 'SOC 2 report' });
const lockIn = makeRisk({ id: 'lock-in', label: 'Vendor lock-in' });
const startMap = (): DecisionMap =>
  makeMap({
    nodes: [cfo, soc2, lockIn],
    edges: [requires(cfo, soc2)],
    plan: [makePlanItem({ id: 'audit', title: 'Get audited', addresses: ['soc2'] })],
  });

/** Both ways, as the sync protocol would: each gets what the other has. */
function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

/** A record map of the document, by id (for writing as a misbehaving peer would). */
function recordIn(doc: Y.Doc, collection: 'nodes' | 'edges' | 'plan', id: string): Y.Map<unknown> {
  const list = mapDoc(doc)[collection];
  const found = list.toArray().find((entry) => entry instanceof Y.Map && entry.get('id') === id);
  if (!(found instanceof Y.Map)) throw new Error(`no ${id} in ${collection}`);
  return found;
}

describe('joining', () => {
  it('shows the map of the document and clears the history of what was open before', () => {
    const [a] = peersOn(startMap(), 1);
    expect(a!.store.getState().map).toEqual(startMap());
    expect(a!.store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('keeps the store’s map while the document is empty, and writes all of it on the first edit', () => {
    const doc = new Y.Doc();
    const a = joinPeer('a', doc);
    a.store.getState().replaceMap(startMap());
    a.store.getState().updateMapFields({ title: 'Finance teams, EU' });
    const b = joinPeer('b', copyOf(doc));
    expect(b.store.getState().map).toEqual({ ...startMap(), title: 'Finance teams, EU' });
  });
});

describe('local changes and remote changes', () => {
  it('shares an edit, and the other person gets it without an undo step of their own', () => {
    const [a, b] = peersOn(startMap(), 2);
    a!.store.getState().updateNode('cfo', { stance: 'supportive' });
    sync(a!.doc, b!.doc);
    b!.binding.flush();
    expect(nodeById(b!.store.getState().map, 'cfo')).toMatchObject({ stance: 'supportive' });
    expect(b!.store.temporal.getState().pastStates).toHaveLength(0);
    expect(a!.store.temporal.getState().pastStates).toHaveLength(1);
  });

  it('keeps the identity of every record a remote change did not touch', () => {
    const [a, b] = peersOn(startMap(), 2);
    const before = b!.store.getState().map;
    a!.store.getState().moveNodes([{ id: 'soc2', position: { x: 300, y: 40 } }]);
    sync(a!.doc, b!.doc);
    b!.binding.flush();
    const after = b!.store.getState().map;
    expect(nodeById(after, 'soc2').position).toEqual({ x: 300, y: 40 });
    expect(nodeById(after, 'cfo')).toBe(nodeById(before, 'cfo'));
    expect(after.edges).toBe(before.edges);
    expect(after.plan).toBe(before.plan);
  });

  it('merges two people editing different fields of the same node at once', () => {
    const [a, b] = peersOn(startMap(), 2);
    a!.store.getState().updateNode('cfo', { label: 'Chief financial officer' });
    b!.store.getState().updateNode('cfo', { stance: 'skeptical' });
    sync(a!.doc, b!.doc);
    flushAll([a!, b!]);
    for (const peer of [a!, b!])
      expect(nodeById(peer.store.getState().map, 'cfo')).toMatchObject({
        label: 'Chief financial officer',
        stance: 'skeptical',
      });
  });

  it('counts both people linking the same plan item at once', () => {
    const [a, b] = peersOn(startMap(), 2);
    a!.store.getState().toggleAddress('audit', 'cfo');
    b!.store.getState().toggleAddress('audit', 'lock-in');
    sync(a!.doc, b!.doc);
    flushAll([a!, b!]);
    expect(a!.store.getState().map.plan[0]!.addresses).toEqual(b!.store.getState().map.plan[0]!.addresses);
    expect([...a!.store.getState().map.plan[0]!.addresses].sort()).toEqual(['cfo', 'lock-in', 'soc2']);
  });

  it('keeps the selection where it still exists after a remote delete', () => {
    const [a, b] = peersOn(startMap(), 2);
    b!.store.getState().select({ nodes: ['cfo', 'soc2'] });
    a!.store.getState().select({ nodes: ['soc2'] });
    a!.store.getState().deleteSelection();
    sync(a!.doc, b!.doc);
    b!.binding.flush();
    expect(b!.store.getState().selection.nodes).toEqual(['cfo']);
    expect(b!.store.getState().map.edges).toEqual([]);
    expect(b!.store.getState().map.plan[0]!.addresses).toEqual([]);
  });
});

describe('a peer cannot introduce an invalid map', () => {
  // Each case writes into a copy of the document the way a buggy or hostile client could.
  const cases: { name: string; tamper: (doc: Y.Doc) => void; mentions: string }[] = [
    {
      name: 'an empty label',
      tamper: (doc) => recordIn(doc, 'nodes', 'cfo').set('label', ''),
      mentions: 'cfo: label',
    },
    {
      name: 'a stance that does not exist',
      tamper: (doc) => recordIn(doc, 'nodes', 'cfo').set('stance', 'ecstatic'),
      mentions: 'stance',
    },
    {
      name: 'a position that is not a number',
      tamper: (doc) => recordIn(doc, 'nodes', 'soc2').set('position', { x: 'far', y: 0 }),
      mentions: 'position',
    },
    { name: 'an empty map title', tamper: (doc) => mapDoc(doc).fields.set('title', ''), mentions: 'title' },
    {
      name: 'an edge joining the wrong kinds',
      tamper: (doc) => {
        const edge = new Y.Map<unknown>();
        for (const [k, v] of Object.entries({ id: 'bad', kind: 'requires', source: 'soc2', target: 'cfo' }))
          edge.set(k, v);
        mapDoc(doc).edges.push([edge]);
      },
      mentions: 'edges bad',
    },
    {
      name: 'something that is not a record at all',
      tamper: (doc) => mapDoc(doc).nodes.push(['just text']),
      mentions: 'nodes #4',
    },
    {
      name: 'a javascript: link as evidence',
      tamper: (doc) =>
        recordIn(doc, 'nodes', 'soc2').set('evidence', [{ text: 'x', url: 'javascript:alert(1)' }]),
      mentions: 'evidence',
    },
  ];

  it.each(cases)('refuses $name, says so, and repairs the document for everyone', ({ tamper, mentions }) => {
    const [b, c] = peersOn(startMap(), 2);
    const rogue = copyOf(b!.doc);
    tamper(rogue);
    const before = b!.store.getState().map;
    sync(rogue, b!.doc);
    b!.binding.flush();

    expect(b!.store.getState().map).toBe(before);
    expect(b!.store.getState().notice?.text).toContain(mentions);
    expect(b!.binding.stats().refused).toBe(1);
    // b put the document back; everyone (the rogue copy included) ends with a valid map again.
    sync(b!.doc, c!.doc);
    sync(b!.doc, rogue);
    c!.binding.flush();
    expect(mapInDoc(rogue, before)).toEqual(startMap());
    expect(c!.store.getState().map).toEqual(startMap());
  });

  it('puts a whole record back when fixing its fields is not enough (a node that changed kind)', () => {
    const [b] = peersOn(startMap(), 1);
    const rogue = copyOf(b!.doc);
    recordIn(rogue, 'nodes', 'cfo').set('kind', 'proof');
    sync(rogue, b!.doc);
    b!.binding.flush();
    expect(b!.store.getState().map).toEqual(startMap());
    expect(mapInDoc(b!.doc, startMap())).toEqual(startMap());
  });

  it('keeps the valid changes that arrived together with a refused one', () => {
    const [a, b] = peersOn(startMap(), 2);
    const rogue = copyOf(b!.doc);
    recordIn(rogue, 'nodes', 'cfo').set('influence', 9);
    a!.store.getState().updateNode('lock-in', { severity: 5 });
    sync(rogue, b!.doc);
    sync(a!.doc, b!.doc);
    b!.binding.flush();
    const map = b!.store.getState().map;
    expect(nodeById(map, 'lock-in')).toMatchObject({ severity: 5 });
    expect(nodeById(map, 'cfo')).toMatchObject({ influence: 3 });
    expectValid(map);
  });

  it('drops keys the format does not know, such as __proto__', () => {
    const [a, b] = peersOn(startMap(), 2);
    const rogue = copyOf(a!.doc);
    recordIn(rogue, 'nodes', 'cfo').set('__proto__', { polluted: true });
    recordIn(rogue, 'nodes', 'cfo').set('secret', 'x');
    recordIn(rogue, 'nodes', 'cfo').set('label', 'CFO (renamed)');
    sync(rogue, b!.doc);
    b!.binding.flush();
    const node = nodeById(b!.store.getState().map, 'cfo');
    expect(node.label).toBe('CFO (renamed)');
    expect(Object.keys(node)).not.toContain('secret');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('counts an edge to a node that is gone as a repair, not as an invalid map', () => {
    const [b] = peersOn(startMap(), 1);
    const rogue = copyOf(b!.doc);
    const edge = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({ id: 'e-gone', kind: 'requires', source: 'cfo', target: 'gone' }))
      edge.set(k, v);
    mapDoc(rogue).edges.push([edge]);
    recordIn(rogue, 'nodes', 'cfo').set('label', 'CFO, EMEA');
    sync(rogue, b!.doc);
    b!.binding.flush();
    expect(nodeById(b!.store.getState().map, 'cfo').label).toBe('CFO, EMEA');
    expect(b!.store.getState().map.edges.map((e) => e.id)).not.toContain('e-gone');
    expect(b!.binding.stats()).toEqual({ repairs: 1, refused: 0 });
    expect(b!.store.getState().notice).toBeNull();
  });
});

describe('a view-only link', () => {
  it('never writes a local change and puts the shared map back at once', () => {
    const [a, viewer] = peersOn(startMap(), 2, ['edit', 'view']);
    const docBefore = Y.encodeStateVector(viewer!.doc);
    viewer!.store.getState().updateNode('cfo', { stance: 'opposed' });
    viewer!.store.getState().addNode('risk');
    expect(viewer!.store.getState().map).toEqual(startMap());
    expect(Y.encodeStateVector(viewer!.doc)).toEqual(docBefore);
    expect(viewer!.store.getState().notice?.text).toMatch(/view-only/);
    // …and still follows everyone else.
    a!.store.getState().updateNode('cfo', { stance: 'champion' });
    sync(a!.doc, viewer!.doc);
    viewer!.binding.flush();
    expect(nodeById(viewer!.store.getState().map, 'cfo')).toMatchObject({ stance: 'champion' });
  });

  it('disables the commands that change the map, and only those', () => {
    const [viewer] = peersOn(startMap(), 1, ['view']);
    viewer!.store.getState().setReadOnly(true);
    const history = { canUndo: true, canRedo: true, canvas: {} };
    const state = { ...viewer!.store.getState(), selection: { nodes: ['cfo'], edges: [], planItems: [] } };
    for (const id of [
      'add-approver',
      'add-plan-item',
      'delete',
      'duplicate',
      'undo',
      'redo',
      'paste-map',
    ] as const)
      expect(getCommand(id).enabled(state, history), id).toBe(false);
    for (const id of ['export-json', 'select-all'] as const)
      expect(getCommand(id).enabled(state, history), id).toBe(true);
    viewer!.store.getState().setReadOnly(false);
    expect(getCommand('add-approver').enabled(viewer!.store.getState(), history)).toBe(true);
  });

  it('does not repair the document either (only editors write)', () => {
    const viewerDoc = docWith(startMap());
    const viewer = joinPeer('v', viewerDoc, 'view');
    recordIn(viewerDoc, 'nodes', 'cfo').set('label', '');
    const vector = Y.encodeStateVector(viewerDoc);
    viewer.binding.flush();
    expect(viewer.binding.stats().refused).toBe(1);
    expect(Y.encodeStateVector(viewerDoc)).toEqual(vector);
  });
});
