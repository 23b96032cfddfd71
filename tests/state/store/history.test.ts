import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT } from '../../../src/state/store/slices/historySlice';
import type { WorkbenchStore } from '../../../src/state/store/types';
import {
  fears,
  makeApprover,
  makeMap,
  makePlanItem,
  makeProof,
  makeRisk,
  nodeById,
  requires,
} from '../../builders';
import { futureSteps, pastSteps, storeWith } from '../helpers';

const sample = () =>
  makeMap({
    nodes: [makeApprover({ id: 'cfo', label: 'CFO' }), makeProof({ id: 'soc2' }), makeRisk({ id: 'audit' })],
    edges: [requires('cfo', 'soc2'), fears('cfo', 'audit')],
    plan: [makePlanItem({ id: 'plan-soc2', addresses: ['soc2'] })],
  });

/** Every document action, each as one step. */
const ACTIONS: [string, (store: WorkbenchStore) => void][] = [
  ['addNode', (s) => s.getState().addNode('friction')],
  ['updateNode', (s) => s.getState().updateNode('cfo', { stance: 'champion' })],
  ['moveNodes', (s) => s.getState().moveNodes([{ id: 'cfo', position: { x: 99, y: 99 } }])],
  [
    'deleteSelection',
    (s) => {
      s.getState().select({ nodes: ['soc2'] });
      s.getState().deleteSelection();
    },
  ],
  [
    'duplicateSelection',
    (s) => {
      s.getState().select({ nodes: ['cfo', 'soc2'] });
      s.getState().duplicateSelection();
    },
  ],
  ['connect', (s) => s.getState().connect('audit', 'soc2')],
  ['deleteEdge', (s) => s.getState().deleteEdge('fears:cfo->audit')],
  ['addPlanItem', (s) => s.getState().addPlanItem({ title: 'Pilot programme' })],
  ['updatePlanItem', (s) => s.getState().updatePlanItem('plan-soc2', { category: 'process' })],
  ['deletePlanItem', (s) => s.getState().deletePlanItem('plan-soc2')],
  ['toggleAddress', (s) => s.getState().toggleAddress('plan-soc2', 'audit')],
  ['link', (s) => s.getState().link('plan-soc2', 'cfo')],
  ['updateMapFields', (s) => s.getState().updateMapFields({ period: '2026-Q4' })],
];

describe('undo and redo', () => {
  it.each(ACTIONS)('%s is one step: undo restores the map before it, redo the map after it', (_, act) => {
    const store = storeWith(sample());
    const before = store.getState().map;
    act(store);
    const after = store.getState().map;
    expect(after).not.toBe(before);
    expect(pastSteps(store)).toBe(1);
    store.getState().undo();
    expect(store.getState().map).toBe(before);
    expect(futureSteps(store)).toBe(1);
    store.getState().redo();
    expect(store.getState().map).toBe(after);
  });

  it('a new edit after undo drops the steps that could be redone', () => {
    const store = storeWith(sample());
    store.getState().updateNode('cfo', { stance: 'supportive' });
    store.getState().undo();
    store.getState().updateNode('cfo', { stance: 'opposed' });
    expect(futureSteps(store)).toBe(0);
  });

  it('records nothing for refused edits, edits that change nothing, and the session', () => {
    const store = storeWith(sample());
    store.getState().updateNode('cfo', { influence: 9 });
    store.getState().updateNode('cfo', { label: 'CFO' });
    store.getState().connect('soc2', 'soc2');
    store.getState().moveNodes([{ id: 'cfo', position: nodeById(sample(), 'cfo').position }]);
    store.getState().select({ nodes: ['cfo'] });
    store.getState().setNotice({ tone: 'info', text: 'Hello' });
    store.getState().startPicking('plan-soc2');
    store.getState().requestCenter('cfo');
    store.getState().setSaveStatus('saving');
    expect(pastSteps(store)).toBe(0);
  });

  it('undo does not bring back the selection; it drops selected ids the map no longer has', () => {
    const store = storeWith(sample());
    store.getState().addNode('proof');
    expect(store.getState().selection.nodes).toEqual(['proof-1']);
    store.getState().undo();
    expect(store.getState().selection.nodes).toEqual([]);
  });

  it('undo stops picking for a plan item that no longer exists', () => {
    const store = storeWith(sample());
    const id = store.getState().addPlanItem();
    store.getState().startPicking(id);
    store.getState().undo();
    expect(store.getState().pickingFor).toBeNull();
  });

  it(`keeps at most ${HISTORY_LIMIT} steps`, () => {
    const store = storeWith(sample());
    for (let i = 1; i <= HISTORY_LIMIT + 50; i++)
      store.getState().moveNodes([{ id: 'cfo', position: { x: i, y: 0 } }]);
    expect(pastSteps(store)).toBe(HISTORY_LIMIT);
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) store.getState().undo();
    expect(nodeById(store.getState().map, 'cfo').position.x).toBe(50);
  });

  it('replaceMap clears the history', () => {
    const store = storeWith(sample());
    store.getState().addNode('risk');
    store.getState().undo();
    store.getState().replaceMap(makeMap({ id: 'map-2' }));
    expect(pastSteps(store)).toBe(0);
    expect(futureSteps(store)).toBe(0);
  });
});

