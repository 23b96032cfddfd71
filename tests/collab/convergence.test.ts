import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_KINDS, PLAN_CATEGORIES, STANCES } from '../../src/domain/records/states';
import { makeApprover, makeMap, makePlanItem, makeProof, makeRisk, requires } from '../builders';
import { expectValid } from '../state/helpers';
import { flushAll, mapInDoc, peersOn, type LivePeer } from './livePeers';
import { Network, seededRandom } from './network';

/*
 * Five people edit one map through the store, as the app does, while their documents exchange updates
 * through an in-memory network: messages delivered in random order, people dropping off and coming
 * back, undo and redo mixed in. However it goes, once everyone is back and every message delivered,
 * all five show the same valid map — the map their document holds.
 */

const PEOPLE = 5;

type Step =
  | { kind: 'act'; peer: number; action: number; a: number; b: number }
  | { kind: 'deliver'; count: number }
  | { kind: 'flush'; peer: number }
  | { kind: 'disconnect'; peer: number }
  | { kind: 'reconnect'; peer: number };

const peer = fc.nat({ max: PEOPLE - 1 });
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record({
      kind: fc.constant('act' as const),
      peer,
      action: fc.nat(),
      a: fc.nat(),
      b: fc.nat(),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('deliver' as const), count: fc.integer({ min: 1, max: 12 }) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('flush' as const), peer }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('disconnect' as const), peer }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reconnect' as const), peer }) },
);

const pick = <T>(list: readonly T[], n: number): T | undefined =>
  list.length === 0 ? undefined : list[n % list.length];

/** One thing a person does in the workbench, chosen by `action`, on records chosen by `a` and `b`. */
function act(person: LivePeer, action: number, a: number, b: number): void {
  const s = person.store.getState();
  const { nodes, edges, plan } = s.map;
  const node = pick(nodes, a);
  const other = pick(nodes, b);
  const item = pick(plan, a);
  switch (action % 16) {
    case 0:
      s.addNode(pick(NODE_KINDS, a) ?? 'approver', { label: `Node ${a % 100}` });
      break;
    case 1:
      if (node) s.updateNode(node.id, { label: `Renamed ${b % 50}` });
      break;
    case 2:
      if (node?.kind === 'approver')
        s.updateNode(node.id, { stance: pick(STANCES, b) ?? 'unknown', veto: b % 2 === 0 });
      else if (node?.kind === 'proof') s.updateNode(node.id, { status: 'verified' });
      else if (node?.kind === 'risk') s.updateNode(node.id, { severity: (b % 5) + 1 });
      break;
    case 3:
      if (node) s.moveNodes([{ id: node.id, position: { x: a % 900, y: b % 700 } }]);
      break;
    case 4:
      if (node) {
        s.select({ nodes: [node.id] });
        person.store.getState().deleteSelection();
      }
      break;
    case 5:
      if (node && other) s.connect(node.id, other.id);
      break;
    case 6: {
      const edge = pick(edges, b);
      if (edge) s.deleteEdge(edge.id);
      break;
    }
    case 7:
      s.addPlanItem({ title: `Plan ${b % 40}`, category: pick(PLAN_CATEGORIES, b) ?? 'other' });
      break;
    case 8:
      if (item && node) s.toggleAddress(item.id, node.id);
      break;
    case 9:
      if (item) s.updatePlanItem(item.id, { title: `Plan renamed ${b % 30}` });
      break;
    case 10:
      if (item) s.deletePlanItem(item.id);
      break;
    case 11:
      s.updateMapFields({ title: `Map ${b % 20}`, period: `2026-Q${(b % 4) + 1}` });
      break;
    case 12:
      s.undo();
      break;
    case 13:
      s.redo();
      break;
    case 14:
      if (node) {
        s.beginDrag();
        for (let i = 1; i <= 3; i++)
          person.store
            .getState()
            .moveNodes([{ id: node.id, position: { x: (a + i * 7) % 900, y: (b + i * 11) % 700 } }]);
        person.store.getState().endDrag();
      }
      break;
    case 15:
      if (node && other) {
        s.select({ nodes: [node.id, other.id] });
        person.store.getState().duplicateSelection();
      }
      break;
  }
}

const startMap = () =>
  makeMap({
    nodes: [
      makeApprover({ id: 'cfo', veto: true }),
      makeApprover({ id: 'it' }),
      makeProof({ id: 'soc2' }),
      makeRisk({ id: 'lock-in' }),
    ],
    edges: [requires('cfo', 'soc2')],
    plan: [makePlanItem({ id: 'audit', addresses: ['soc2'] })],
  });

function run(seed: number, steps: readonly Step[]): LivePeer[] {
  const people = peersOn(startMap(), PEOPLE);
  const network = new Network(
    people.map((p) => p.doc),
    seededRandom(seed),
  );
  for (const s of steps) {
    if (s.kind === 'act') act(people[s.peer]!, s.action, s.a, s.b);
    else if (s.kind === 'deliver') for (let i = 0; i < s.count; i++) network.deliverOne();
    else if (s.kind === 'flush') people[s.peer]!.binding.flush();
    else if (s.kind === 'disconnect') network.disconnect(s.peer);
    else network.reconnect(s.peer);
    // Nobody is ever shown an invalid map, whatever has arrived so far.
    for (const p of people) expectValid(p.store.getState().map);
  }
  // Everyone back; repairs made while settling are new messages, so settle until quiet.
  for (let round = 0; round < 4; round++) {
    network.settle();
    flushAll(people);
  }
  expect(network.pending).toBe(0);
  return people;
}

describe('five people editing one map converge', () => {
  it('to the same valid map, whatever the delivery order and disconnects', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(step, { minLength: 200, maxLength: 400 }), (seed, steps) => {
        const people = run(seed, steps);
        const [first, ...others] = people.map((p) => p.store.getState().map);
        expectValid(first!);
        for (const map of others) expect(map).toEqual(first);
        for (const p of people) expect(mapInDoc(p.doc, first!)).toEqual(first);
      }),
      { numRuns: 30 },
    );
  });

  it('with real work done: the runs above add, link and delete records (a check on the generator)', () => {
    const steps = fc.sample(fc.array(step, { minLength: 300, maxLength: 300 }), { numRuns: 1, seed: 7 })[0]!;
    const people = run(7, steps);
    const map = people[0]!.store.getState().map;
    expect(map.nodes.length + map.plan.length).toBeGreaterThan(6);
    expect(people.some((p) => p.undo.undoManager.undoStack.length > 0)).toBe(true);
  });
});
