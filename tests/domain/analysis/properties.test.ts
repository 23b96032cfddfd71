import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import { isResolved, resolve } from '../../../src/domain/analysis/resolve';
import { round1 } from '../../../src/domain/analysis/round';
import { ScoreModel } from '../../../src/domain/analysis/scoreModel';
import { scoringGraphOf } from '../../../src/domain/analysis/scoringGraph';
import type { Analysis } from '../../../src/domain/analysis/types';
import type { DecisionMap } from '../../../src/domain/records/map';
import type { DecisionNode } from '../../../src/domain/records/node';
import {
  stateOf,
  statesOf,
  withState as withStateOrNull,
  type NodeState,
} from '../../../src/domain/records/nodeState';

/** The node in `state`, which the test takes from the node's own kind: never refused. */
const withState = (node: DecisionNode, state: string): DecisionNode => {
  const next = withStateOrNull(node, state as NodeState);
  if (!next) throw new Error(`${state} is not a state of a ${node.kind}`);
  return next;
};
import {
  FRICTION_STATUSES,
  PROOF_STATUSES,
  RISK_REDUCTIONS,
  STANCES,
} from '../../../src/domain/records/states';
import {
  arbitraryMap,
  arbitraryMapAndReordering,
  burdens,
  fears,
  makeApprover,
  makeFriction,
  makeMap,
  makeProof,
  makeRisk,
  requires,
} from '../../builders';

const scoreOf = (map: DecisionMap): number => analyze(map).score;
/** The score before rounding to one decimal. */
const rawScoreOf = (map: DecisionMap): number => {
  const { graph, side } = scoringGraphOf(map);
  return new ScoreModel(graph, side).rawScore();
};
const approversOf = (map: DecisionMap) => map.nodes.filter((n) => n.kind === 'approver');
const withNodes = (map: DecisionMap, change: (node: DecisionNode) => DecisionNode): DecisionMap => ({
  ...map,
  nodes: map.nodes.map(change),
});
const allResolved = (map: DecisionMap): DecisionMap => withNodes(map, resolve);
const allUnknown = (map: DecisionMap): DecisionMap =>
  withNodes(map, (node) => {
    switch (node.kind) {
      case 'approver':
        return { ...node, stance: 'unknown' };
      case 'proof':
        return { ...node, status: 'unknown' };
      case 'risk':
        return { ...node, reduction: 'unknown' };
      case 'friction':
        return { ...node, status: 'unknown' };
    }
  });

/** Whether every approver is a champion and everything linked to one is resolved (PRODUCT.md property 2). */
function fullyResolved(map: DecisionMap): boolean {
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  const linked = map.edges
    .filter((e) => e.kind === 'requires' || e.kind === 'fears' || e.kind === 'burdens')
    .map((e) => (e.kind === 'burdens' ? e.source : e.target));
  return (
    approversOf(map).length > 0 &&
    approversOf(map).every(isResolved) &&
    linked.every((id) => isResolved(byId.get(id)!))
  );
}

describe('1. range', () => {
  it('stays within 0–100 with one decimal for any map', () => {
    fc.assert(
      fc.property(arbitraryMap(), (map) => {
        const { score } = analyze(map);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        expect(round1(score)).toBe(score);
      }),
    );
  });

  it.each([
    ['an empty map', makeMap()],
    [
      'a map of proofs, risks and frictions only',
      makeMap({
        nodes: [
          makeProof({ status: 'verified' }),
          makeRisk({ reduction: 'reduced' }),
          makeFriction({ status: 'removed' }),
        ],
      }),
    ],
  ])('scores 0 with no approvers and asks who approves: %s', (_, map) => {
    const analysis = analyze(map);
    expect(analysis.score).toBe(0);
    expect(analysis.openQuestions[0]).toEqual({ id: null, question: 'Who must approve this decision?' });
    expect(analysis.constraint).toBeNull();
  });
});

