/**
 * The analysis shares and shortcuts what-ifs for speed (the lifts' best-state scores serve the
 * evidence weights, a worst state is put without a new record, a risk's best reducer is kept with a
 * count). These properties check the shortcuts against the plain computation on random maps: every
 * what-if done the obvious way, from today's map, and every score from a model built afresh.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import { stateWeights } from '../../../src/domain/analysis/evidence';
import { findLifts } from '../../../src/domain/analysis/lifts';
import { round1 } from '../../../src/domain/analysis/round';
import { ScoreModel } from '../../../src/domain/analysis/scoreModel';
import { buildScoringGraph, scoringGraphOf } from '../../../src/domain/analysis/scoringGraph';
import type { DecisionMap } from '../../../src/domain/records/map';
import type { DecisionNode } from '../../../src/domain/records/node';
import { stateOf, statesOf, withState } from '../../../src/domain/records/nodeState';
import { arbitraryMap, arbitraryMapWithDeals, makeHubMap } from '../../builders';

const best = (node: DecisionNode): DecisionNode => withState(node, statesOf(node).at(-1)!)!;
const worst = (node: DecisionNode): DecisionNode => withState(node, statesOf(node)[1]!)!;
const withNodeAs = (map: DecisionMap, id: string, make: (n: DecisionNode) => DecisionNode): DecisionMap => ({
  ...map,
  nodes: map.nodes.map((n) => (n.id === id ? make(n) : n)),
});

/** A map's model, from a graph built afresh (no what-if, no reuse). */
function freshModel(map: DecisionMap): ScoreModel {
  const { graph, sides } = buildScoringGraph([map]);
  return new ScoreModel(graph, sides[0]!);
}
const freshRawScore = (map: DecisionMap): number => freshModel(map).rawScore();

describe('the analysis agrees with the plain computation', () => {
  it('each state weight is the plain what-if: best and worst state, each from today, with new records', () => {
    fc.assert(
      fc.property(arbitraryMapWithDeals({ minApprovers: 1 }), (map) => {
        const { graph, side } = scoringGraphOf(structuredClone(map));
        const model = new ScoreModel(graph, side);
        const weights = stateWeights(model, side, findLifts(model, side).resolvedRaw);
        side.nodes.forEach((node, n) => {
          if (!node || stateOf(node) === 'unknown') {
            expect(weights[n]).toBeNaN();
            return;
          }
          let mark = model.checkpoint();
          model.resolveAt(n);
          const high = model.rawScore();
          model.rollback(mark);
          mark = model.checkpoint();
          model.setNode(n, worst(node));
          const low = model.rawScore();
          model.rollback(mark);
          // To the last bit: the shortcuts change no arithmetic.
          expect(weights[n]).toBe(Math.max(0, high - low));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('each state weight is the difference of two maps scored afresh', () => {
    fc.assert(
      fc.property(arbitraryMap({ minApprovers: 1 }), (map) => {
        const { graph, side } = scoringGraphOf(structuredClone(map));
        const model = new ScoreModel(graph, side);
        const weights = stateWeights(model, side, findLifts(model, side).resolvedRaw);
        for (const node of map.nodes) {
          if (stateOf(node) === 'unknown') continue;
          const plain = Math.max(
            0,
            freshRawScore(withNodeAs(map, node.id, best)) - freshRawScore(withNodeAs(map, node.id, worst)),
          );
          // Summed in another order, the two routes may differ in the last bits only.
          expect(weights[graph.firstNumberOf(node.id)!]).toBeCloseTo(plain, 9);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('each lift is the score of the map with that node resolved, scored afresh', () => {
    fc.assert(
      fc.property(arbitraryMap(), (map) => {
        const analysis = analyze(map);
        const today = freshModel(map).score();
        for (const [id, lift] of Object.entries(analysis.lifts))
          expect(lift).toBe(round1(freshModel(withNodeAs(map, id, best)).score() - today));
      }),
      { numRuns: 200 },
    );
  });

  it('the bound on a resolved score the path search skips by is never below that score', () => {
    fc.assert(
      fc.property(arbitraryMap({ minApprovers: 1 }), fc.nat(), (map, pick) => {
        const { graph, side } = scoringGraphOf(structuredClone(map));
        const model = new ScoreModel(graph, side);
        const check = () => {
          side.nodes.forEach((node, n) => {
            if (!node || model.isResolvedAt(n)) return;
            const mark = model.checkpoint();
            model.resolveAt(n);
            const resolved = model.rawScore();
            model.rollback(mark);
            expect(model.resolvedBound(n)).toBeGreaterThanOrEqual(resolved - 1e-12);
          });
        };
        check();
        // And with some node already resolved, as after the constraint's step.
        model.checkpoint();
        model.resolveAt(pick % side.nodes.length);
        check();
      }),
      { numRuns: 300 },
    );
  });

  it("a resolved model copied from today's model weighs every node as one read from the records", () => {
    fc.assert(
      fc.property(arbitraryMap({ minApprovers: 1 }), (map) => {
        const { graph, side } = scoringGraphOf(structuredClone(map));
        const today = new ScoreModel(graph, side);
        const copied = new ScoreModel(graph, side, true, today);
        const read = new ScoreModel(graph, side, true);
        expect(copied.rawScore()).toBe(read.rawScore());
        side.nodes.forEach((node, n) => {
          const weights = [copied, read].map((model) => {
            const mark = model.checkpoint();
            model.setNode(n, node);
            const raw = model.rawScore();
            model.rollback(mark);
            return raw;
          });
          expect(weights[0]).toBe(weights[1]);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('a risk many proofs reduce follows its best reducer as proofs fall and rise (hub)', () => {
    const map = makeHubMap(40);
    const { graph, side } = scoringGraphOf(map);
    const model = new ScoreModel(graph, side);
    const proofs = map.nodes.filter((n) => n.kind === 'proof');
    // Lower every proof to missing one by one, checking the score against a map built so each time.
    let current = map;
    for (const proof of proofs) {
      model.setNode(graph.firstNumberOf(proof.id)!, worst(proof));
      current = withNodeAs(current, proof.id, worst);
      expect(model.rawScore()).toBeCloseTo(freshRawScore(current), 9);
    }
    for (const proof of proofs.slice(0, 3)) {
      model.setNode(graph.firstNumberOf(proof.id)!, best(proof));
      current = withNodeAs(current, proof.id, best);
      expect(model.rawScore()).toBeCloseTo(freshRawScore(current), 9);
    }
  });
});
