import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import type { Analysis } from '../../../src/domain/analysis/types';
import { arbitraryMapWithDeals } from '../../builders';

const ON_DEMAND = ['plan', 'evidence', 'marketCheck', 'stalls'] as const;

/** Every field of an analysis as plain data, the parts computed on demand read in `order`. */
function readIn(analysis: Analysis, order: readonly (typeof ON_DEMAND)[number][]): unknown {
  const parts = Object.fromEntries(order.map((key) => [key, analysis[key]]));
  return JSON.parse(JSON.stringify({ ...analysis, ...parts }));
}

describe('the parts of an analysis computed when first read', () => {
  it('say the same whatever is read first, and after the score and lifts are read (property)', () => {
    fc.assert(
      fc.property(
        arbitraryMapWithDeals({ minApprovers: 1 }),
        fc.shuffledSubarray([...ON_DEMAND], { minLength: 4, maxLength: 4 }),
        (map, order) => {
          const expected = readIn(analyze(map), ON_DEMAND);
          const later = analyze(map);
          void later.score;
          void later.lifts;
          expect(readIn(later, order)).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('are computed once: a second read gives the very same object', () => {
    fc.assert(
      fc.property(arbitraryMapWithDeals({ minApprovers: 1 }), (map) => {
        const analysis = analyze(map);
        for (const key of ON_DEMAND) expect(analysis[key]).toBe(analysis[key]);
      }),
      { numRuns: 30 },
    );
  });

  it('are listed with the rest, in the order the type gives, so JSON output keeps its shape', () => {
    const analysis = analyze(
      fc.sample(arbitraryMapWithDeals({ minApprovers: 1 }), { numRuns: 1, seed: 12 })[0]!,
    );
    expect(Object.keys(JSON.parse(JSON.stringify(analysis)))).toEqual([
      'score',
      'band',
      'constraint',
      'drivers',
      'path',
      'findOut',
      'approvers',
      'openQuestions',
      'plan',
      'lifts',
      'evidence',
      'marketCheck',
      'stalls',
    ]);
  });
});
