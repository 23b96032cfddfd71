import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import { isResolved, resolve } from '../../../src/domain/analysis/resolve';
import { round1 } from '../../../src/domain/analysis/round';
import type { DecisionNode } from '../../../src/domain/records/node';
import {
  burdens,
  fears,
  makeApprover,
  makeFriction,
  makeMap,
  makeProof,
  makeRisk,
  requires,
} from '../../builders';

/** The worked example of docs/scoring.md. */
function workedExample() {
  const cfo = makeApprover({ id: 'cfo', label: 'CFO', veto: true, stance: 'supportive', influence: 5 });
  const security = makeApprover({
    id: 'it-security',
    label: 'IT security',
    veto: true,
    stance: 'neutral',
    influence: 4,
  });
  const controller = makeApprover({
    id: 'controller',
    label: 'Controller',
    stance: 'champion',
    influence: 3,
  });
  const ops = makeApprover({ id: 'ops', label: 'Ops lead', stance: 'skeptical', influence: 2 });
  const roi = makeProof({ id: 'roi', label: 'ROI case', status: 'demonstrated' });
  const soc2 = makeProof({ id: 'soc2', label: 'SOC 2 report', status: 'verified' });
  const migration = makeRisk({
    id: 'migration',
    label: 'Migration fails',
    severity: 4,
    reduction: 'partial',
  });
  const sso = makeFriction({ id: 'sso', label: 'SSO setup', severity: 3, status: 'present' });
  return makeMap({
    nodes: [cfo, security, controller, ops, roi, soc2, migration, sso],
    edges: [
      requires(cfo, roi),
      fears(cfo, migration),
      requires(security, soc2),
      burdens(sso, security),
      requires(controller, roi),
    ],
  });
}

describe('analyze: the worked example of docs/scoring.md', () => {
  const analysis = analyze(workedExample());

  it('multiplies the veto approvers and averages the others', () => {
    // CFO 0.95 × 0.88 × 0.84 = 0.70224; IT security 0.7 × 0.82 = 0.574 → gate 0.40308576.
    // Controller 1 × 0.88 (influence 3), Ops lead 0.4 (influence 2) → support 3.44 / 5 = 0.688.
    expect(analysis.score).toBe(round1(100 * 0.70224 * 0.574 * 0.688));
    expect(analysis.score).toBe(27.7);
  });

  it('ranks the drivers and names the constraint', () => {
    expect(analysis.drivers).toEqual([
      { id: 'it-security', lift: 11.9 },
      { id: 'ops', lift: 9.7 },
      { id: 'roi', lift: 7.1 },
      { id: 'sso', lift: 6.1 },
      { id: 'migration', lift: 5.3 },
      { id: 'cfo', lift: 1.5 },
    ]);
    expect(analysis.constraint).toBe('it-security');
  });

  it('shows each approver’s readiness, most ready first, with what stands in their way (worst first)', () => {
    expect(
      analysis.approvers.map(({ id, readiness, unresolved }) => ({ id, readiness, unresolved })),
    ).toEqual([
      { id: 'controller', readiness: 88, unresolved: ['roi'] },
      { id: 'cfo', readiness: 70.2, unresolved: ['migration', 'roi'] },
      { id: 'it-security', readiness: 57.4, unresolved: ['sso'] },
      { id: 'ops', readiness: 40, unresolved: [] },
    ]);
    expect(analysis.approvers[1]).toMatchObject({
      label: 'CFO',
      veto: true,
      influence: 5,
      stance: 'supportive',
    });
  });

  it('asks what proof the Ops lead needs', () => {
    expect(analysis.openQuestions).toEqual([{ id: 'ops', question: 'What proof must exist for Ops lead?' }]);
  });
});

describe('open questions', () => {
  it('come map-level first, then approvers, proofs, risks and frictions, each by id', () => {
    const nodes: DecisionNode[] = [
      makeFriction({ id: 'a-friction', label: 'Data export', status: 'unknown' }),
      makeRisk({ id: 'b-risk', label: 'Vendor lock-in', reduction: 'unknown' }),
      makeProof({ id: 'c-proof', label: 'a reference customer', status: 'unknown' }),
      makeApprover({ id: 'z-approver', label: 'Procurement', stance: 'unknown' }),
      makeApprover({ id: 'y-approver', label: 'Sales', stance: 'unknown' }),
    ];
    const map = makeMap({ nodes, edges: [requires('y-approver', 'c-proof')] });
    expect(analyze(map).openQuestions).toEqual([
      { id: 'y-approver', question: "What is Sales' stance?" },
      { id: 'z-approver', question: "What is Procurement's stance?" },
      { id: 'z-approver', question: 'What proof must exist for Procurement?' },
      { id: 'c-proof', question: 'Does a reference customer exist yet?' },
      { id: 'b-risk', question: 'How far has Vendor lock-in been reduced?' },
      { id: 'a-friction', question: 'Is Data export still in the way?' },
    ]);
  });

  it('keep labels as plain text', () => {
    const label = '<img src=x onerror=alert(1)>';
    const map = makeMap({
      nodes: [makeApprover({ id: 'a', label }), makeProof({ id: 'p' })],
      edges: [requires('a', 'p')],
    });
    expect(analyze(map).openQuestions).toEqual([]);
    const unknown = makeMap({ nodes: [makeProof({ id: 'p', label, status: 'unknown' })] });
    expect(analyze(unknown).openQuestions[1]).toEqual({ id: 'p', question: `Does ${label} exist yet?` });
  });
});

describe('resolve and isResolved', () => {
  it.each<[DecisionNode, string]>([
    [makeApprover({ stance: 'opposed' }), 'champion'],
    [makeProof({ status: 'claimed' }), 'verified'],
    [makeRisk({ reduction: 'partial' }), 'reduced'],
    [makeFriction({ status: 'unknown' }), 'removed'],
  ])('puts a %s in its best state', (node, best) => {
    expect(isResolved(node)).toBe(false);
    const resolved = resolve(node);
    expect(isResolved(resolved)).toBe(true);
    expect(Object.values(resolved)).toContain(best);
    expect({ ...resolved, stance: undefined, status: undefined, reduction: undefined }).toEqual({
      ...node,
      stance: undefined,
      status: undefined,
      reduction: undefined,
    });
  });

  it('returns a resolved node unchanged', () => {
    const proof = makeProof({ status: 'verified' });
    expect(resolve(proof)).toBe(proof);
  });

  it('does not treat a risk as resolved because a verified proof reduces it', () => {
    const risk = makeRisk({ id: 'r', reduction: 'partial' });
    const map = makeMap({
      nodes: [
        makeApprover({ id: 'a', stance: 'champion' }),
        risk,
        makeProof({ id: 'p', status: 'verified' }),
      ],
      edges: [fears('a', 'r'), { id: 'e', kind: 'reduces', source: 'p', target: 'r' }],
    });
    // Severity 3, counted as partial (the proof's half): 1 − 0.24 × 0.5 = 0.88 → 88; marking it reduced gives 100.
    expect(analyze(map).lifts).toEqual({ r: 12 });
  });
});
