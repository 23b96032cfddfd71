import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import { isResolved, resolve } from '../../../src/domain/analysis/resolve';
import { RESOLVED } from '../../../src/domain/records/states';
import { stateOf } from '../../../src/domain/records/nodeState';
import { applyWhatIf, whatIfChanges } from '../../../src/domain/edits/whatIf';
import {
  arbitraryMap,
  makeApprover,
  makeFriction,
  makeMap,
  makeProof,
  requires,
  burdens,
  nodeById,
} from '../../builders';

function roomMap() {
  const cfo = makeApprover({ id: 'cfo', label: 'CFO', veto: true, stance: 'skeptical' });
  const soc2 = makeProof({ id: 'soc2', label: 'SOC 2', status: 'missing' });
  const queue = makeFriction({ id: 'queue', label: 'Security review queue', status: 'present' });
  return makeMap({ nodes: [cfo, soc2, queue], edges: [requires(cfo, soc2), burdens(queue, cfo)] });
}

describe('a what-if', () => {
  it('changes the states it tries and nothing else, on a copy', () => {
    const map = roomMap();
    const tried = applyWhatIf(map, { soc2: 'verified', queue: 'removed' });
    expect(map.nodes.map(stateOf)).toEqual(['skeptical', 'missing', 'present']);
    expect(tried.nodes.map(stateOf)).toEqual(['skeptical', 'verified', 'removed']);
    expect(tried.nodes[0]).toBe(map.nodes[0]);
    expect(tried.edges).toBe(map.edges);
  });

  it.each([
    ['a node the map no longer has', { gone: 'verified' }],
    ['a state the kind cannot take', { soc2: 'removed' }],
    ['today’s state', { soc2: 'missing' }],
    ['nothing', {}],
  ] as const)('leaves the map as it is for %s', (_case, whatIf) => {
    const map = roomMap();
    expect(applyWhatIf(map, whatIf)).toBe(map);
    expect(whatIfChanges(map, whatIf)).toEqual([]);
  });

  it('moves the score as the analysis says, never down when it only resolves nodes', () => {
    fc.assert(
      fc.property(arbitraryMap({ minApprovers: 1 }), fc.nat(), (map, pick) => {
        const open = map.nodes.filter((n) => !isResolved(n));
        fc.pre(open.length > 0);
        const node = open[pick % open.length]!;
        const tried = applyWhatIf(map, { [node.id]: RESOLVED[node.kind] });
        expect(nodeById(tried, node.id)).toEqual(resolve(node));
        expect(analyze(tried).score).toBeGreaterThanOrEqual(analyze(map).score);
      }),
      { numRuns: 80 },
    );
  });
});
