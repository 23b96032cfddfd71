import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScoreModel } from '../../../src/domain/analysis/scoreModel';
import { buildScoringGraph } from '../../../src/domain/analysis/scoringGraph';
import { findChangeUnits, roundToTotal, unitPoints } from '../../../src/domain/diff/contributions';
import { arbitraryMapPair } from '../../builders';

describe('roundToTotal', () => {
  it.each<[number[], number, number[]]>([
    [[1.26, 2.74], 4, [1.3, 2.7]],
    [[0.05, 0.05, 0.05], 0.1, [0.1, 0, 0]],
    [[3.33, 3.33, 3.34], 10, [3.3, 3.3, 3.4]],
    [[-1.26, -2.74], -4, [-1.3, -2.7]],
    [[5.04, -2.02], 3, [5, -2]],
    [[0.04, 0.04], 0, [0, 0]],
    // The rounded total may differ from the raw sum by up to a tenth or two: the remainders absorb it.
    [[1.01, 1.01], 2.1, [1.1, 1]],
    [[1.09, 1.09], 2.1, [1.1, 1]],
    [[], 0, []],
  ])('rounds %j to add up to %d', (values, total, expected) => {
    const rounded = roundToTotal(values, total);
    expect(rounded).toEqual(expected);
    expect(rounded.reduce((sum, v) => sum + Math.round(v * 10), 0)).toBe(Math.round(total * 10));
  });

  it('always adds up to the total and moves no value by more than needed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: -2, max: 2 }),
        (values, nudge) => {
          const raw = values.reduce((s, v) => s + v, 0);
          const total = Math.round(raw * 10 + nudge) / 10;
          const rounded = roundToTotal(values, total);
          expect(rounded.reduce((sum, v) => sum + Math.round(v * 10), 0)).toBe(Math.round(total * 10) + 0);
          rounded.forEach((r, i) =>
            expect(Math.abs(r - values[i]!)).toBeLessThan(0.1 * (1 + Math.abs(nudge)) + 1e-9),
          );
        },
      ),
    );
  });
});

describe('unit contributions before rounding', () => {
  it('add up to the raw score delta', () => {
    fc.assert(
      fc.property(arbitraryMapPair(), ([a, b]) => {
        const { graph, sides } = buildScoringGraph([a, b]);
        const [from, to] = [sides[0]!, sides[1]!];
        const rawDelta = new ScoreModel(graph, to).rawScore() - new ScoreModel(graph, from).rawScore();
        const points = unitPoints(
          findChangeUnits(graph, from, to),
          from,
          to,
          new ScoreModel(graph, from),
          new ScoreModel(graph, to),
        );
        expect(points.reduce((s, p) => s + p, 0)).toBeCloseTo(rawDelta, 9);
      }),
      { numRuns: 300 },
    );
  });

  it('leave both models in the other map’s state', () => {
    fc.assert(
      fc.property(arbitraryMapPair(), ([a, b]) => {
        const { graph, sides } = buildScoringGraph([a, b]);
        const [from, to] = [sides[0]!, sides[1]!];
        const forward = new ScoreModel(graph, from);
        const backward = new ScoreModel(graph, to);
        unitPoints(findChangeUnits(graph, from, to), from, to, forward, backward);
        expect(forward.score()).toBe(new ScoreModel(graph, to).score());
        expect(backward.score()).toBe(new ScoreModel(graph, from).score());
      }),
      { numRuns: 300 },
    );
  });
});
