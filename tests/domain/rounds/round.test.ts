import { describe, expect, it } from 'vitest';
import type { NodeState } from '../../../src/domain/records/nodeState';
import {
  approverIds,
  decodeAnswers,
  encodeAnswers,
  readRound,
  readSealedAnswer,
  roundNodes,
  ROUND_LIMITS,
} from '../../../src/domain/rounds/round';
import { makeApprover, makeMap, makeProof } from '../../builders';

const KEY = 'A'.repeat(43) + '=';
const round = { id: 'r0und-1d', nodes: ['cfo', 'soc2'], key: KEY, endsAt: null, revealed: null };
const cfo = makeApprover({ id: 'cfo' });
const soc2 = makeProof({ id: 'soc2' });

describe('a round read from someone else’s browser', () => {
  it('accepts a well-formed round, with or without a timer and a reveal', () => {
    expect(readRound(round)).toEqual(round);
    expect(readRound({ ...round, endsAt: 1_800_000_000_000 })?.endsAt).toBe(1_800_000_000_000);
    const revealed = [{ node: 'cfo', counts: [0, 0, 3, 2, 1, 0] }];
    expect(readRound({ ...round, revealed })?.revealed).toEqual(revealed);
  });

  it.each([
    ['not an object', 'round'],
    ['a short id', { ...round, id: 'abc' }],
    ['an id with markup', { ...round, id: '<img src=x>' }],
    ['no nodes', { ...round, nodes: [] }],
    [
      'too many nodes',
      { ...round, nodes: Array.from({ length: ROUND_LIMITS.nodes + 1 }, (_, i) => `n${i}`) },
    ],
    ['a node twice', { ...round, nodes: ['cfo', 'cfo'] }],
    ['a node id that is not text', { ...round, nodes: ['cfo', 7] }],
    ['a key of the wrong size', { ...round, key: 'AAAA' }],
    ['a key that is not base64', { ...round, key: '!'.repeat(44) }],
    ['a timer that is not a time', { ...round, endsAt: 'soon' }],
    ['an infinite timer', { ...round, endsAt: Infinity }],
    ['a reveal for a node not asked', { ...round, revealed: [{ node: 'ceo', counts: [1, 2] }] }],
    ['a reveal with negative counts', { ...round, revealed: [{ node: 'cfo', counts: [0, -1, 2] }] }],
    ['a reveal with huge counts', { ...round, revealed: [{ node: 'cfo', counts: [0, 1e9] }] }],
    ['a reveal with fractions', { ...round, revealed: [{ node: 'cfo', counts: [0, 0.5] }] }],
    [
      'a reveal with too many states',
      { ...round, revealed: [{ node: 'cfo', counts: [0, 0, 0, 0, 0, 0, 0] }] },
    ],
    [
      'a node revealed twice',
      {
        ...round,
        revealed: [
          { node: 'cfo', counts: [0, 1] },
          { node: 'cfo', counts: [0, 1] },
        ],
      },
    ],
  ])('refuses %s', (_, value) => {
    expect(readRound(value)).toBeNull();
  });

  it('reads a sealed answer and refuses a malformed one', () => {
    expect(readSealedAnswer({ round: round.id, sealed: 'AbC+/w==' })).toEqual({
      round: round.id,
      sealed: 'AbC+/w==',
    });
    expect(readSealedAnswer({ round: round.id, sealed: 'skeptical' + '!' })).toBeNull();
    expect(readSealedAnswer({ round: round.id, sealed: 'A'.repeat(ROUND_LIMITS.sealed + 4) })).toBeNull();
    expect(readSealedAnswer({ round: 'x', sealed: 'AAAA' })).toBeNull();
    expect(readSealedAnswer(['AAAA'])).toBeNull();
  });

  it('keeps only the round’s nodes still on the map, in the order asked', () => {
    const map = makeMap({ nodes: [soc2, cfo, makeApprover({ id: 'ceo' })] });
    expect(roundNodes({ nodes: ['cfo', 'gone', 'soc2'] }, map).map((n) => n.id)).toEqual(['cfo', 'soc2']);
    expect(approverIds(map)).toEqual(['cfo', 'ceo']);
  });
});

describe('answers as sealed text', () => {
  it('round-trips, one character per node whatever was chosen', () => {
    const answers = new Map<string, NodeState>([
      ['cfo', 'supportive'],
      ['soc2', 'missing'],
    ]);
    const text = encodeAnswers([cfo, soc2], answers);
    expect(text).toBe('41');
    expect(decodeAnswers(text, [cfo, soc2])).toEqual(answers);
    expect(encodeAnswers([cfo, soc2], new Map([['cfo', 'opposed']]))).toBe('1-');
    expect(encodeAnswers([cfo, soc2], new Map([['cfo', 'champion']]))).toHaveLength(2);
  });

  it('skips a node deleted since the round started', () => {
    expect(encodeAnswers([cfo, null], new Map([['cfo', 'neutral']]))).toBe('3-');
    expect(decodeAnswers('35', [cfo, null])).toEqual(new Map([['cfo', 'neutral']]));
    expect(decodeAnswers('3x', [cfo, null])).toBeNull();
  });

  it.each([
    ['the wrong length', '4'],
    ['a state past the kind’s list', '49'],
    ['a letter', '4x'],
    ['a space', '4 '],
  ])('refuses answers with %s', (_, text) => {
    expect(decodeAnswers(text, [cfo, soc2])).toBeNull();
  });
});