describe('2. perfect only when resolved', () => {
  const cfo = makeApprover({ id: 'cfo', veto: true, stance: 'champion' });
  const it2 = makeApprover({ id: 'it', stance: 'champion', influence: 1 });
  const proof = makeProof({ id: 'soc2', status: 'verified' });
  const risk = makeRisk({ id: 'migration', reduction: 'reduced' });
  const friction = makeFriction({ id: 'sso', status: 'removed' });
  const resolvedMap = makeMap({
    nodes: [cfo, it2, proof, risk, friction],
    edges: [requires(cfo, proof), fears(cfo, risk), burdens(friction, it2)],
  });
  const one = (id: string, node: DecisionNode) => withNodes(resolvedMap, (n) => (n.id === id ? node : n));

  it.each<[string, DecisionMap, number | 'below 100']>([
    ['every approver a champion, everything linked resolved', resolvedMap, 100],
    ['a lone champion with nothing linked', makeMap({ nodes: [makeApprover({ stance: 'champion' })] }), 100],
    [
      'an unlinked proof still missing does not count',
      { ...resolvedMap, nodes: [...resolvedMap.nodes, makeProof({ status: 'missing' })] },
      100,
    ],
    ['a supportive approver', one('it', { ...it2, stance: 'supportive' }), 'below 100'],
    ['a demonstrated (not verified) proof', one('soc2', { ...proof, status: 'demonstrated' }), 'below 100'],
    ['a partially reduced risk', one('migration', { ...risk, reduction: 'partial' }), 'below 100'],
    ['a reduced (not removed) friction', one('sso', { ...friction, status: 'reduced' }), 'below 100'],
  ])('%s', (_, map, expected) => {
    if (expected === 100) expect(scoreOf(map)).toBe(100);
    else expect(scoreOf(map)).toBeLessThan(100);
  });

  it('a large buying group with one small gap shows 99.9, never a rounded 100', () => {
    const champions = Array.from({ length: 30 }, (_, i) =>
      makeApprover({ id: `c${i}`, stance: 'champion', influence: 5 }),
    );
    const gap = makeRisk({ id: 'gap', severity: 1, reduction: 'partial' });
    const last = makeApprover({ id: 'last', stance: 'champion', influence: 1 });
    const map = makeMap({ nodes: [...champions, last, gap], edges: [fears(last, gap)] });
    expect(scoreOf(map)).toBe(99.9);
    expect(analyze(map).lifts.gap).toBe(0.1);
  });

  it('is 100 exactly when the map is fully resolved (both directions, random maps)', () => {
    fc.assert(
      fc.property(arbitraryMap({ minApprovers: 1 }), fc.boolean(), (map, resolveAll) => {
        const subject = resolveAll ? allResolved(map) : map;
        expect(scoreOf(subject) === 100).toBe(fullyResolved(subject));
      }),
      { numRuns: 300 },
    );
  });
});

