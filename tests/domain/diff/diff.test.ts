import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import { diff } from '../../../src/domain/diff/diff';
import type { DecisionMap } from '../../../src/domain/records/map';
import type { DecisionNode } from '../../../src/domain/records/node';
import {
  arbitraryMapPair,
  arbitraryReordering,
  fears,
  makeApprover,
  makeEdge,
  makeMap,
  makePlanItem,
  makeProof,
  makeRisk,
  requires,
  withNode,
} from '../../builders';

// Last quarter: a veto CFO (skeptical) who needs an ROI case (missing), Legal (neutral) who fears
// a data-residency risk and needs a DPA; a plan with two items.
const cfo = makeApprover({ id: 'cfo', label: 'CFO', veto: true, stance: 'skeptical', influence: 5 });
const legal = makeApprover({ id: 'legal', label: 'Legal', stance: 'neutral', influence: 3 });
const roi = makeProof({ id: 'roi', label: 'ROI case', status: 'missing' });
const dpa = makeProof({ id: 'dpa', label: 'Signed DPA', status: 'claimed' });
const residency = makeRisk({ id: 'residency', label: 'Data residency', severity: 4, reduction: 'none' });
const lastQuarter = makeMap({
  id: 'q2',
  period: '2026-Q2',
  nodes: [cfo, legal, roi, dpa, residency],
  edges: [requires(cfo, roi), requires(legal, dpa), fears(legal, residency)],
  plan: [makePlanItem({ id: 'roi-study', addresses: ['roi'] }), makePlanItem({ id: 'hire', addresses: [] })],
});
const nextQuarter = (change: (map: DecisionMap) => DecisionMap): DecisionMap =>
  change({ ...lastQuarter, id: 'q3', period: '2026-Q3', basedOn: 'q2' });
const replace = (id: string, node: (n: DecisionNode) => DecisionNode) => (map: DecisionMap) =>
  withNode(map, id, node);

