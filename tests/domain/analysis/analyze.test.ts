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
  makePlanItem,
  makeRisk,
  requires,
} from '../../builders';

/** The worked example of docs/scoring.md. */
function workedExample({ withLegal = false } = {}) {
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
  const roi = makeProof({ id: 'roi', label: 'ROI case', status: 'claimed' });
  const soc2 = makeProof({ id: 'soc2', label: 'SOC 2 report', status: 'verified' });
  const migration = makeRisk({
    id: 'migration',
    label: 'Migration fails',
    severity: 4,
    reduction: 'partial',
  });
  const sso = makeFriction({ id: 'sso', label: 'SSO setup', severity: 4, status: 'present' });
  const legal = makeApprover({ id: 'legal', label: 'Legal', veto: true, stance: 'unknown', influence: 3 });
  const dpa = makeProof({ id: 'dpa', label: 'Data processing agreement', status: 'missing' });
  return makeMap({
    nodes: [cfo, security, controller, ops, roi, soc2, migration, sso, ...(withLegal ? [legal, dpa] : [])],
    edges: [
      requires(cfo, roi),
      fears(cfo, migration),
      requires(security, soc2),
      burdens(sso, security),
      requires(controller, roi),
      ...(withLegal ? [requires(legal, dpa)] : []),
    ],
    plan: [
      makePlanItem({ id: 'sso-connector', title: 'Ship the SSO connector', addresses: ['sso'] }),
      makePlanItem({
        id: 'reference',
        title: 'A reference call that verifies the ROI case',
        addresses: ['roi'],
      }),
    ],
  });
}

/** 100 / √(1 + Σ (1/r² − 1)): the group's obviousness from its voices' readiness. */
const groupScore = (...readiness: number[]) =>
  100 / Math.sqrt(1 + readiness.reduce((sum, r) => sum + 1 / (r * r) - 1, 0));

describe('analyze: the worked example of docs/scoring.md', () => {
  const analysis = analyze(workedExample());
  // The Controller is a champion: each veto holder's stance is carried 15% of the way to a yes.
  const cfo = 0.72 * 0.855 ** 0.45 * (0.15 + 0.85 * 0.95) ** 0.2; // ROI claimed, migration partly reduced
  const security = 0.74 * (0.15 + 0.85 * 0.9) ** 0.2; // SSO (severity 4) present
  const others = (3 * 0.72 + 2 * 0.82) / 5; // Controller (ROI claimed), Ops lead skeptical

  it('adds up the doubts of the veto holders and of the others as one voice', () => {
    expect(round1(100 * cfo)).toBe(66.5);
    expect(round1(100 * security)).toBe(72.7);
    expect(others).toBeCloseTo(0.76, 10);
    expect(analysis.score).toBe(round1(groupScore(cfo, security, others)));
    expect(analysis.score).toBe(50.7);
  });

  it('ranks the drivers and names the constraint', () => {
    // ROI verified: CFO 0.855 × 0.9575^0.2, Controller 1 → others (3 + 1.64) / 5.
    const roiVerified = groupScore(0.855 * (0.15 + 0.85 * 0.95) ** 0.2, security, (3 + 1.64) / 5);
    // SSO removed: IT security at its carried stance, 0.915.
    const ssoRemoved = groupScore(cfo, 0.915, others);
    expect(round1(roiVerified)).toBe(63.9);
    expect(round1(ssoRemoved)).toBe(56);
    expect(analysis.drivers.slice(0, 4)).toEqual([
      { id: 'roi', lift: 13.2 },
      { id: 'sso', lift: 5.3 },
      { id: 'migration', lift: 2.1 },
      { id: 'ops', lift: 2 },
    ]);
    expect(analysis.constraint).toBe('roi');
    expect(analysis.path).toEqual(['roi', 'sso']);
    expect(analysis.band).toEqual({ low: 50.7, high: 50.7 });
    expect(analysis.findOut).toEqual([]);
  });

  it('shows each approver’s readiness, most ready first, with what stands in their way (worst first)', () => {
    expect(
      analysis.approvers.map(({ id, readiness, unresolved }) => ({ id, readiness, unresolved })),
    ).toEqual([
      { id: 'ops', readiness: 82, unresolved: [] },
      { id: 'it-security', readiness: 72.7, unresolved: ['sso'] },
      { id: 'controller', readiness: 72, unresolved: ['roi'] },
      // The ROI case (0.72) is worse than the migration risk (0.855).
      { id: 'cfo', readiness: 66.5, unresolved: ['roi', 'migration'] },
    ]);
    expect(analysis.approvers[3]).toMatchObject({
      label: 'CFO',
      veto: true,
      influence: 5,
      stance: 'supportive',
    });
  });

  it('with Legal unknown: the score falls, the band and the first find-out say what finding out is worth', () => {
    const withLegal = analyze(workedExample({ withLegal: true }));
    const legal = 0.86 * (0.15 + 0.85 * 0.05); // counted as opposed, carried, discounted
    expect(legal).toBeLessThan((0.15 + 0.85 * 0.05) * 0.6 ** 0.2); // the missing agreement does not count on top
    expect(withLegal.score).toBe(round1(groupScore(cfo, security, others, legal)));
    expect(withLegal.score).toBe(15.9);
    // Halfway: a stance of 52.5%, carried, with the agreement still missing.
    const halfway = (0.15 + 0.85 * 0.525) * 0.6 ** 0.2;
    expect(withLegal.band).toEqual({ low: 15.9, high: round1(groupScore(cfo, security, others, halfway)) });
    expect(withLegal.band.high).toBe(39.7);
    expect(withLegal.findOut).toEqual([{ id: 'legal', question: "What is Legal's stance?", value: 23.8 }]);
    expect(withLegal.constraint).toBe('roi');
    expect(withLegal.lifts.dpa).toBe(0);
    expect(withLegal.plan.ceilingBand).toEqual({ low: 16.4, high: 48.8 });
    expect(withLegal.plan.gaps).toContain('legal');
    expect(withLegal.plan.gaps).toContain('dpa');
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
      { id: 'c-proof', question: 'Does “a reference customer” exist yet?' },
      { id: 'b-risk', question: 'How far has the risk “Vendor lock-in” been reduced?' },
      { id: 'a-friction', question: 'Is “Data export” still in the way?' },
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
    expect(analyze(unknown).openQuestions[1]).toEqual({ id: 'p', question: `Does “${label}” exist yet?` });
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
    // Severity 3 (c = 0.16), counted as partial (the proof's half): 1 − 0.16 × 0.5 = 0.92 → 92;
    // marking it reduced gives 100.
    expect(analyze(map).lifts).toEqual({ r: 8 });
  });
});
