import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import { ScoreModel } from '../../../src/domain/analysis/scoreModel';
import { buildScoringGraph } from '../../../src/domain/analysis/scoringGraph';
import type { DecisionNode } from '../../../src/domain/records/node';
import {
  arbitraryMapPair,
  fears,
  makeApprover,
  makeMap,
  makeProof,
  makeRisk,
  reduces,
  requires,
} from '../../builders';

describe('ScoreModel', () => {
  it('rolls any changes back exactly, to the last bit', () => {
    fc.assert(
      fc.property(arbitraryMapPair(), fc.array(fc.nat(), { maxLength: 12 }), ([a, b], picks) => {
        const { graph, sides } = buildScoringGraph([a, b]);
        const model = new ScoreModel(graph, sides[0]!);
        const before = [model.rawScore(), ...graph.approvers.map((n) => model.readiness(n))];
        const mark = model.checkpoint();
        for (const pick of picks) {
          // Half the time a node takes its state in the other map, half the time an edge flips.
          if (pick % 2 === 0 && graph.ids.length > 0) {
            const n = (pick >> 1) % graph.ids.length;
            model.setNode(n, sides[1]!.nodes[n]);
          } else if (graph.edgeKinds.length > 0) {
            const e = (pick >> 1) % graph.edgeKinds.length;
            model.setEdge(e, sides[1]!.edges[e] === 1);
          }
        }
        model.rollback(mark);
        expect([model.rawScore(), ...graph.approvers.map((n) => model.readiness(n))]).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('scores the same as analyze whatever other map shares its graph', () => {
    fc.assert(
      fc.property(arbitraryMapPair(), ([a, b]) => {
        const { graph, sides } = buildScoringGraph([b, a]);
        expect(new ScoreModel(graph, sides[1]!).score()).toBe(analyze(a).score);
      }),
    );
  });

  it('stays linear with hubs: an approver needing thousands of proofs, a risk thousands of proofs reduce', () => {
    const hubMap = (size: number) => {
      const approvers = Array.from({ length: 50 }, (_, i) =>
        makeApprover({ id: `a${i}`, stance: 'supportive', veto: i === 1 }),
      );
      const proofs = Array.from({ length: size }, (_, i) =>
        makeProof({ id: `p${i}`, status: i % 2 ? 'claimed' : 'demonstrated' }),
      );
      const risk = makeRisk({ id: 'hub-risk', severity: 5, reduction: 'none' });
      const nodes: DecisionNode[] = [...approvers, ...proofs, risk];
      const edges = [
        fears(approvers[1]!, risk),
        fears(approvers[2]!, risk),
        ...proofs.map((p) => reduces(p, risk)),
        ...proofs.map((p) => requires(approvers[0]!, p)),
      ];
      return makeMap({ nodes, edges });
    };
    const fastest = (size: number) => {
      const map = hubMap(size);
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        const analysis = analyze(map);
        best = Math.min(best, performance.now() - started);
        expect(analysis.lifts.p0).toBeGreaterThan(0);
      }
      return best;
    };
    fastest(1000); // warm up
    // Four times the proofs: about four times the work if linear, sixteen if each proof revisits the hubs.
    expect(fastest(16000)).toBeLessThan(8 * fastest(4000) + 20);
  });
});
