import { describe, expect, it } from 'vitest';
import type { DecisionMap } from '../../../src/domain/records/map';
import { NODE_KINDS, type EdgeKind, type NodeKind } from '../../../src/domain/records/states';
import { connectNodes, LINKS_THAT_EXIST } from '../../../src/domain/edits/connect';
import { makeApprover, makeFriction, makeMap, makeProof, makeRisk, requires } from '../../builders';
import { expectValid } from '../../state/helpers';

/** Two nodes of each kind. */
const board = (): DecisionMap =>
  makeMap({
    nodes: [
      makeApprover({ id: 'approver', label: 'CFO' }),
      makeApprover({ id: 'approver2', label: 'Controller' }),
      makeProof({ id: 'proof', label: 'SOC 2 report' }),
      makeRisk({ id: 'risk', label: 'Audit finding' }),
      makeFriction({ id: 'friction', label: 'SSO setup' }),
      makeProof({ id: 'proof2', label: 'Pilot results' }),
      makeRisk({ id: 'risk2', label: 'Vendor lock-in' }),
      makeFriction({ id: 'friction2', label: 'Month-end freeze' }),
    ],
  });
const idOf = (kind: NodeKind): string => kind;
/** The target: the second node of its kind, so that same-kind pairs join two different nodes. */
const otherOf = (kind: NodeKind): string => `${kind}2`;

/** Every ordered pair of kinds and the edge it makes (in the format's direction), or null when meaningless. */
const PAIRINGS: [NodeKind, NodeKind, { kind: EdgeKind; source: NodeKind; target: NodeKind } | null][] = [
  ['approver', 'proof', { kind: 'requires', source: 'approver', target: 'proof' }],
  ['proof', 'approver', { kind: 'requires', source: 'approver', target: 'proof' }],
  ['approver', 'risk', { kind: 'fears', source: 'approver', target: 'risk' }],
  ['risk', 'approver', { kind: 'fears', source: 'approver', target: 'risk' }],
  ['proof', 'risk', { kind: 'reduces', source: 'proof', target: 'risk' }],
  ['risk', 'proof', { kind: 'reduces', source: 'proof', target: 'risk' }],
  ['friction', 'approver', { kind: 'burdens', source: 'friction', target: 'approver' }],
  ['approver', 'friction', { kind: 'burdens', source: 'friction', target: 'approver' }],
  ['proof', 'friction', null],
  ['friction', 'proof', null],
  ['risk', 'friction', null],
  ['friction', 'risk', null],
  ['proof', 'proof', null],
  ['risk', 'risk', null],
  ['friction', 'friction', null],
];

describe('connectNodes', () => {
  it('covers every ordered pair of node kinds but approver → approver', () => {
    const covered = new Set(PAIRINGS.map(([a, b]) => `${a}>${b}`));
    for (const a of NODE_KINDS)
      for (const b of NODE_KINDS)
        if (!(a === 'approver' && b === 'approver')) expect(covered.has(`${a}>${b}`)).toBe(true);
  });

  it.each(PAIRINGS)('dragging %s → %s', (from, to, expected) => {
    const map = board();
    const outcome = connectNodes(map, idOf(from), otherOf(to), 'e1');
    if (expected === null) {
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.message).toContain(`Links that exist: ${LINKS_THAT_EXIST}`);
      return;
    }
    if (!outcome.ok) throw new Error(outcome.message);
    const ends: Partial<Record<NodeKind, string>> = { [from]: idOf(from), [to]: otherOf(to) };
    expect(outcome.edgeId).toBe('e1');
    expect(outcome.map.edges).toEqual([
      { id: 'e1', kind: expected.kind, source: ends[expected.source], target: ends[expected.target] },
    ]);
    expectValid(outcome.map);
  });

  it('approver → approver is an influence in the dragged direction', () => {
    const outcome = connectNodes(board(), 'approver2', 'approver', 'e1');
    expect(outcome.ok && outcome.map.edges[0]).toEqual({
      id: 'e1',
      kind: 'influences',
      source: 'approver2',
      target: 'approver',
    });
  });

  it('names the pairing and lists the links that exist', () => {
    const outcome = connectNodes(board(), 'proof', 'friction', 'e1');
    expect(outcome).toEqual({
      ok: false,
      message:
        'A proof and a friction cannot be linked. Links that exist: approver → proof (requires), approver → risk (fears), proof → risk (reduces), friction → approver (burdens), approver → approver (influences).',
    });
  });

  it.each([
    ['the same approver', 'approver', 'approver', /cannot be linked to itself/],
    ['a missing source', 'ghost', 'proof', /No node has id "ghost"/],
    ['a missing target', 'approver', 'ghost', /No node has id "ghost"/],
  ])('refuses %s', (_, source, target, message) => {
    const outcome = connectNodes(board(), source, target, 'e1');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(message);
  });

  it('refuses a duplicate whichever way it is dragged, saying what already exists', () => {
    const map = { ...board(), edges: [requires('approver', 'proof')] };
    for (const [s, t] of [
      ['approver', 'proof'],
      ['proof', 'approver'],
    ] as const) {
      const outcome = connectNodes(map, s, t, 'e1');
      expect(outcome).toEqual({ ok: false, message: '“CFO” already requires “SOC 2 report”.' });
    }
  });

  it('allows the opposite influence beside an existing one', () => {
    const first = connectNodes(board(), 'approver', 'approver2', 'e1');
    if (!first.ok) throw new Error(first.message);
    const second = connectNodes(first.map, 'approver2', 'approver', 'e2');
    expect(second.ok).toBe(true);
    if (second.ok) expectValid(second.map);
  });

  it('leaves nodes and plan untouched (same objects)', () => {
    const map = board();
    const outcome = connectNodes(map, 'approver', 'risk', 'e1');
    expect(outcome.ok && outcome.map.nodes).toBe(map.nodes);
    expect(outcome.ok && outcome.map.plan).toBe(map.plan);
  });
});
