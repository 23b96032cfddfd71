import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/domain/analysis/analyze';
import type { DecisionMap } from '../../src/domain/records/map';
import { moveNodes } from '../../src/domain/edits/mapEdits';
import { createFlowEdgeBuilder } from '../../src/ui/flow/buildFlowEdges';
import { createFlowNodeBuilder, type FlowNodesInput } from '../../src/ui/flow/buildFlowNodes';
import { planLanePositions, PLAN_LANE } from '../../src/ui/flow/planLane';
import { arbitraryMap, makeApprover, makePlanItem } from '../builders';
import { workshopMap } from './helpers';

function inputFor(map: DecisionMap, overrides: Partial<FlowNodesInput> = {}): FlowNodesInput {
  return {
    map,
    analysis: analyze(map),
    selectedNodes: new Set(),
    selectedPlanItems: new Set(),
    pickingFor: null,
    measured: new Map(),
    lane: planLanePositions(
      map.nodes,
      map.plan.map((p) => p.id),
    ),
    ...overrides,
  };
}

describe('flow nodes: a view of the map that keeps unchanged cards', () => {
  it('moving one node hands React Flow a new object for that node only (property)', () => {
    fc.assert(
      fc.property(
        arbitraryMap({ minApprovers: 2, oddLabels: true }),
        fc.nat(),
        fc.integer({ min: 1, max: 500 }),
        (map, pick, dx) => {
          const build = createFlowNodeBuilder();
          const analysis = analyze(map);
          const lane = planLanePositions(
            map.nodes,
            map.plan.map((p) => p.id),
          );
          const before = build(inputFor(map, { analysis, lane }));
          const moved = map.nodes[pick % map.nodes.length];
          if (!moved) return;
          const next = moveNodes(map, [
            {
              id: moved.id,
              position: {
                x: moved.position.x > 0 ? moved.position.x - dx : moved.position.x + dx,
                y: moved.position.y,
              },
            },
          ]);
          // The analysis ignores positions and the lane holds still during a drag.
          const after = build(inputFor(next, { analysis, lane }));
          expect(after).toHaveLength(before.length);
          after.forEach((node, i) => {
            if (node.id === moved.id) expect(node).not.toBe(before[i]);
            else expect(node).toBe(before[i]);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('selecting a node changes only that node', () => {
    const map = workshopMap();
    const build = createFlowNodeBuilder();
    const before = build(inputFor(map));
    const after = build(inputFor(map, { selectedNodes: new Set(['soc2']) }));
    const changed = after.filter((node, i) => node !== before[i]).map((n) => n.id);
    expect(changed).toEqual(['soc2']);
    expect(after.find((n) => n.id === 'soc2')?.selected).toBe(true);
  });

  it('a card measured or selected keeps its data object, so the card itself does not render again', () => {
    const map = workshopMap();
    const build = createFlowNodeBuilder();
    const base = inputFor(map);
    const before = build(base);
    const measured = new Map(
      [...map.nodes.map((n) => n.id), ...map.plan.map((p) => p.id)].map((id) => [
        id,
        { width: 280, height: 120 },
      ]),
    );
    const first = map.nodes[0]?.id ?? '';
    const after = build({ ...base, measured, selectedNodes: new Set([first]) });
    after.forEach((node, i) => {
      expect(node).not.toBe(before[i]);
      expect(node.measured).toEqual({ width: 280, height: 120 });
      expect(node.data).toBe(before[i]?.data);
      expect(node.ariaLabel).toBe(before[i]?.ariaLabel);
    });
    expect(after.find((node) => node.id === first)?.selected).toBe(true);
    // A changed record does get new data.
    const renamed = {
      ...map,
      nodes: map.nodes.map((n) => (n.id === first ? { ...n, label: 'Renamed' } : n)),
    };
    const next = build({ ...base, map: renamed, analysis: analyze(renamed), measured });
    expect(next.find((node) => node.id === first)?.data).not.toBe(
      after.find((node) => node.id === first)?.data,
    );
  });

  it('carries what the analysis says: readiness on approvers, the constraint and its lift', () => {
    const map = workshopMap();
    const analysis = analyze(map);
    const nodes = createFlowNodeBuilder()(inputFor(map, { analysis }));
    const cfo = nodes.find((n) => n.id === 'cfo');
    expect(cfo?.type).toBe('approver');
    expect(cfo?.data).toMatchObject({ readiness: analysis.approvers.find((a) => a.id === 'cfo')?.readiness });
    const constraint = nodes.find((n) => n.id === analysis.constraint);
    expect(constraint?.data).toMatchObject({
      constraint: true,
      lift: analysis.lifts[analysis.constraint ?? ''],
    });
    expect(nodes.filter((n) => n.type !== 'planItem' && n.data.constraint === true)).toHaveLength(1);
  });

  it('while picking, marks the nodes the plan item addresses', () => {
    const map = workshopMap();
    const nodes = createFlowNodeBuilder()(inputFor(map, { pickingFor: 'audit' }));
    const picked = Object.fromEntries(
      nodes.filter((n) => n.type !== 'planItem').map((n) => [n.id, n.data.picked]),
    );
    expect(picked).toEqual({ cfo: false, legal: false, soc2: true, breach: false, budget: false });
  });
});

describe('flow edges', () => {
  it('labels domain edges with their kind and draws one dashed link per addressed node', () => {
    const map = workshopMap();
    const edges = createFlowEdgeBuilder()({ map, selectedEdges: new Set() });
    const decision = edges.filter((e) => e.type === 'decision');
    expect(decision.map((e) => e.ariaLabel)).toEqual([
      'Approver CFO requires Proof SOC 2 Type II report',
      'Approver CFO fears Risk Data exposed through a vendor',
      'Friction Outside the annual budget cycle burdens Approver CFO',
    ]);
    const links = edges.filter((e) => e.type === 'planLink');
    expect(links.map((e) => [e.source, e.target, e.selectable])).toEqual([['audit', 'soc2', false]]);
  });

  it('keeps edge objects for unchanged records', () => {
    const map = workshopMap();
    const build = createFlowEdgeBuilder();
    const before = build({ map, selectedEdges: new Set() });
    const after = build({ map: { ...map }, selectedEdges: new Set() });
    after.forEach((edge, i) => expect(edge).toBe(before[i]));
  });
});

describe('plan lane', () => {
  it('stacks plan items in a column left of the leftmost node, wrapping into more columns', () => {
    const nodes = [
      makeApprover({ position: { x: 100, y: 50 } }),
      makeApprover({ position: { x: 500, y: 50 + 3 * PLAN_LANE.rowHeight } }),
    ];
    const plan = Array.from({ length: 6 }, (_, i) => makePlanItem({ id: `p${i}` }).id);
    const lane = planLanePositions(nodes, plan);
    const xs = new Set([...lane.values()].map((p) => p.x));
    expect(xs.size).toBe(2);
    for (const position of lane.values())
      expect(position.x + PLAN_LANE.cardWidth).toBeLessThanOrEqual(100 - PLAN_LANE.gapToMap);
    expect(lane.get('p0')).toEqual({ x: Math.min(...xs), y: 50 });
    expect(new Set([...lane.values()].map((p) => `${p.x},${p.y}`)).size).toBe(6);
  });
});

describe('the panels’ view of the map', () => {
  it('stays the same object while only positions change, and follows every other edit', async () => {
    const { selectDecisionMap } = await import('../../src/ui/useDecisionMap');
    const map = workshopMap();
    const seen = selectDecisionMap({ map });
    expect(seen).toBe(map);
    const moved = moveNodes(map, [{ id: 'cfo', position: { x: 9, y: 9 } }]);
    expect(selectDecisionMap({ map: moved })).toBe(map);
    const retitled = { ...moved, title: 'Renamed' };
    expect(selectDecisionMap({ map: retitled })).toBe(retitled);
    const relabelled = {
      ...retitled,
      nodes: retitled.nodes.map((n) => (n.id === 'cfo' ? { ...n, label: 'Chief financial officer' } : n)),
    };
    expect(selectDecisionMap({ map: relabelled })).toBe(relabelled);
  });
});
