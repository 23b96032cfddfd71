import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STANCES } from '../../../src/domain/records/states';
import type { NodeState } from '../../../src/domain/records/nodeState';
import {
  countAnswers,
  disagreementOf,
  mostGiven,
  spreadFromCounts,
  spreadText,
  widestFirst,
} from '../../../src/domain/rounds/spread';
import { makeApprover, makeProof } from '../../builders';

const cfo = makeApprover({ id: 'cfo' });
/** Counts of an approver's answers: unknown, opposed, skeptical, neutral, supportive, champion. */
const stances = (counts: Partial<Record<(typeof STANCES)[number], number>>) =>
  STANCES.map((s) => counts[s] ?? 0);

describe('the spread of a round', () => {
  it('counts each person once per node, by state, worst to best, and says it in words', () => {
    const answers = [
      new Map<string, NodeState>([['cfo', 'skeptical']]),
      new Map<string, NodeState>([['cfo', 'skeptical']]),
      new Map<string, NodeState>([['cfo', 'supportive']]),
      new Map<string, NodeState>([['cfo', 'neutral']]),
      new Map<string, NodeState>([['cfo', 'neutral']]),
      new Map<string, NodeState>([['cfo', 'skeptical']]),
      new Map<string, NodeState>([['other', 'opposed']]),
    ];
    const spread = spreadFromCounts(cfo, countAnswers(cfo, answers));
    expect(spread.counts).toEqual(stances({ skeptical: 3, neutral: 2, supportive: 1 }));
    expect(spread.answered).toBe(6);
    expect(spreadText(spread)).toBe('3 skeptical, 2 neutral, 1 supportive');
    expect(mostGiven(spread)).toBe('skeptical');
  });

  it('puts "don\'t know" last in words and leaves it out of the disagreement', () => {
    const spread = spreadFromCounts(cfo, stances({ unknown: 2, neutral: 3 }));
    expect(spreadText(spread)).toBe("3 neutral, 2 don't know");
    expect(spread.disagreement).toBe(0);
    expect(mostGiven(spreadFromCounts(cfo, stances({ unknown: 4 })))).toBeNull();
    expect(spreadText(spreadFromCounts(cfo, stances({})))).toBe('no answers');
  });

  it.each([
    ['everyone agrees', [0, 0, 0, 5, 0, 0], 0],
    ['two people one step apart', [0, 0, 1, 1, 0, 0], 1],
    ['two people four steps apart', [0, 1, 0, 0, 0, 1], 4],
    // 3 skeptical, 3 supportive: 9 of 15 pairs are two steps apart.
    ['a room split in two', [0, 0, 3, 0, 3, 0], (9 * 2) / 15],
    ['one person', [0, 0, 0, 1, 0, 0], 0],
  ])('measures disagreement as the average distance between two answers: %s', (_, counts, expected) => {
    expect(disagreementOf(counts)).toBeCloseTo(expected, 10);
  });

  it('orders the widest disagreement first, then the most "don\'t know", then by id', () => {
    const split = spreadFromCounts(makeApprover({ id: 'b-split' }), stances({ opposed: 2, champion: 2 }));
    const close = spreadFromCounts(makeApprover({ id: 'a-close' }), stances({ skeptical: 2, neutral: 2 }));
    const agreedUnsure = spreadFromCounts(
      makeApprover({ id: 'c-unsure' }),
      stances({ neutral: 3, unknown: 3 }),
    );
    const agreed = spreadFromCounts(makeApprover({ id: 'd-agreed' }), stances({ neutral: 3 }));
    const agreedToo = spreadFromCounts(makeApprover({ id: 'c-agreed' }), stances({ neutral: 3 }));
    expect(widestFirst([agreed, close, agreedUnsure, split, agreedToo]).map((s) => s.nodeId)).toEqual([
      'b-split',
      'a-close',
      'c-unsure',
      'c-agreed',
      'd-agreed',
    ]);
  });

  it('uses each kind’s own scale', () => {
    const proof = makeProof({ id: 'soc2' });
    const spread = spreadFromCounts(proof, [0, 1, 0, 0, 1]);
    expect(spread.states).toEqual(['unknown', 'missing', 'claimed', 'demonstrated', 'verified']);
    expect(spreadText(spread)).toBe('1 missing, 1 verified');
    expect(spread.disagreement).toBe(3);
  });

  it('ignores counts that do not fit the node (negative, fractional, too many states)', () => {
    const spread = spreadFromCounts(makeProof({ id: 'p' }), [-3, 2.5, 1, 0, 0, 9, 9]);
    expect(spread.counts).toEqual([0, 0, 1, 0, 0]);
    expect(spread.answered).toBe(1);
  });

  it('never depends on the order people answered in', () => {
    const stance = fc.constantFrom(...STANCES);
    fc.assert(
      fc.property(fc.array(stance, { maxLength: 30 }), (given) => {
        const everyone = given.map((s) => new Map<string, NodeState>([['cfo', s]]));
        const forward = spreadFromCounts(cfo, countAnswers(cfo, everyone));
        const backward = spreadFromCounts(cfo, countAnswers(cfo, [...everyone].reverse()));
        expect(backward).toEqual(forward);
        expect(forward.answered).toBe(given.length);
        expect(forward.disagreement).toBeGreaterThanOrEqual(0);
        expect(forward.disagreement).toBeLessThanOrEqual(4);
      }),
    );
  });
});