describe('diff: what changed', () => {
  it('finds nothing between a map and itself', () => {
    const result = diff(lastQuarter, lastQuarter);
    expect(result).toMatchObject({
      scoreDelta: 0,
      map: {},
      nodes: { added: [], removed: [], changed: [], moved: [] },
      edges: { added: [], removed: [] },
      plan: { added: [], removed: [], changed: [] },
      contributions: [],
    });
    expect(result.from).toEqual({
      id: 'q2',
      title: lastQuarter.title,
      period: '2026-Q2',
      score: analyze(lastQuarter).score,
      constraint: analyze(lastQuarter).constraint,
    });
  });

  it('lists map-level changes and both sides with their scores and constraints', () => {
    const next = nextQuarter((m) => ({ ...m, title: 'Mid-market finance (EU)' }));
    const result = diff(lastQuarter, next);
    expect(result.map).toEqual({
      basedOn: [undefined, 'q2'],
      period: ['2026-Q2', '2026-Q3'],
      title: [lastQuarter.title, 'Mid-market finance (EU)'],
    });
    expect(result.to).toMatchObject({ id: 'q3', period: '2026-Q3', title: 'Mid-market finance (EU)' });
  });

  it.each<[string, (map: DecisionMap) => DecisionMap, Record<string, [unknown, unknown]>]>([
    [
      'a proof’s status',
      replace('roi', (n) => ({ ...n, status: 'verified' }) as DecisionNode),
      { status: ['missing', 'verified'] },
    ],
    [
      'a stance',
      replace('cfo', (n) => ({ ...n, stance: 'supportive' }) as DecisionNode),
      { stance: ['skeptical', 'supportive'] },
    ],
    [
      'a label and notes',
      replace('dpa', (n) => ({ ...n, label: 'DPA', notes: 'Sent 3 May' })),
      { label: ['Signed DPA', 'DPA'], notes: [undefined, 'Sent 3 May'] },
    ],
    [
      'evidence (compared deeply)',
      replace('dpa', (n) => ({
        ...n,
        evidence: [{ text: 'Signed copy', url: 'https://example.com/dpa', source: 'deal' }],
      })),
      { evidence: [undefined, [{ text: 'Signed copy', url: 'https://example.com/dpa', source: 'deal' }]] },
    ],
  ])('reports %s as a changed field, old → new', (_, change, fields) => {
    const id = Object.keys(fields).includes('stance')
      ? 'cfo'
      : Object.keys(fields).includes('status')
        ? 'roi'
        : 'dpa';
    expect(diff(lastQuarter, nextQuarter(change)).nodes.changed).toEqual([{ id, fields }]);
  });

  it('does not report equal evidence as a change, and lists a node that only moved as moved', () => {
    const withEvidence = withNode(lastQuarter, 'dpa', (n) => ({
      ...n,
      evidence: [{ text: 'Signed', date: '2026-05-03', source: 'buyer' }],
    }));
    const copy = withNode(withEvidence, 'dpa', (n) => ({
      ...n,
      evidence: [{ source: 'buyer', date: '2026-05-03', text: 'Signed' }],
      position: { x: 400, y: 80 },
    }));
    const result = diff(withEvidence, copy);
    expect(result.nodes).toEqual({ added: [], removed: [], changed: [], moved: ['dpa'] });
    expect(result.contributions).toEqual([]);
  });

  it('matches edges by kind, source and target, not by id', () => {
    const renamed = nextQuarter((m) => ({
      ...m,
      edges: m.edges.map((e) => ({ ...e, id: `renamed-${e.id}` })),
    }));
    expect(diff(lastQuarter, renamed).edges).toEqual({ added: [], removed: [] });
    const rewired = nextQuarter((m) => ({
      ...m,
      edges: [
        ...m.edges.filter((e) => e.kind !== 'fears'),
        makeEdge('requires', 'cfo', 'dpa', { id: 'cfo-dpa' }),
      ],
    }));
    expect(diff(lastQuarter, rewired).edges).toEqual({
      added: ['cfo-dpa'],
      removed: ['fears:legal->residency'],
    });
  });

  it('reports plan items added, removed and changed; a reordered address list is no change', () => {
    const next = nextQuarter((m) => ({
      ...m,
      plan: [
        makePlanItem({ id: 'roi-study', addresses: ['roi'], owner: 'VP Finance' }),
        makePlanItem({ id: 'dpa-push', addresses: ['dpa', 'residency'] }),
      ],
    }));
    const reordered = {
      ...next,
      plan: next.plan.map((p) => ({ ...p, addresses: [...p.addresses].reverse() })),
    };
    expect(diff(lastQuarter, next).plan).toEqual({
      added: ['dpa-push'],
      removed: ['hire'],
      changed: [{ id: 'roi-study', fields: { owner: [undefined, 'VP Finance'] } }],
    });
    expect(diff(next, reordered).plan).toEqual({ added: [], removed: [], changed: [] });
  });

  it('is the same whatever the order of records in either file', () => {
    fc.assert(
      fc.property(
        arbitraryMapPair().chain(([a, b]) =>
          fc.tuple(fc.constant(a), fc.constant(b), arbitraryReordering(a), arbitraryReordering(b)),
        ),
        ([a, b, a2, b2]) => {
          expect(JSON.stringify(diff(a2, b2))).toBe(JSON.stringify(diff(a, b)));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('diff: why the score moved', () => {
  it.each<[string, (map: DecisionMap) => DecisionMap, { id: string; summary: string; group: string }[]]>([
    [
      'a proof verified',
      replace('roi', (n) => ({ ...n, status: 'verified' }) as DecisionNode),
      [{ id: 'roi', summary: 'missing → verified', group: 'progress' }],
    ],
    [
      'a stance won',
      replace('cfo', (n) => ({ ...n, stance: 'supportive' }) as DecisionNode),
      [{ id: 'cfo', summary: 'stance skeptical → supportive', group: 'progress' }],
    ],
    [
      'a new requirement',
      (m) => ({ ...m, edges: [...m.edges, requires(cfo, dpa)] }),
      [{ id: 'dpa', summary: 'now required by CFO', group: 'discovery' }],
    ],
    [
      'a fear dropped',
      (m) => ({ ...m, edges: m.edges.filter((e) => e.kind !== 'fears') }),
      [{ id: 'residency', summary: 'no longer feared by Legal', group: 'removal' }],
    ],
    [
      'a veto lifted',
      replace('cfo', (n) => ({ ...n, veto: false }) as DecisionNode),
      [{ id: 'cfo', summary: 'no longer has a veto', group: 'discovery' }],
    ],
    [
      'a risk re-rated',
      replace('residency', (n) => ({ ...n, severity: 1 }) as DecisionNode),
      [{ id: 'residency', summary: 'severity 4 → 1', group: 'discovery' }],
    ],
    [
      'a proof added and required',
      (m) => ({
        ...m,
        nodes: [...m.nodes, makeProof({ id: 'pilot', label: 'Pilot', status: 'claimed' })],
        edges: [...m.edges, requires(cfo, 'pilot')],
      }),
      [{ id: 'pilot', summary: 'added', group: 'discovery' }],
    ],
    [
      'a risk removed',
      (m) => ({
        ...m,
        nodes: m.nodes.filter((n) => n.id !== 'residency'),
        edges: m.edges.filter((e) => e.target !== 'residency'),
      }),
      [{ id: 'residency', summary: 'removed', group: 'removal' }],
    ],
  ])('explains %s as one contribution worth the whole delta, in its group', (_, change, expected) => {
    const result = diff(lastQuarter, nextQuarter(change));
    expect(result.scoreDelta).not.toBe(0);
    expect(result.contributions.map(({ id, summary, group }) => ({ id, summary, group }))).toEqual(expected);
    expect(result.contributions[0]!.points).toBe(result.scoreDelta);
    expect(result.groups[expected[0]!.group as 'progress']).toBe(result.scoreDelta);
  });

  it('a veto granted is the map redrawn, not the market moving: discovery, never progress', () => {
    const result = diff(
      lastQuarter,
      nextQuarter(replace('legal', (n) => ({ ...n, veto: true }) as DecisionNode)),
    );
    expect(result.nodes.changed).toEqual([{ id: 'legal', fields: { veto: [false, true] } }]);
    // Legal is not fully won over: a veto lowers the score.
    expect(result.scoreDelta).toBeLessThan(0);
    expect(result.contributions.map(({ id, group }) => ({ id, group }))).toEqual([
      { id: 'legal', group: 'discovery' },
    ]);
    expect(result.groups).toEqual({ progress: 0, discovery: result.scoreDelta, removal: 0 });
  });

  it('gone is not resolved: dropping a proof nobody had raises the score as removal, never progress', () => {
    const result = diff(
      lastQuarter,
      nextQuarter((m) => ({
        ...m,
        nodes: m.nodes.filter((n) => n.id !== 'roi'),
        edges: m.edges.filter((e) => e.target !== 'roi'),
      })),
    );
    expect(result.scoreDelta).toBeGreaterThan(0);
    expect(result.groups).toEqual({ progress: 0, discovery: 0, removal: result.scoreDelta });
  });

  it('a node that moved and was re-rated splits into progress and discovery that add up', () => {
    const result = diff(
      lastQuarter,
      nextQuarter(replace('residency', (n) => ({ ...n, reduction: 'partial', severity: 5 }) as DecisionNode)),
    );
    const byGroup = Object.fromEntries(result.contributions.map((c) => [c.group, c]));
    expect(byGroup.progress).toMatchObject({ id: 'residency', summary: 'none → partial' });
    expect(byGroup.progress!.points).toBeGreaterThan(0);
    expect(byGroup.discovery).toMatchObject({ id: 'residency', summary: 'severity 4 → 5' });
    expect(byGroup.discovery!.points).toBeLessThan(0);
    expect(result.groups.progress + result.groups.discovery).toBeCloseTo(result.scoreDelta, 9);
  });

  it('lists plan items pointed at other nodes as re-tagged: the ceiling moves, the score does not', () => {
    const result = diff(
      lastQuarter,
      nextQuarter((m) => ({
        ...m,
        plan: m.plan.map((p) => (p.id === 'hire' ? { ...p, addresses: ['dpa'] } : p)),
      })),
    );
    expect(result.retagged).toEqual(['hire']);
    expect(result.scoreDelta).toBe(0);
    expect(result.contributions).toEqual([]);
  });

  it('explains an influence change among the non-veto approvers', () => {
    const champion = makeApprover({ id: 'champion', label: 'Controller', stance: 'champion', influence: 1 });
    const before = makeMap({ nodes: [champion, legal] });
    const after = withNode(before, 'champion', (n) => ({ ...n, influence: 5 }) as DecisionNode);
    const result = diff(before, after);
    // Without a veto, the group is one voice: (1 × 1 + 3 × 0.9) / 4 = 92.5; (5 × 1 + 3 × 0.9) / 8 = 96.25,
    // a half rounded away from zero → 96.3. The delta is between the scores shown: 96.3 − 92.5 = 3.8.
    expect(result.scoreDelta).toBe(3.8);
    expect(result.contributions).toEqual([
      { id: 'champion', points: 3.8, group: 'discovery', label: 'Controller', summary: 'influence 1 → 5' },
    ]);
  });

  it('labels a contribution with the later map’s label, or the earlier one for a removed node', () => {
    const next = nextQuarter((m) =>
      withNode(
        {
          ...m,
          nodes: m.nodes.filter((n) => n.id !== 'residency'),
          edges: m.edges.filter((e) => e.target !== 'residency'),
        },
        'roi',
        (n) => ({ ...n, label: 'ROI model', status: 'verified' }) as DecisionNode,
      ),
    );
    const labels = Object.fromEntries(diff(lastQuarter, next).contributions.map((c) => [c.id, c.label]));
    expect(labels).toEqual({ roi: 'ROI model', residency: 'Data residency' });
  });

  it('splits several changes so that they add up exactly to the score delta', () => {
    const next = nextQuarter((m) => ({
      ...withNode(
        withNode(m, 'roi', (n) => ({ ...n, status: 'verified' }) as DecisionNode),
        'cfo',
        (n) => ({ ...n, stance: 'supportive' }) as DecisionNode,
      ),
      edges: [...m.edges, requires(cfo, dpa)],
    }));
    const result = diff(lastQuarter, next);
    expect(result.contributions.map((c) => c.id).sort()).toEqual(['cfo', 'dpa', 'roi']);
    expect(tenths(result.contributions)).toBe(Math.round(result.scoreDelta * 10));
    const sizes = result.contributions.map((c) => Math.abs(c.points));
    expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
  });

  it('contributions always add up to the score delta (random maps, random next quarters)', () => {
    fc.assert(
      fc.property(arbitraryMapPair(), ([a, b]) => {
        const result = diff(a, b);
        expect(result.scoreDelta).toBe(Math.round((analyze(b).score - analyze(a).score) * 10) / 10);
        expect(result.from.score).toBe(analyze(a).score);
        expect(result.to.constraint).toBe(analyze(b).constraint);
        expect(tenths(result.contributions)).toBe(Math.round(result.scoreDelta * 10));
        const groups = result.groups.progress + result.groups.discovery + result.groups.removal;
        // `|| 0`: a tenth rounded from a tiny negative sum is -0, which is 0.
        expect(Math.round(groups * 10) || 0).toBe(Math.round(result.scoreDelta * 10) || 0);
        for (const [group, total] of Object.entries(result.groups))
          expect(Math.round(total * 10) || 0).toBe(
            tenths(result.contributions.filter((c) => c.group === group)) || 0,
          );
        for (const c of result.contributions) {
          expect(c.points).not.toBe(0);
          expect(Math.round(c.points * 10)).toBeCloseTo(c.points * 10, 9);
          expect(c.summary.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('turning a comparison around turns the delta around', () => {
    fc.assert(
      fc.property(arbitraryMapPair(), ([a, b]) => {
        expect(diff(b, a).scoreDelta).toBe(-diff(a, b).scoreDelta || 0);
      }),
    );
  });
});

function tenths(contributions: readonly { points: number }[]): number {
  return contributions.reduce((sum, c) => sum + Math.round(c.points * 10), 0);
}
