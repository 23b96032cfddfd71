import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import {
  createAnalysisSelector,
  sameDecision,
  selectSelectedEdge,
  selectSelectedNode,
  selectSelectedPlanItem,
} from '../../../src/state/store/selectors';
import {
  fears,
  makeApprover,
  makeDeal,
  makeMap,
  makePlanItem,
  makeProof,
  makeRisk,
  requires,
} from '../../builders';
import { storeWith } from '../helpers';

const sample = () =>
  makeMap({
    nodes: [
      makeApprover({ id: 'cfo', label: 'CFO', veto: true, stance: 'skeptical' }),
      makeProof({ id: 'soc2' }),
      makeRisk({ id: 'audit' }),
    ],
    edges: [requires('cfo', 'soc2'), fears('cfo', 'audit')],
    plan: [makePlanItem({ id: 'plan-soc2', addresses: ['soc2'] })],
  });

function counted() {
  const analyzeMap = vi.fn(analyze);
  return { analyzeMap, select: createAnalysisSelector(analyzeMap) };
}

describe('selectAnalysis', () => {
  it('analyses a map once, however many panels read it', () => {
    const { analyzeMap, select } = counted();
    const store = storeWith(sample());
    const first = select(store.getState());
    expect(select(store.getState())).toBe(first);
    expect(select({ map: store.getState().map })).toBe(first);
    expect(analyzeMap).toHaveBeenCalledTimes(1);
    expect(first).toEqual(analyze(sample()));
  });

  it('reuses the analysis when only positions changed: a whole drag costs no analysis', () => {
    const { analyzeMap, select } = counted();
    const store = storeWith(sample());
    const before = select(store.getState());
    store.getState().beginDrag();
    for (let i = 0; i < 30; i++) {
      store.getState().moveNodes([
        { id: 'cfo', position: { x: i, y: i } },
        { id: 'audit', position: { x: -i, y: i } },
      ]);
      expect(select(store.getState())).toBe(before);
    }
    store.getState().endDrag();
    store.getState().undo();
    expect(select(store.getState())).toBe(before);
    expect(analyzeMap).toHaveBeenCalledTimes(1);
  });

  it.each([
    [
      'a stance changes',
      (s: ReturnType<typeof storeWith>) => s.getState().updateNode('cfo', { stance: 'champion' }),
    ],
    [
      'a label changes',
      (s: ReturnType<typeof storeWith>) =>
        s.getState().updateNode('cfo', { label: 'Chief Financial Officer' }),
    ],
    ['an edge is added', (s: ReturnType<typeof storeWith>) => s.getState().connect('soc2', 'audit')],
    [
      'a plan item addresses a node',
      (s: ReturnType<typeof storeWith>) => s.getState().toggleAddress('plan-soc2', 'audit'),
    ],
    ['a node is added', (s: ReturnType<typeof storeWith>) => s.getState().addNode('proof')],
  ])('analyses again when %s', (_, act) => {
    const { analyzeMap, select } = counted();
    const store = storeWith(sample());
    select(store.getState());
    act(store);
    const after = select(store.getState());
    expect(analyzeMap).toHaveBeenCalledTimes(2);
    expect(after).toEqual(analyze(store.getState().map));
  });

  it('a move followed by an edit is analysed afresh (the reuse never hides a change)', () => {
    const { select } = counted();
    const store = storeWith(sample());
    select(store.getState());
    store.getState().moveNodes([{ id: 'soc2', position: { x: 5, y: 5 } }]);
    select(store.getState());
    store.getState().updateNode('soc2', { status: 'verified' });
    expect(select(store.getState())).toEqual(analyze(store.getState().map));
  });
});

describe('sameDecision', () => {
  it('is true for a moved copy and false for any other change', () => {
    const map = sample();
    const moved = { ...map, nodes: map.nodes.map((n) => ({ ...n, position: { x: 1, y: 2 } })) };
    expect(sameDecision(map, moved)).toBe(true);
    expect(
      sameDecision(map, {
        ...moved,
        nodes: moved.nodes.map((n) => (n.kind === 'proof' ? { ...n, status: 'verified' as const } : n)),
      }),
    ).toBe(false);
    expect(sameDecision(map, { ...map, edges: [...map.edges] })).toBe(false);
    expect(sameDecision(map, { ...map, nodes: [...map.nodes].reverse() })).toBe(false);
    expect(
      sameDecision(map, { ...map, nodes: map.nodes.map((n) => (n.id === 'cfo' ? { ...n, notes: 'x' } : n)) }),
    ).toBe(false);
  });

  it('is false when the deal record changed (an import: the stalls and the market check move)', () => {
    const map = sample();
    const imported = { ...map, deals: [makeDeal({ id: 'd1', outcome: 'lost', stalledAt: ['cfo'] })] };
    expect(sameDecision(map, imported)).toBe(false);
    const { select } = counted();
    expect(select({ map: imported }).stalls).not.toEqual(select({ map }).stalls);
  });
});

describe('selection selectors', () => {
  it('give the one selected record, or null when the selection is empty or mixed', () => {
    const store = storeWith(sample());
    store.getState().select({ nodes: ['soc2'] });
    expect(selectSelectedNode(store.getState())?.id).toBe('soc2');
    store.getState().select({ nodes: ['soc2'], edges: ['requires:cfo->soc2'] });
    expect(selectSelectedNode(store.getState())).toBeNull();
    store.getState().select({ edges: ['requires:cfo->soc2'] });
    expect(selectSelectedEdge(store.getState())?.kind).toBe('requires');
    store.getState().select({ planItems: ['plan-soc2'] });
    expect(selectSelectedPlanItem(store.getState())?.id).toBe('plan-soc2');
    store.getState().select({});
    expect([
      selectSelectedNode(store.getState()),
      selectSelectedEdge(store.getState()),
      selectSelectedPlanItem(store.getState()),
    ]).toEqual([null, null, null]);
  });
});
