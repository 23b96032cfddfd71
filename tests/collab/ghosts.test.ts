import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { DecisionMap } from '../../src/domain/records/map';
import { makeApprover, makeMap, makePlanItem, makeProof, makeRisk, requires } from '../builders';
import { expectValid } from '../state/helpers';
import { flushAll, peersOn, type LivePeer } from './livePeers';

/*
 * Delete versus move: one person deletes a node while another, who has not seen the delete yet, moves it
 * (or renames it, links it, drags it). Records are created once and edited field by field, so the edits
 * land in a deleted record and vanish; what still points at the node is dropped when the map is built.
 */

const startMap = () =>
  makeMap({
    nodes: [
      makeApprover({ id: 'cfo' }),
      makeProof({ id: 'soc2' }),
      makeRisk({ id: 'lock-in' }),
      makeApprover({ id: 'cto' }),
    ],
    edges: [requires('cfo', 'soc2')],
    plan: [makePlanItem({ id: 'audit', addresses: ['soc2'] })],
  });

const send = (from: LivePeer, to: LivePeer) =>
  Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc)));

function expectNoTraceOf(id: string, map: DecisionMap): void {
  expectValid(map);
  expect(map.nodes.map((n) => n.id)).not.toContain(id);
  expect(map.edges.filter((e) => e.source === id || e.target === id)).toEqual([]);
  expect(map.plan.flatMap((p) => p.addresses)).not.toContain(id);
}

type Concurrent = (peer: LivePeer) => void;
const EDITS: { name: string; edit: Concurrent }[] = [
  {
    name: 'moves it',
    edit: (p) => p.store.getState().moveNodes([{ id: 'soc2', position: { x: 500, y: 500 } }]),
  },
  {
    name: 'drags it',
    edit: (p) => {
      p.store.getState().beginDrag();
      for (let x = 0; x < 50; x += 5) p.store.getState().moveNodes([{ id: 'soc2', position: { x, y: x } }]);
      p.store.getState().endDrag();
    },
  },
  {
    name: 'renames it',
    edit: (p) => p.store.getState().updateNode('soc2', { label: 'SOC 2 Type II', status: 'claimed' }),
  },
  {
    name: 'links it to a risk',
    edit: (p) => expect(p.store.getState().connect('soc2', 'lock-in').ok).toBe(true),
  },
  {
    name: 'links another approver to it',
    edit: (p) => expect(p.store.getState().connect('cto', 'soc2').ok).toBe(true),
  },
  {
    name: 'addresses it from a new plan item',
    edit: (p) => p.store.getState().addPlanItem({ title: 'Pen test', addresses: ['soc2'] }),
  },
];

describe('a deleted node stays deleted', () => {
  describe.each(EDITS)('while someone else $name', ({ edit }) => {
    it.each([
      ['the delete arrives first', true],
      ['the edit arrives first', false],
    ])('%s: no ghost node, no dangling edge or address, the same map for both', (_, deleteFirst) => {
      const [deleter, editor] = peersOn(startMap(), 2);
      deleter!.store.getState().select({ nodes: ['soc2'] });
      deleter!.store.getState().deleteSelection();
      edit(editor!);
      if (deleteFirst) {
        send(deleter!, editor!);
        send(editor!, deleter!);
      } else {
        send(editor!, deleter!);
        send(deleter!, editor!);
      }
      flushAll([deleter!, editor!]);
      const maps = [deleter!.store.getState().map, editor!.store.getState().map];
      for (const map of maps) expectNoTraceOf('soc2', map);
      expect(maps[1]).toEqual(maps[0]);
    });
  });

  it('stays deleted when the mover then undoes the move', () => {
    const [deleter, mover] = peersOn(startMap(), 2);
    deleter!.store.getState().select({ nodes: ['soc2'] });
    deleter!.store.getState().deleteSelection();
    mover!.store.getState().moveNodes([{ id: 'soc2', position: { x: 9, y: 9 } }]);
    send(deleter!, mover!);
    mover!.binding.flush();
    mover!.store.getState().undo();
    send(mover!, deleter!);
    flushAll([deleter!, mover!]);
    expectNoTraceOf('soc2', deleter!.store.getState().map);
    expect(mover!.store.getState().map).toEqual(deleter!.store.getState().map);
  });

  it('comes back, with its edges and the move made meanwhile, only when the person who deleted it undoes the delete', () => {
    const [deleter, mover] = peersOn(startMap(), 2);
    deleter!.store.getState().select({ nodes: ['soc2'] });
    deleter!.store.getState().deleteSelection();
    mover!.store.getState().moveNodes([{ id: 'soc2', position: { x: 9, y: 9 } }]);
    send(deleter!, mover!);
    send(mover!, deleter!);
    flushAll([deleter!, mover!]);
    deleter!.store.getState().undo();
    send(deleter!, mover!);
    flushAll([deleter!, mover!]);
    const map = mover!.store.getState().map;
    expect(map.nodes.find((n) => n.id === 'soc2')?.position).toEqual({ x: 9, y: 9 });
    expect(map.edges).toEqual(startMap().edges);
    expect(deleter!.store.getState().map).toEqual(map);
    expect(mover!.binding.stats().repairs).toBe(0);
  });
});