describe('3. unknown is not neutral', () => {
  const approver = makeApprover({ id: 'cfo', label: 'CFO', veto: true, stance: 'supportive' });
  const cases: [string, DecisionNode, DecisionNode, string][] = [
    ['approver stance', approver, { ...approver, stance: 'opposed' }, "What is CFO's stance?"],
    [
      'proof status',
      makeProof({ id: 'x', label: 'SOC 2 report' }),
      makeProof({ id: 'x', label: 'SOC 2 report', status: 'missing' }),
      'Does “SOC 2 report” exist yet?',
    ],
    [
      'risk reduction',
      makeRisk({ id: 'x', label: 'Data loss' }),
      makeRisk({ id: 'x', label: 'Data loss', reduction: 'none' }),
      'How far has the risk “Data loss” been reduced?',
    ],
    [
      'friction status',
      makeFriction({ id: 'x', label: 'SSO setup' }),
      makeFriction({ id: 'x', label: 'SSO setup', status: 'present' }),
      'Is “SSO setup” still in the way?',
    ],
  ];
  const mapWith = (node: DecisionNode): DecisionMap => {
    if (node.kind === 'approver')
      return makeMap({ nodes: [node, makeProof({ id: 'p' })], edges: [requires(node, 'p')] });
    const edge =
      node.kind === 'proof'
        ? requires(approver, node)
        : node.kind === 'risk'
          ? fears(approver, node)
          : burdens(node, approver);
    return makeMap({ nodes: [approver, node], edges: [edge] });
  };

  it.each(cases)(
    '%s: unknown scores no better than the worst explicit state and is an open question',
    (_, subject, worst, question) => {
      const unknown = withState(subject, 'unknown');
      const analysis = analyze(mapWith(unknown));
      expect(analysis.score).toBeLessThanOrEqual(scoreOf(mapWith(worst)));
      expect(analysis.openQuestions).toContainEqual({ id: unknown.id, question });
    },
  );

  it('unknown never beats any explicit state, for any node of any map', () => {
    fc.assert(
      fc.property(arbitraryMap(), fc.nat(), fc.nat(), (map, pickNode, pickState) => {
        fc.pre(map.nodes.length > 0);
        const node = map.nodes[pickNode % map.nodes.length]!;
        const explicit = statesOf(node).slice(1);
        const state = explicit[pickState % explicit.length]!;
        const set = (s: string) => withNodes(map, (n) => (n.id === node.id ? withState(n, s) : n));
        const unknownAnalysis = analyze(set('unknown'));
        expect(unknownAnalysis.score).toBeLessThanOrEqual(scoreOf(set(state)));
        expect(unknownAnalysis.openQuestions.some((q) => q.id === node.id)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('unknowns widen the band: today is its low end, every unknown answered halfway its high end', () => {
    fc.assert(
      fc.property(arbitraryMap(), (map) => {
        const { score, band, findOut } = analyze(map);
        expect(band.low).toBe(score);
        expect(band.high).toBeGreaterThanOrEqual(band.low);
        if (findOut.length === 0) expect(band.high).toBe(band.low);
        // Answering one question halfway is part of answering them all: the band holds it.
        for (const f of findOut) expect(score + f.value).toBeLessThanOrEqual(band.high + 0.1);
      }),
      { numRuns: 300 },
    );
  });

  it('an unknown veto holder keeps the score at or below 20, and the band shows what finding out is worth', () => {
    const legal = makeApprover({ id: 'legal', label: 'Legal', veto: true, stance: 'unknown' });
    const champions = Array.from({ length: 3 }, (_, i) =>
      makeApprover({ id: `c${i}`, stance: 'champion', influence: 5 }),
    );
    const analysis = analyze(makeMap({ nodes: [legal, ...champions] }));
    expect(analysis.score).toBeLessThanOrEqual(20);
    expect(analysis.band.high).toBeGreaterThan(40);
    expect(analysis.findOut).toEqual([
      {
        id: 'legal',
        question: "What is Legal's stance?",
        value: round1(analysis.band.high - analysis.score),
      },
    ]);
  });

  it('an approver with no requires edge is an open question', () => {
    const legal = makeApprover({ id: 'legal', label: 'Legal', stance: 'neutral' });
    const cfo = makeApprover({ id: 'cfo', label: 'CFO', stance: 'neutral' });
    const roi = makeProof({ id: 'roi' });
    const analysis = analyze(makeMap({ nodes: [legal, cfo, roi], edges: [requires(cfo, roi)] }));
    expect(analysis.openQuestions).toEqual([{ id: 'legal', question: 'What proof must exist for Legal?' }]);
  });
});

describe('4. monotonic', () => {
  it('moving any node to a better state never lowers the score', () => {
    fc.assert(
      fc.property(arbitraryMap(), fc.nat(), fc.nat(), (map, pickNode, pickState) => {
        fc.pre(map.nodes.length > 0);
        const node = map.nodes[pickNode % map.nodes.length]!;
        const states = statesOf(node);
        const better = states.slice(states.indexOf(stateOf(node)) + 1);
        fc.pre(better.length > 0);
        const improved = withNodes(map, (n) =>
          n.id === node.id ? withState(n, better[pickState % better.length]!) : n,
        );
        expect(scoreOf(improved)).toBeGreaterThanOrEqual(scoreOf(map));
      }),
      { numRuns: 500 },
    );
  });

  const unresolvedItem = fc.oneof(
    fc.record({
      kind: fc.constant('proof' as const),
      state: fc.constantFrom(...PROOF_STATUSES.filter((s) => s !== 'verified')),
      severity: fc.constant(1),
    }),
    fc.record({
      kind: fc.constant('risk' as const),
      state: fc.constantFrom(...RISK_REDUCTIONS.filter((s) => s !== 'reduced')),
      severity: fc.integer({ min: 1, max: 5 }),
    }),
    fc.record({
      kind: fc.constant('friction' as const),
      state: fc.constantFrom(...FRICTION_STATUSES.filter((s) => s !== 'removed')),
      severity: fc.integer({ min: 1, max: 5 }),
    }),
  );

  it('adding an unresolved proof, risk or friction to an approver never raises the score', () => {
    fc.assert(
      fc.property(arbitraryMap({ minApprovers: 1 }), fc.nat(), unresolvedItem, (map, pick, item) => {
        const approver = approversOf(map)[pick % approversOf(map).length]!;
        const added =
          item.kind === 'proof'
            ? makeProof({ id: 'added', status: item.state as 'missing' })
            : item.kind === 'risk'
              ? makeRisk({ id: 'added', reduction: item.state as 'none', severity: item.severity })
              : makeFriction({ id: 'added', status: item.state as 'present', severity: item.severity });
        const edge =
          item.kind === 'proof'
            ? requires(approver, added)
            : item.kind === 'risk'
              ? fears(approver, added)
              : burdens(added, approver);
        const bigger = { ...map, nodes: [...map.nodes, added], edges: [...map.edges, edge] };
        expect(scoreOf(bigger)).toBeLessThanOrEqual(scoreOf(map));
      }),
      { numRuns: 500 },
    );
  });
});

describe('5. veto is a gate', () => {
  const notFullyWon = fc.oneof(
    fc.constantFrom(...STANCES.filter((s) => s !== 'champion')).map((stance) => ({ stance, proof: null })),
    fc
      .constantFrom(...PROOF_STATUSES.filter((s) => s !== 'verified'))
      .map((status) => ({ stance: 'champion' as const, proof: status })),
  );

  // The weakest veto holder governs, so one who is nearly won moves the score less than a tenth of a
  // point on a map held down by someone far weaker: strictly lower before rounding, never higher as shown.
  it('adding a veto approver who is not fully won over lowers the score', () => {
    fc.assert(
      fc.property(arbitraryMap({ minApprovers: 1 }), notFullyWon, (map, { stance, proof }) => {
        fc.pre(scoreOf(map) >= 5);
        const veto = makeApprover({ id: 'new-veto', veto: true, stance });
        const needs = proof ? [makeProof({ id: 'new-proof', status: proof })] : [];
        const gated = {
          ...map,
          nodes: [...map.nodes, veto, ...needs],
          edges: [...map.edges, ...needs.map((p) => requires(veto, p))],
        };
        expect(rawScoreOf(gated)).toBeLessThan(rawScoreOf(map));
        expect(scoreOf(gated)).toBeLessThanOrEqual(scoreOf(map));
      }),
      { numRuns: 300 },
    );
  });

  it('a veto approver who is nearly won over moves the score by a bounded amount (no collapse)', () => {
    fc.assert(
      fc.property(arbitraryMap({ minApprovers: 1 }), fc.nat(), (map, n) => {
        const gated = {
          ...map,
          nodes: [...map.nodes, makeApprover({ id: `nearly-won-${n}`, veto: true, stance: 'supportive' })],
        };
        // A supportive veto holder with nothing open is 95% ready: at most 5% of the score goes.
        expect(rawScoreOf(gated)).toBeGreaterThanOrEqual(0.95 * rawScoreOf(map) - 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    [
      'five veto approvers each partly won over',
      ['skeptical', 'neutral', 'neutral', 'supportive', 'supportive'],
    ],
    ['five skeptical veto approvers', ['skeptical', 'skeptical', 'skeptical', 'skeptical', 'skeptical']],
  ] as const)('%s is a hard decision, not a hopeless one', (_, stances) => {
    // Each is 60–80% ready: a stance, and one proof only claimed.
    const approvers = stances.map((stance, i) => makeApprover({ id: `v${i}`, veto: true, stance }));
    const proofs = approvers.map((a) => makeProof({ id: `${a.id}-proof`, status: 'claimed' }));
    const map = makeMap({
      nodes: [...approvers, ...proofs],
      edges: approvers.map((a, i) => requires(a, proofs[i]!)),
    });
    for (const a of analyze(map).approvers) expect(a.readiness).toBeGreaterThanOrEqual(60);
    for (const a of analyze(map).approvers) expect(a.readiness).toBeLessThanOrEqual(80);
    expect(scoreOf(map)).toBeGreaterThanOrEqual(25);
    expect(scoreOf(map)).toBeLessThan(Math.min(...analyze(map).approvers.map((a) => a.readiness)));
  });

  it('the weakest veto holder governs: the score never exceeds the least ready veto holder', () => {
    fc.assert(
      fc.property(arbitraryMap({ minApprovers: 1 }), (map) => {
        const analysis = analyze(map);
        const vetoes = analysis.approvers.filter((a) => a.veto);
        fc.pre(vetoes.length > 0);
        expect(analysis.score).toBeLessThanOrEqual(Math.min(...vetoes.map((a) => a.readiness)) + 0.05);
      }),
      { numRuns: 300 },
    );
  });

  it('an opposed veto approver caps the score at 20, whatever else the map holds', () => {
    fc.assert(
      fc.property(arbitraryMap({ minApprovers: 1 }), fc.nat(), (map, pick) => {
        const vetoes = approversOf(map);
        const chosen = vetoes[pick % vetoes.length]!;
        const opposed = withNodes(allResolved(map), (n) =>
          n.id === chosen.id && n.kind === 'approver' ? { ...n, veto: true, stance: 'opposed' } : n,
        );
        expect(scoreOf(opposed)).toBeLessThanOrEqual(20);
      }),
    );
  });
});

/** The analysis with plan items in id order: the only list that keeps the file's (the plan's) order. */
const normalised = (analysis: Analysis) => ({
  ...analysis,
  plan: { ...analysis.plan, items: [...analysis.plan.items].sort((x, y) => (x.id < y.id ? -1 : 1)) },
});

describe('6. deterministic and order-free', () => {
  it('gives the same analysis whatever the order of nodes, edges and plan items', () => {
    fc.assert(
      fc.property(arbitraryMapAndReordering(), ([map, reordered]) => {
        const a = normalised(analyze(map));
        const b = normalised(analyze(reordered));
        expect(b).toEqual(a);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps plan items in the plan’s own order', () => {
    fc.assert(
      fc.property(arbitraryMap(), (map) => {
        expect(analyze(map).plan.items.map((i) => i.id)).toEqual(map.plan.map((i) => i.id));
      }),
    );
  });
});

describe('7. explained', () => {
  it('a lone unresolved node lifts the score by exactly the gap to 100', () => {
    fc.assert(
      fc.property(arbitraryMap({ minApprovers: 1 }), fc.nat(), fc.nat(), (map, pickNode, pickState) => {
        const resolved = allResolved(map);
        const node = resolved.nodes[pickNode % resolved.nodes.length]!;
        const states = statesOf(node).slice(0, -1);
        const lone = withNodes(resolved, (n) =>
          n.id === node.id ? withState(n, states[pickState % states.length]!) : n,
        );
        const analysis = analyze(lone);
        expect(Object.keys(analysis.lifts)).toEqual([node.id]);
        expect(analysis.lifts[node.id]).toBe(round1(100 - analysis.score));
      }),
      { numRuns: 300 },
    );
  });

  it('lists every known node with lift > 0 as a driver, largest lift first, the first being the constraint', () => {
    fc.assert(
      fc.property(arbitraryMap(), (map) => {
        const analysis = analyze(map);
        const byId = new Map(map.nodes.map((n) => [n.id, n]));
        const known = Object.entries(analysis.lifts).filter(([id]) => stateOf(byId.get(id)!) !== 'unknown');
        // Every known node with a lift is a driver (when an unknown holds the score down, a driver's
        // lift can be too small to show at one decimal, but it is never negative).
        const drivers = analysis.drivers.map((d) => d.id);
        for (const [id, lift] of known) if (lift > 0) expect(drivers).toContain(id);
        for (const id of drivers) expect(known.some(([k]) => k === id)).toBe(true);
        for (const d of analysis.drivers) expect(d.lift).toBe(analysis.lifts[d.id]);
        analysis.drivers
          .slice(1)
          .forEach((d, i) => expect(d.lift).toBeLessThanOrEqual(analysis.drivers[i]!.lift));
        expect(analysis.constraint).toBe(analysis.drivers[0]?.id ?? null);
        expect(analysis.path[0] ?? null).toBe(analysis.constraint);
        const unresolved = map.nodes
          .filter((n) => !isResolved(n))
          .map((n) => n.id)
          .sort();
        expect(Object.keys(analysis.lifts)).toEqual(unresolved);
      }),
    );
  });

  it('equal lifts are listed by id', () => {
    const cfo = makeApprover({ id: 'cfo', veto: true, stance: 'champion' });
    const proofs = ['b-proof', 'a-proof', 'c-proof'].map((id) => makeProof({ id, status: 'missing' }));
    const analysis = analyze(
      makeMap({ nodes: [cfo, ...proofs], edges: proofs.map((p) => requires(cfo, p)) }),
    );
    expect(analysis.drivers.map((d) => d.id)).toEqual(['a-proof', 'b-proof', 'c-proof']);
  });

  it('unknown nodes are find-outs, not drivers, ranked by the value of finding out', () => {
    fc.assert(
      fc.property(arbitraryMap(), (map) => {
        const analysis = analyze(map);
        const unknown = map.nodes.filter((n) => stateOf(n) === 'unknown').map((n) => n.id);
        expect(analysis.findOut.map((f) => f.id).sort()).toEqual([...unknown].sort());
        for (const f of analysis.findOut) {
          expect(analysis.drivers.some((d) => d.id === f.id)).toBe(false);
          // Halfway is never worth more than the best answer, and never less than none.
          expect(f.value).toBeGreaterThanOrEqual(0);
          expect(f.value).toBeLessThanOrEqual(analysis.lifts[f.id]!);
          expect(f.question).toBe(analysis.openQuestions.find((q) => q.id === f.id)?.question);
        }
        analysis.findOut
          .slice(1)
          .forEach((f, i) => expect(f.value).toBeLessThanOrEqual(analysis.findOut[i]!.value));
      }),
    );
  });

  it('a find-out is worth nothing once it is answered: answering takes it off the list', () => {
    fc.assert(
      fc.property(arbitraryMap(), fc.nat(), fc.nat(), (map, pickNode, pickState) => {
        const unknown = map.nodes.filter((n) => stateOf(n) === 'unknown');
        fc.pre(unknown.length > 0);
        const node = unknown[pickNode % unknown.length]!;
        const answers = statesOf(node).slice(1);
        const answered = withNodes(map, (n) =>
          n.id === node.id ? withState(n, answers[pickState % answers.length]!) : n,
        );
        const analysis = analyze(answered);
        expect(analysis.findOut.some((f) => f.id === node.id)).toBe(false);
        expect(analysis.band.high).toBeGreaterThanOrEqual(analysis.band.low);
      }),
      { numRuns: 200 },
    );
  });
});

describe('8. calibrated', () => {
  const resolvedNeeds = (approver: DecisionNode, n: number) => {
    const proof = makeProof({ id: `${approver.id}-proof-${n}`, status: 'verified' });
    const risk = makeRisk({ id: `${approver.id}-risk-${n}`, reduction: 'reduced', severity: 5 });
    const friction = makeFriction({ id: `${approver.id}-friction-${n}`, status: 'removed', severity: 5 });
    return {
      nodes: [proof, risk, friction],
      edges: [requires(approver, proof), fears(approver, risk), burdens(friction, approver)],
    };
  };
  const mapOf = (approvers: DecisionNode[]) => {
    const needs = approvers.map((a, i) => resolvedNeeds(a, i));
    return makeMap({
      nodes: [...approvers, ...needs.flatMap((n) => n.nodes)],
      edges: needs.flatMap((n) => n.edges),
    });
  };

  it('one supportive veto approver with everything they need resolved: ≥ 85', () => {
    expect(
      scoreOf(mapOf([makeApprover({ id: 'cfo', veto: true, stance: 'supportive' })])),
    ).toBeGreaterThanOrEqual(85);
  });

  it('six supportive veto approvers with everything they need resolved: ≥ 70', () => {
    const six = Array.from({ length: 6 }, (_, i) =>
      makeApprover({ id: `v${i}`, veto: true, stance: 'supportive' }),
    );
    expect(scoreOf(mapOf(six))).toBeGreaterThanOrEqual(70);
  });

  it('any opposed veto approver: ≤ 20', () => {
    const opposed = makeApprover({ id: 'legal', veto: true, stance: 'opposed' });
    const champions = Array.from({ length: 5 }, (_, i) =>
      makeApprover({ id: `c${i}`, stance: 'champion', influence: 5 }),
    );
    expect(scoreOf(mapOf([opposed, ...champions]))).toBeLessThanOrEqual(20);
  });

  it('everything resolved except one missing proof a veto approver requires: ≤ 65', () => {
    fc.assert(
      fc.property(arbitraryMap({ minApprovers: 1 }), fc.nat(), (map, pick) => {
        const resolved = allResolved(map);
        const approvers = approversOf(resolved);
        const chosen = approvers[pick % approvers.length]!;
        const gated = withNodes(resolved, (n) =>
          n.id === chosen.id && n.kind === 'approver' ? { ...n, veto: true } : n,
        );
        const missing = makeProof({ id: 'the-missing-proof', status: 'missing' });
        const map2 = {
          ...gated,
          nodes: [...gated.nodes, missing],
          edges: [...gated.edges, requires(chosen, missing)],
        };
        expect(scoreOf(map2)).toBeLessThanOrEqual(65);
      }),
    );
  });

  it('a map whose states are all unknown: ≤ 5', () => {
    fc.assert(
      fc.property(arbitraryMap(), (map) => {
        expect(scoreOf(allUnknown(map))).toBeLessThanOrEqual(5);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the path', () => {
  it('its next step is the constraint of the map with the constraint resolved', () => {
    fc.assert(
      fc.property(arbitraryMap({ maxApprovers: 8, maxProofs: 10 }), (map) => {
        const { path, constraint } = analyze(map);
        expect(path[0] ?? null).toBe(constraint);
        if (constraint === null) return;
        const next = analyze(withNodes(map, (n) => (n.id === constraint ? resolve(n) : n))).constraint;
        expect(path[1] ?? null).toBe(next);
      }),
      { numRuns: 400 },
    );
  });
});
