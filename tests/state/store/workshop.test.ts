import { describe, expect, it } from 'vitest';
import { TWO_PLAN_ITEMS_TEXT } from '../../../src/domain/edits/link';
import { stateOf } from '../../../src/domain/records/nodeState';
import {
  burdens,
  makeApprover,
  makeFriction,
  makeMap,
  makePlanItem,
  makeProof,
  requires,
} from '../../builders';
import { storeWith } from '../helpers';

/*
 * Workshop mode's actions that take more than one edit: each is one undo step, and refusals are said
 * in a notice.
 */

function roomMap() {
  const cfo = makeApprover({ id: 'cfo', label: 'CFO', veto: true, stance: 'skeptical' });
  const soc2 = makeProof({ id: 'soc2', label: 'SOC 2', status: 'missing' });
  const queue = makeFriction({ id: 'queue', label: 'Security review queue', status: 'present' });
  return makeMap({ nodes: [cfo, soc2, queue], edges: [requires(cfo, soc2), burdens(queue, cfo)] });
}

const walkMap = () =>
  makeMap({
    nodes: [
      makeApprover({ id: 'cfo', label: 'CFO' }),
      makeProof({ id: 'soc2' }),
      makeApprover({ id: 'legal', label: 'Legal' }),
    ],
    plan: [makePlanItem({ id: 'aes', title: 'Hire 6 AEs' })],
  });

describe('keeping a what-if', () => {
  it('makes its states the map’s as ONE undo step, and closes it', () => {
    const store = storeWith(roomMap());
    const before = store.getState().map;
    store.getState().setWhatIf({ soc2: 'verified', queue: 'removed' });
    expect(store.getState().keepWhatIf()).toBe(2);
    const after = store.getState().map;
    expect(after.nodes.map(stateOf)).toEqual(['skeptical', 'verified', 'removed']);
    expect(store.getState().whatIf).toBeNull();
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().map).toEqual(before);
  });

  it('throwing it away changes nothing and records nothing', () => {
    const store = storeWith(roomMap());
    const before = store.getState().map;
    store.getState().setWhatIf({ soc2: 'verified' });
    store.getState().setWhatIf(null);
    expect(store.getState().map).toBe(before);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('keeps nothing when nothing differs from today', () => {
    const store = storeWith(roomMap());
    store.getState().setWhatIf({ soc2: 'missing' });
    expect(store.getState().keepWhatIf()).toBe(0);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });
});

describe('answering a question', () => {
  it('adds the named node below its kind’s column, linked to the approver, as one undo step', () => {
    const store = storeWith(walkMap());
    const id = store.getState().addNamedNode('proof', 'Reference customer', 'cfo');
    const state = store.getState();
    const node = state.map.nodes.find((n) => n.id === id);
    expect(node).toMatchObject({ kind: 'proof', label: 'Reference customer' });
    expect(state.map.edges).toContainEqual(
      expect.objectContaining({ kind: 'requires', source: 'cfo', target: id }),
    );
    expect(store.temporal.getState().pastStates).toHaveLength(1);
  });

  it.each([
    ['risk', 'fears', 'cfo', 'NEW'],
    ['friction', 'burdens', 'NEW', 'cfo'],
  ] as const)('links a new %s with a %s edge', (kind, edgeKind, source, target) => {
    const store = storeWith(walkMap());
    const id = store.getState().addNamedNode(kind, 'Something', 'cfo')!;
    const ends = { source: source === 'NEW' ? id : source, target: target === 'NEW' ? id : target };
    expect(store.getState().map.edges).toContainEqual(expect.objectContaining({ kind: edgeKind, ...ends }));
  });

  it('links a node already on the map, and unlinks it again', () => {
    const store = storeWith(walkMap());
    store.getState().toggleNeed('legal', 'soc2');
    expect(store.getState().map.edges).toContainEqual(
      expect.objectContaining({ kind: 'requires', source: 'legal', target: 'soc2' }),
    );
    store.getState().toggleNeed('legal', 'soc2');
    expect(store.getState().map.edges).toEqual([]);
  });
});

describe('a line drawn between two cards', () => {
  const planMap = () =>
    makeMap({
      nodes: [makeApprover({ id: 'cfo', label: 'CFO' }), makeProof({ id: 'soc2', label: 'SOC 2' })],
      plan: [makePlanItem({ id: 'audit', addresses: [] }), makePlanItem({ id: 'aes', addresses: ['cfo'] })],
    });

  it('between two nodes connects them with the edge their kinds call for', () => {
    const store = storeWith(planMap());
    expect(store.getState().link('soc2', 'cfo').ok).toBe(true);
    expect(store.getState().map.edges).toContainEqual(
      expect.objectContaining({ kind: 'requires', source: 'cfo', target: 'soc2' }),
    );
  });

  it('between a plan item and a node, either way round, makes the plan item address the node', () => {
    const store = storeWith(planMap());
    store.getState().link('soc2', 'audit');
    expect(store.getState().map.plan[0]?.addresses).toEqual(['soc2']);
    const before = store.getState().map;
    expect(store.getState().link('aes', 'cfo')).toEqual({ ok: true });
    expect(store.getState().map).toBe(before);
  });

  it('between two plan items is refused with a notice, and changes nothing', () => {
    const store = storeWith(planMap());
    const before = store.getState().map;
    expect(store.getState().link('audit', 'aes').ok).toBe(false);
    expect(store.getState().map).toBe(before);
    expect(store.getState().notice).toEqual({ tone: 'warning', text: TWO_PLAN_ITEMS_TEXT });
  });
});
