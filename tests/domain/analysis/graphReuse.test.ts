import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import { scoringGraphOf } from '../../../src/domain/analysis/scoringGraph';
import type { DecisionMap } from '../../../src/domain/records/map';
import { statesOf, withState } from '../../../src/domain/records/nodeState';
import { arbitraryMap } from '../../builders';

/** The same map in new arrays and objects: nothing for the graph cache to recognise. */
const fresh = (map: DecisionMap): DecisionMap => structuredClone(map);

/** The map with one node's state, severity or label changed, as the store's edits do (new node, new array). */
function edited(map: DecisionMap, pick: number, change: number): DecisionMap {
  const index = pick % map.nodes.length;
  const node = map.nodes[index]!;
  const states = statesOf(node);
  let next = withState(node, states[change % states.length]!) ?? node;
  if (change % 3 === 1) next = { ...next, label: `${next.label} (renamed)` };
  if (change % 3 === 2 && (next.kind === 'risk' || next.kind === 'friction'))
    next = { ...next, severity: ((next.severity % 5) + 1) as typeof next.severity };
  return { ...map, nodes: map.nodes.map((n, i) => (i === index ? next : n)) };
}

describe('reusing the scoring graph across edits', () => {
  it('an edited map analyses exactly as the same map read afresh (property)', () => {
    fc.assert(
      fc.property(
        arbitraryMap({ minApprovers: 1 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 }),
        (start, edits) => {
          fc.pre(start.nodes.length > 0);
          let map = start;
          analyze(map);
          for (const [pick, change] of edits) {
            map = edited(map, pick, change);
            expect(analyze(map)).toEqual(analyze(fresh(map)));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reuses the graph for a state edit, and builds a new one when nodes or edges change', () => {
    fc.assert(
      fc.property(arbitraryMap({ minApprovers: 2 }), (map) => {
        const first = scoringGraphOf(map).graph;
        const stateEdit = edited(map, 0, 1);
        expect(scoringGraphOf(stateEdit).graph).toBe(first);
        const fewer = { ...map, nodes: map.nodes.slice(1) };
        expect(scoringGraphOf(fewer).graph).not.toBe(first);
        const reordered = { ...map, nodes: [...map.nodes].reverse() };
        if (map.nodes.length > 1) expect(scoringGraphOf(reordered).graph).not.toBe(first);
        expect(scoringGraphOf({ ...map, edges: [...map.edges] }).graph).not.toBe(first);
      }),
      { numRuns: 100 },
    );
  });
});
