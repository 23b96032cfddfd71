import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import type { Analysis } from '../../../src/domain/analysis/types';
import { statesOf, withState } from '../../../src/domain/records/nodeState';
import { arbitraryMapWithDeals } from '../../builders';

const ON_DEMAND = ['path', 'approvers', 'plan', 'evidence', 'marketCheck', 'stalls'] as const;

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
        fc.shuffledSubarray([...ON_DEMAND], { minLength: ON_DEMAND.length, maxLength: ON_DEMAND.length }),
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

  it('say the same when read after the analyses of later edits, which share the scoring graph (property)', () => {
    fc.assert(
      fc.property(
        arbitraryMapWithDeals({ minApprovers: 1 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        (map, picks) => {
          fc.pre(map.nodes.length > 0);
          const first = analyze(map);
          // Later edits of node states, as a workshop makes them: same edges, new node records.
          let later = map;
          for (const pick of picks) {
            const index = pick % later.nodes.length;
            const node = later.nodes[index]!;
            const next = withState(node, statesOf(node)[pick % statesOf(node).length]!) ?? node;
            later = { ...later, nodes: later.nodes.map((n, i) => (i === index ? next : n)) };
            readIn(analyze(later), ON_DEMAND);
          }
          expect(readIn(first, ON_DEMAND)).toEqual(readIn(analyze(structuredClone(map)), ON_DEMAND));
        },
      ),
      { numRuns: 100 },
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
