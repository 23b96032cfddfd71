import { describe, expect, it } from 'vitest';
import { layoutDecisionNodes, layoutGraph } from '../../src/ui/canvas/autoLayout';
import { workshopMap } from './helpers';

describe('auto-layout', () => {
  it('puts each kind in its own partition: frictions, approvers, proofs, risks', () => {
    const graph = layoutGraph(workshopMap(), new Map());
    const partition = Object.fromEntries(
      (graph.children ?? []).map((c) => [c.id, c.layoutOptions?.['elk.partitioning.partition']]),
    );
    expect(partition).toEqual({ budget: '0', cfo: '1', legal: '1', soc2: '2', breach: '3' });
    expect(graph.children?.every((c) => c.width === 280)).toBe(true);
  });

  it('lays the map out left to right in that order, one position per decision node', async () => {
    const map = workshopMap();
    const moves = await layoutDecisionNodes(map, new Map([['cfo', { width: 300, height: 200 }]]));
    const x = Object.fromEntries(moves.map((m) => [m.id, m.position.x]));
    expect(Object.keys(x).sort()).toEqual(map.nodes.map((n) => n.id).sort());
    expect(x.budget).toBeLessThan(x.cfo ?? 0);
    expect(x.cfo).toBeLessThan(x.soc2 ?? 0);
    expect(x.soc2).toBeLessThan(x.breach ?? 0);
    // An approver linked to nothing still stands in the approvers' column.
    expect(x.legal).toBeGreaterThan(x.budget ?? 0);
    expect(x.legal).toBeLessThan(x.soc2 ?? 0);
  });
});
