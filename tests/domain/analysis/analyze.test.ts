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
    // ROI demonstrated: 1 − 0.37 × 0.3 = 0.889; migration (severity 4, partial): 1 − 0.24 × 0.5 = 0.88;
    // SSO (severity 3, present): 1 − 0.15 = 0.85.
    // CFO 0.95 × 0.889 × 0.88 = 0.743204; IT security 0.75 × 1 × 0.85 = 0.6375 → gate 0.47379255.
    // Controller 1 × 0.889 (influence 3), Ops lead 0.55 (influence 2) → support 3.767 / 5 = 0.7534.
    // 100 × 0.47379255 × 0.7534 = 35.6955… → 35.7.
    expect(analysis.score).toBe(round1(100 * 0.743204 * 0.6375 * 0.7534));
    expect(analysis.score).toBe(35.7);
  });

  it('ranks the drivers and names the constraint', () => {
    // Each lift is the shown score with that node resolved minus today's 35.7 (gate 0.47379255, support 0.7534):
    // IT security a champion: 0.743204 × 0.85 = 0.6317234 × 0.7534 → 47.594 → 47.6 (+11.9);
    // Ops lead a champion: support (2.667 + 2) / 5 = 0.9334; 0.47379255 × 0.9334 → 44.224 → 44.2 (+8.5);
    // ROI verified: CFO 0.95 × 0.88 = 0.836, Controller 1 → gate 0.836 × 0.6375 = 0.53295,
    //   support (3 + 1.1) / 5 = 0.82 → 43.702 → 43.7 (+8.0);
    // SSO removed: IT security 0.75 → gate 0.557403 × 0.7534 → 41.995 → 42.0 (+6.3);
    // migration reduced: CFO 0.95 × 0.889 = 0.84455 → gate 0.538400625 × 0.7534 → 40.563 → 40.6 (+4.9);
    // CFO a champion: 0.889 × 0.88 = 0.78232 → gate 0.49872900 × 0.7534 → 37.574 → 37.6 (+1.9).
    expect(analysis.drivers).toEqual([
      { id: 'it-security', lift: 11.9 },
      { id: 'ops', lift: 8.5 },
      { id: 'roi', lift: 8 },
      { id: 'sso', lift: 6.3 },
      { id: 'migration', lift: 4.9 },
      { id: 'cfo', lift: 1.9 },
    ]);
    expect(analysis.constraint).toBe('it-security');
  });

  it('shows each approver’s readiness, most ready first, with what stands in their way (worst first)', () => {
    expect(
      analysis.approvers.map(({ id, readiness, unresolved }) => ({ id, readiness, unresolved })),
    ).toEqual([
      // Controller 88.9; CFO 74.32, the migration risk (0.88) worse than the ROI case (0.889);
      // IT security 63.75, a half rounded away from zero → 63.8; Ops lead skeptical 55.
      { id: 'controller', readiness: 88.9, unresolved: ['roi'] },
      { id: 'cfo', readiness: 74.3, unresolved: ['migration', 'roi'] },
      { id: 'it-security', readiness: 63.8, unresolved: ['sso'] },
      { id: 'ops', readiness: 55, unresolved: [] },
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
    // Severity 3 (c = 0.06 × 3 = 0.18), counted as partial (the proof's half): 1 − 0.18 × 0.5 = 0.91 → 91;
    // marking it reduced gives 100.
    expect(analyze(map).lifts).toEqual({ r: 9 });
  });
});
