import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import { isResolved, resolve } from '../../../src/domain/analysis/resolve';
import { round1 } from '../../../src/domain/analysis/round';
import type { DecisionMap } from '../../../src/domain/records/map';
import {
  arbitraryMap,
  fears,
  makeApprover,
  makeMap,
  makeProof,
  makeRisk,
  reduces,
  requires,
  withNode,
} from '../../builders';

/** Brute force: re-score the whole map with some nodes resolved. */
const scoreWith = (map: DecisionMap, ids: readonly string[]): number =>
  analyze({ ...map, nodes: map.nodes.map((n) => (ids.includes(n.id) ? resolve(n) : n)) }).score;

describe('lifts (computed incrementally)', () => {
  it('equal a brute-force re-score of the map with that node resolved', () => {
    fc.assert(
      fc.property(arbitraryMap({ maxApprovers: 9, maxProofs: 12 }), (map) => {
        const { score, lifts } = analyze(map);
        for (const node of map.nodes) {
          if (isResolved(node)) continue;
          expect([node.id, lifts[node.id]]).toEqual([node.id, round1(scoreWith(map, [node.id]) - score)]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('equal a brute-force re-score for plan items and the ceiling too', () => {
    fc.assert(
      fc.property(arbitraryMap(), (map) => {
        const { score, plan } = analyze(map);
        map.plan.forEach((item, i) => {
          expect(plan.items[i]!.lift).toBe(
            item.addresses.length === 0 ? 0 : round1(scoreWith(map, item.addresses) - score),
          );
        });
        // The ceiling's low end: every addressed node resolved, unknowns still the worst answer;
        // its top answers the rest halfway, so it is never lower.
        expect(plan.ceilingBand.low).toBe(
          scoreWith(
            map,
            map.plan.flatMap((item) => item.addresses),
          ),
        );
        expect(plan.ceiling).toBe(plan.ceilingBand.high);
        expect(plan.ceilingBand.high).toBeGreaterThanOrEqual(plan.ceilingBand.low);
      }),
      { numRuns: 200 },
    );
  });

  it('see through a proof to the risk it reduces: a verified proof counts as half a reduction', () => {
    const cfo = makeApprover({ id: 'cfo', veto: true, stance: 'champion' });
    const pilot = makeProof({ id: 'pilot', status: 'missing' });
    const migration = makeRisk({ id: 'migration', severity: 5, reduction: 'none' });
    const map = makeMap({
      nodes: [cfo, pilot, migration],
      edges: [fears(cfo, migration), reduces(pilot, migration)],
    });
    // Severity 5 unreduced: 1 − 0.45 = 0.55 → 55. The pilot is not required by anyone, but verifying it
    // halves the migration risk's weight: 1 − 0.45 × 0.5 = 0.775 → 77.5 (+22.5); reducing the risk gives 100 (+45).
    const analysis = analyze(map);
    expect(analysis.score).toBe(55);
    expect(analysis.lifts).toEqual({ migration: 45, pilot: 22.5 });
    expect(analyze(withNode(map, 'pilot', (n) => resolve(n))).approvers[0]!.unresolved).toEqual([
      'migration',
    ]);
  });

  it('are reported for every unresolved node, including those worth nothing', () => {
    const lone = makeApprover({ id: 'a', stance: 'champion' });
    const orphan = makeProof({ id: 'orphan', status: 'claimed' });
    expect(analyze(makeMap({ nodes: [lone, orphan] })).lifts).toEqual({ orphan: 0 });
  });

  it('keep ids such as __proto__ as plain keys', () => {
    const approver = makeApprover({ id: '__proto__', stance: 'neutral' });
    const proof = makeProof({ id: 'constructor', status: 'missing' });
    const analysis = analyze(makeMap({ nodes: [approver, proof], edges: [requires(approver, proof)] }));
    expect(Object.keys(analysis.lifts)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(analysis.lifts)).toBe(Object.prototype);
    // Neutral 0.9, the proof missing 0.6: 0.6 × 0.9^0.2 = 0.5874 → 58.7. A champion: 0.6 → 60 (+1.3);
    // the proof verified: 0.9 → 90 (+31.3).
    expect(JSON.stringify(analysis.lifts)).toBe('{"__proto__":1.3,"constructor":31.3}');
  });
});