describe('a drag', () => {
  const drag = (store: WorkbenchStore, frames: number) => {
    store.getState().beginDrag();
    for (let i = 1; i <= frames; i++)
      store.getState().moveNodes([
        { id: 'cfo', position: { x: i * 3, y: i } },
        { id: 'soc2', position: { x: i, y: i * 2 } },
      ]);
    store.getState().endDrag();
  };

  it('of many frames is one step, undone in one go', () => {
    const store = storeWith(sample());
    const before = store.getState().map;
    drag(store, 60);
    expect(pastSteps(store)).toBe(1);
    expect(nodeById(store.getState().map, 'cfo').position).toEqual({ x: 180, y: 60 });
    store.getState().undo();
    expect(store.getState().map).toBe(before);
    store.getState().redo();
    expect(nodeById(store.getState().map, 'cfo').position).toEqual({ x: 180, y: 60 });
  });

  it('that moves nothing records nothing', () => {
    const store = storeWith(sample());
    store.getState().beginDrag();
    store.getState().endDrag();
    expect(pastSteps(store)).toBe(0);
  });

  it('is separate from the edits before and after it', () => {
    const store = storeWith(sample());
    store.getState().updateNode('cfo', { stance: 'supportive' });
    drag(store, 5);
    store.getState().updateNode('cfo', { stance: 'champion' });
    expect(pastSteps(store)).toBe(3);
  });

  it('ends before an undo pressed mid-drag, and the drag is what is undone', () => {
    const store = storeWith(sample());
    store.getState().updateNode('cfo', { stance: 'supportive' });
    const beforeDrag = store.getState().map;
    store.getState().beginDrag();
    store.getState().moveNodes([{ id: 'cfo', position: { x: 500, y: 500 } }]);
    store.getState().undo();
    expect(store.getState().map).toBe(beforeDrag);
    expect(store.temporal.getState().isTracking).toBe(true);
  });

  it('a second beginDrag during a drag does not split it', () => {
    const store = storeWith(sample());
    store.getState().beginDrag();
    store.getState().moveNodes([{ id: 'cfo', position: { x: 1, y: 1 } }]);
    store.getState().beginDrag();
    store.getState().moveNodes([{ id: 'cfo', position: { x: 2, y: 2 } }]);
    store.getState().endDrag();
    expect(pastSteps(store)).toBe(1);
  });

  it('is bounded by the history limit like any step', () => {
    const store = storeWith(sample());
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) drag(store, 2);
    expect(pastSteps(store)).toBe(HISTORY_LIMIT);
  });
});

describe('a batch', () => {
  it('makes every edit of one function one step, undone in one go, and returns what it returns', () => {
    const store = storeWith(sample());
    const before = store.getState().map;
    const id = store.getState().batch(() => {
      const added = store.getState().addNode('proof', { label: 'Reference customer' });
      store.getState().connect('cfo', added ?? '');
      store.getState().updateNode('cfo', { stance: 'supportive' });
      return added;
    });
    expect(id).not.toBeNull();
    expect(pastSteps(store)).toBe(1);
    store.getState().undo();
    expect(store.getState().map).toBe(before);
  });

  it('that changes nothing records nothing, and one that throws still ends its step', () => {
    const store = storeWith(sample());
    store.getState().batch(() => store.getState().updateNode('cfo', { label: 'CFO' }));
    expect(pastSteps(store)).toBe(0);
    expect(() =>
      store.getState().batch(() => {
        store.getState().updateNode('cfo', { stance: 'champion' });
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(store.temporal.getState().isTracking).toBe(true);
    expect(pastSteps(store)).toBe(1);
  });

  it('inside a drag belongs to the drag’s one step', () => {
    const store = storeWith(sample());
    store.getState().beginDrag();
    store.getState().moveNodes([{ id: 'cfo', position: { x: 7, y: 7 } }]);
    store.getState().batch(() => store.getState().updateNode('cfo', { stance: 'neutral' }));
    expect(store.temporal.getState().isTracking).toBe(false);
    store.getState().endDrag();
    expect(pastSteps(store)).toBe(1);
  });
});
