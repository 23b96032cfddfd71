import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/state/commands/registry';
import { makeApprover, makeMap, makePlanItem, makeProof, nodeById, requires } from '../builders';
import { flushAll, peersOn, type LivePeer } from './livePeers';

const startMap = () =>
  makeMap({
    nodes: [makeApprover({ id: 'cfo', label: 'CFO' }), makeProof({ id: 'soc2', label: 'SOC 2 report' })],
    edges: [requires('cfo', 'soc2')],
    plan: [makePlanItem({ id: 'audit', addresses: ['soc2'] })],
  });

function syncAll(peers: readonly LivePeer[]): void {
  for (const a of peers)
    for (const b of peers)
      if (a !== b) Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)));
  flushAll(peers);
}

const canUndo = (p: LivePeer) => p.store.temporal.getState().pastStates.length > 0;
const canRedo = (p: LivePeer) => p.store.temporal.getState().futureStates.length > 0;

describe('undo is per person while live', () => {
  it('undoes my edit and leaves the other person’s edit of the same node', () => {
    const [a, b] = peersOn(startMap(), 2);
    a!.store.getState().updateNode('cfo', { label: 'Chief financial officer' });
    b!.store.getState().updateNode('cfo', { stance: 'supportive' });
    syncAll([a!, b!]);
    a!.store.getState().undo();
    syncAll([a!, b!]);
    for (const peer of [a!, b!])
      expect(nodeById(peer.store.getState().map, 'cfo')).toMatchObject({
        label: 'CFO',
        stance: 'supportive',
      });
  });

  it('never overwrites what someone else changed after me', () => {
    const [a, b] = peersOn(startMap(), 2);
    a!.store.getState().updateNode('cfo', { label: 'Finance chief' });
    syncAll([a!, b!]);
    b!.store.getState().updateNode('cfo', { label: 'CFO (EMEA)' });
    syncAll([a!, b!]);
    a!.store.getState().undo();
    syncAll([a!, b!]);
    expect(nodeById(a!.store.getState().map, 'cfo').label).toBe('CFO (EMEA)');
  });

  it('goes through the undo and redo commands, with their enabled state following my own history only', () => {
    const [a, b] = peersOn(startMap(), 2);
    expect(runCommand('undo', a!.store)).toBe(false);
    b!.store.getState().addNode('risk');
    syncAll([a!, b!]);
    expect(canUndo(a!)).toBe(false);
    a!.store.getState().addNode('friction');
    expect(canUndo(a!)).toBe(true);
    expect(runCommand('undo', a!.store)).toBe(true);
    expect(a!.store.getState().map.nodes.map((n) => n.kind)).toEqual(['approver', 'proof', 'risk']);
    expect(canUndo(a!)).toBe(false);
    expect(canRedo(a!)).toBe(true);
    expect(runCommand('redo', a!.store)).toBe(true);
    expect(a!.store.getState().map.nodes.map((n) => n.kind)).toEqual([
      'approver',
      'proof',
      'risk',
      'friction',
    ]);
  });

  it('undoes a whole drag in one step, however many frames it had', () => {
    const [a] = peersOn(startMap(), 1);
    const start = nodeById(a!.store.getState().map, 'cfo').position;
    a!.store.getState().beginDrag();
    for (let x = 10; x <= 200; x += 10) a!.store.getState().moveNodes([{ id: 'cfo', position: { x, y: x } }]);
    a!.store.getState().endDrag();
    a!.store.getState().updateNode('cfo', { label: 'After the drag' });
    expect(a!.undo.undoManager.undoStack).toHaveLength(2);
    a!.store.getState().undo();
    a!.store.getState().undo();
    expect(nodeById(a!.store.getState().map, 'cfo')).toMatchObject({ label: 'CFO', position: start });
  });

  it('brings back a deleted node with its edges and addresses, for everyone', () => {
    const [a, b] = peersOn(startMap(), 2);
    a!.store.getState().select({ nodes: ['soc2'] });
    a!.store.getState().deleteSelection();
    syncAll([a!, b!]);
    expect(b!.store.getState().map.nodes.map((n) => n.id)).toEqual(['cfo']);
    a!.store.getState().undo();
    syncAll([a!, b!]);
    for (const peer of [a!, b!]) expect(peer.store.getState().map).toEqual(startMap());
  });

  it('leaves a field as it is when undoing it clashes with a concurrent edit (and says so)', () => {
    // Yjs can leave a field with no value when the winner of two concurrent edits undoes theirs:
    // the binding refuses that map and puts the field back as it was before the undo.
    const [a, b] = peersOn(startMap(), 2);
    a!.doc.clientID = 2 ** 31;
    b!.doc.clientID = 1;
    a!.store.getState().updateNode('cfo', { label: 'Label from A' });
    b!.store.getState().updateNode('cfo', { label: 'Label from B' });
    syncAll([a!, b!]);
    expect(nodeById(a!.store.getState().map, 'cfo').label).toBe('Label from A');
    a!.store.getState().undo();
    expect(a!.store.getState().notice?.text).toMatch(/undo clashed with someone else/);
    syncAll([a!, b!]);
    for (const peer of [a!, b!])
      expect(nodeById(peer.store.getState().map, 'cfo').label).toBe('Label from A');
    expect(a!.store.getState().map).toEqual(b!.store.getState().map);
  });

  it('gives undo back to zundo, with an empty history, when the session ends', () => {
    const [a] = peersOn(startMap(), 1);
    a!.store.getState().addNode('risk');
    a!.undo.dispose();
    a!.binding.dispose();
    expect(canUndo(a!)).toBe(false);
    a!.store.getState().addNode('proof');
    expect(canUndo(a!)).toBe(true);
    a!.store.getState().undo();
    expect(a!.store.getState().map.nodes).toHaveLength(3);
  });
});
