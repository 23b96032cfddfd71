/**
 * Shared test builders: records with sensible defaults and overrides, and fast-check arbitraries
 * that produce VALID decision maps. Other test folders may ADD functions at the end of this file;
 * please do not change the existing ones.
 */
import fc from 'fast-check';
import type { Approver } from '../src/domain/records/approver';
import { EVIDENCE_SOURCES, type Evidence } from '../src/domain/records/common';
import { DEAL_OUTCOMES, type Deal } from '../src/domain/records/deal';
import type { Edge } from '../src/domain/records/edge';
import { CURRENT_VERSION, type MapFile } from '../src/domain/records/file';
import type { Friction } from '../src/domain/records/friction';
import type { DecisionMap } from '../src/domain/records/map';
import type { DecisionNode } from '../src/domain/records/node';
import type { PlanItem } from '../src/domain/records/planItem';
import type { Proof } from '../src/domain/records/proof';
import type { Risk } from '../src/domain/records/risk';
import {
  APPROVER_ROLES,
  FRICTION_STATUSES,
  PLAN_CATEGORIES,
  PROOF_STATUSES,
  RISK_REDUCTIONS,
  STANCES,
  type EdgeKind,
} from '../src/domain/records/states';

let sequence = 0;
/** A fresh id such as `approver-7`; ids only need to be unique within one test's map. */
const nextId = (prefix: string): string => `${prefix}-${++sequence}`;

type Overrides<T> = Partial<Omit<T, 'kind'>>;

/** A non-veto, neutral economic approver with influence 3. */
export function makeApprover(overrides: Overrides<Approver> = {}): Approver {
  const id = overrides.id ?? nextId('approver');
  return {
    id,
    kind: 'approver',
    label: `Approver ${id}`,
    position: { x: 0, y: 0 },
    role: 'economic',
    veto: false,
    influence: 3,
    stance: 'neutral',
    ...overrides,
  };
}

/** A proof that is still `missing`. */
export function makeProof(overrides: Overrides<Proof> = {}): Proof {
  const id = overrides.id ?? nextId('proof');
  return {
    id,
    kind: 'proof',
    label: `Proof ${id}`,
    position: { x: 0, y: 0 },
    status: 'missing',
    ...overrides,
  };
}

/** A severity-3 risk with no reduction yet. */
export function makeRisk(overrides: Overrides<Risk> = {}): Risk {
  const id = overrides.id ?? nextId('risk');
  return {
    id,
    kind: 'risk',
    label: `Risk ${id}`,
    position: { x: 0, y: 0 },
    severity: 3,
    reduction: 'none',
    ...overrides,
  };
}

/** A severity-3 friction that is still `present`. */
export function makeFriction(overrides: Overrides<Friction> = {}): Friction {
  const id = overrides.id ?? nextId('friction');
  return {
    id,
    kind: 'friction',
    label: `Friction ${id}`,
    position: { x: 0, y: 0 },
    severity: 3,
    status: 'present',
    ...overrides,
  };
}

type End = string | { id: string };
const idOf = (end: End): string => (typeof end === 'string' ? end : end.id);

/** An edge between two nodes (or node ids); its id defaults to `kind:source->target`. */
export function makeEdge(kind: EdgeKind, source: End, target: End, overrides: Partial<Edge> = {}): Edge {
  const s = idOf(source);
  const t = idOf(target);
  return { id: `${kind}:${s}->${t}`, kind, source: s, target: t, ...overrides };
}

/** approver → proof: the approver needs this proof before saying yes. */
export const requires = (approver: End, proof: End): Edge => makeEdge('requires', approver, proof);
/** approver → risk: this risk stands between the approver and a yes. */
export const fears = (approver: End, risk: End): Edge => makeEdge('fears', approver, risk);
/** proof → risk: the proof, when it exists, reduces the risk. */
export const reduces = (proof: End, risk: End): Edge => makeEdge('reduces', proof, risk);
/** friction → approver: the friction stands in the approver's way. */
export const burdens = (friction: End, approver: End): Edge => makeEdge('burdens', friction, approver);
/** approver → approver: the first sways the second. */
export const influences = (source: End, target: End): Edge => makeEdge('influences', source, target);

/** A feature plan item that addresses nothing (pass `addresses` to anchor it). */
export function makePlanItem(overrides: Partial<PlanItem> = {}): PlanItem {
  const id = overrides.id ?? nextId('plan');
  return { id, title: `Plan item ${id}`, category: 'feature', addresses: [], ...overrides };
}

/** An empty map for 2026-Q3; pass nodes, edges and plan as overrides. */
export function makeMap(overrides: Partial<DecisionMap> = {}): DecisionMap {
  return {
    id: 'map-1',
    title: 'Mid-market finance teams',
    decision: 'CFO signs a 2-year contract to replace spreadsheet close',
    market: 'Mid-market finance',
    period: '2026-Q3',
    nodes: [],
    edges: [],
    plan: [],
    ...overrides,
  };
}

/** The map wrapped as an exported file (FORMAT.md "File"). */
export function makeMapFile(map: DecisionMap = makeMap(), exportedAt = '2026-11-24T10:00:00.000Z'): MapFile {
  return { format: 'obvious.decision-map', version: CURRENT_VERSION, exportedAt, map };
}

/** The node with the given id, or a thrown error (for tests only). */
export function nodeById(map: DecisionMap, id: string): DecisionNode {
  const node = map.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node ${id} in map ${map.id}`);
  return node;
}

/** The map with one node replaced by `change(node)`. */
export function withNode(
  map: DecisionMap,
  id: string,
  change: (node: DecisionNode) => DecisionNode,
): DecisionMap {
  return { ...map, nodes: map.nodes.map((n) => (n.id === id ? change(n) : n)) };
}

/**
 * A map with two hubs: one approver needing `size` proofs, and one risk that all of them reduce
 * (feared by two approvers). Used to check that scoring stays linear in a hub's size.
 */
export function makeHubMap(size: number): DecisionMap {
  const approvers = Array.from({ length: 50 }, (_, i) =>
    makeApprover({ id: `a${i}`, stance: 'supportive', veto: i === 1 }),
  );
  const proofs = Array.from({ length: size }, (_, i) =>
    makeProof({ id: `p${i}`, status: i % 2 ? 'claimed' : 'demonstrated' }),
  );
  const risk = makeRisk({ id: 'hub-risk', severity: 5, reduction: 'none' });
  const edges = [
    fears(approvers[1]!, risk),
    fears(approvers[2]!, risk),
    ...proofs.map((p) => reduces(p, risk)),
    ...proofs.map((p) => requires(approvers[0]!, p)),
  ];
  return makeMap({ nodes: [...approvers, ...proofs, risk], edges });
}

/**
 * A small valid map (file-format tests and end-to-end tests name its indices): nodes[0] CFO, [1] Legal, [2] SOC 2 proof,
 * [3] lock-in risk, [4] SSO friction; edges[0] requires … edges[4] influences; plan[0] addresses SOC 2.
 */
export function makeSmallMap(overrides: Partial<DecisionMap> = {}): DecisionMap {
  const cfo = makeApprover({
    id: 'cfo',
    label: 'CFO',
    veto: true,
    influence: 5,
    stance: 'skeptical',
    position: { x: 300, y: 0 },
  });
  const legal = makeApprover({
    id: 'legal',
    label: 'Legal counsel',
    role: 'legal',
    veto: true,
    stance: 'unknown',
    position: { x: 300, y: 140 },
  });
  const soc2 = makeProof({
    id: 'soc2',
    label: 'SOC 2 Type II report',
    status: 'claimed',
    position: { x: 600, y: 0 },
    evidence: [{ text: 'Report', url: 'https://trust.example.com/soc2', source: 'research' }],
  });
  const lockIn = makeRisk({
    id: 'lock-in',
    label: 'Locked into two years',
    severity: 3,
    reduction: 'partial',
    position: { x: 900, y: 0 },
  });
  const sso = makeFriction({
    id: 'sso',
    label: 'SSO setup takes a month',
    severity: 2,
    status: 'present',
    position: { x: 0, y: 0 },
  });
  return makeMap({
    nodes: [cfo, legal, soc2, lockIn, sso],
    edges: [
      requires(cfo, soc2),
      fears(cfo, lockIn),
      reduces(soc2, lockIn),
      burdens(sso, cfo),
      influences(legal, cfo),
    ],
    plan: [makePlanItem({ id: 'plan-soc2', title: 'Publish the SOC 2 report', addresses: ['soc2'] })],
    ...overrides,
  });
}

// ---------------------------------------------------------------------------------------------
// fast-check arbitraries
// ---------------------------------------------------------------------------------------------

export interface ArbitraryMapOptions {
  minApprovers?: number;
  maxApprovers?: number;
  maxProofs?: number;
  maxRisks?: number;
  maxFrictions?: number;
  maxPlanItems?: number;
  /** Use odd labels too (markup, quotes, emoji, whitespace), not only readable ones. */
  oddLabels?: boolean;
}

const READABLE_LABELS = {
  approver: ['CFO', 'Controller', 'IT security', 'Legal', 'Procurement', 'Head of FP&A', 'CEO', 'Ops lead'],
  proof: [
    'SOC 2 report',
    'Reference customer',
    'ROI case',
    'Pilot results',
    'ERP integration demo',
    'Security review',
  ],
  risk: ['Data migration fails', 'Audit finding', 'Vendor lock-in', 'Team rejects tool', 'Budget overrun'],
  friction: ['Procurement cycle', 'SSO setup', 'Month-end freeze', 'Data export', 'Training time'],
} as const;

const ODD_LABELS = [
  '<img src=x onerror=alert(1)>',
  '"quoted" & <b>bold</b>',
  '  spaced  ',
  'Ünïcödé ✓ 🚀',
  "O'Brien's team",
  'a'.repeat(300),
];

const labelArb = (kind: keyof typeof READABLE_LABELS, odd: boolean): fc.Arbitrary<string> =>
  odd
    ? fc.oneof(
        fc.constantFrom(...READABLE_LABELS[kind]),
        fc.constantFrom(...ODD_LABELS),
        fc.string({ minLength: 1, maxLength: 40 }),
      )
    : fc.constantFrom(...READABLE_LABELS[kind]);

const positionArb = fc.record({
  x: fc.integer({ min: -5000, max: 5000 }),
  y: fc.integer({ min: -5000, max: 5000 }),
});

const evidenceArb: fc.Arbitrary<Evidence> = fc
  .record({
    text: fc.constantFrom(
      'Signed reference call',
      'Pilot report, 3 teams',
      'Security questionnaire answered',
      '',
    ),
    url: fc.option(fc.constantFrom('https://example.com/ref', 'http://intranet.example.org/pilot'), {
      nil: undefined,
    }),
    date: fc.option(fc.constantFrom('2026-03-31', '2026-07-01', '2025-12-15'), { nil: undefined }),
    source: fc.constantFrom(...EVIDENCE_SOURCES),
    by: fc.option(fc.constantFrom('Ana (sales)', 'Workshop, 12 May'), { nil: undefined }),
  })
  .map(({ text, url, date, source, by }) => ({
    text,
    ...(url !== undefined ? { url } : {}),
    ...(date !== undefined ? { date } : {}),
    source,
    ...(by !== undefined ? { by } : {}),
  }));

/** Fields every node kind has, with optional ones omitted (never `undefined`) when absent. */
const commonArb = (kind: keyof typeof READABLE_LABELS, odd: boolean) =>
  fc
    .record({
      label: labelArb(kind, odd),
      position: positionArb,
      notes: fc.option(fc.constantFrom('Confirmed in the March workshop', 'Needs a second source'), {
        nil: undefined,
      }),
      evidence: fc.option(fc.array(evidenceArb, { minLength: 1, maxLength: 2 }), { nil: undefined }),
    })
    .map(({ label, position, notes, evidence }) => ({
      label,
      position,
      ...(notes !== undefined ? { notes } : {}),
      ...(evidence !== undefined ? { evidence } : {}),
    }));

const approverArb = (odd: boolean) =>
  fc.record({
    common: commonArb('approver', odd),
    role: fc.constantFrom(...APPROVER_ROLES),
    veto: fc.boolean(),
    influence: fc.integer({ min: 1, max: 5 }),
    stance: fc.constantFrom(...STANCES),
  });
const proofArb = (odd: boolean) =>
  fc.record({ common: commonArb('proof', odd), status: fc.constantFrom(...PROOF_STATUSES) });
const riskArb = (odd: boolean) =>
  fc.record({
    common: commonArb('risk', odd),
    severity: fc.integer({ min: 1, max: 5 }),
    reduction: fc.constantFrom(...RISK_REDUCTIONS),
  });
const frictionArb = (odd: boolean) =>
  fc.record({
    common: commonArb('friction', odd),
    severity: fc.integer({ min: 1, max: 5 }),
    status: fc.constantFrom(...FRICTION_STATUSES),
  });

const pairs = (kind: EdgeKind, sources: string[], targets: string[]): Edge[] =>
  sources.flatMap((s) =>
    targets.filter((t) => t !== s).map((t) => makeEdge(kind, s, t, { id: `e-${kind}-${s}-${t}` })),
  );

/**
 * A VALID decision map of up to ~30 nodes (by default 0–7 approvers, 0–9 proofs, 0–7 risks,
 * 0–5 frictions, 0–5 plan items), with ids a1…, p1…, r1…, f1…, i1… and random edges of every
 * kind. Every state, including `unknown`, appears.
 */
export function arbitraryMap(options: ArbitraryMapOptions = {}): fc.Arbitrary<DecisionMap> {
  const odd = options.oddLabels ?? false;
  const nodesArb = fc.record({
    approvers: fc.array(approverArb(odd), {
      minLength: options.minApprovers ?? 0,
      maxLength: options.maxApprovers ?? 7,
    }),
    proofs: fc.array(proofArb(odd), { maxLength: options.maxProofs ?? 9 }),
    risks: fc.array(riskArb(odd), { maxLength: options.maxRisks ?? 7 }),
    frictions: fc.array(frictionArb(odd), { maxLength: options.maxFrictions ?? 5 }),
    period: fc.constantFrom('2026-Q2', '2026-Q3', ''),
  });
  return nodesArb.chain(({ approvers, proofs, risks, frictions, period }) => {
    const nodes: DecisionNode[] = [
      ...approvers.map((a, i): Approver => ({
        id: `a${i + 1}`,
        kind: 'approver',
        ...a.common,
        role: a.role,
        veto: a.veto,
        influence: a.influence,
        stance: a.stance,
      })),
      ...proofs.map((p, i): Proof => ({ id: `p${i + 1}`, kind: 'proof', ...p.common, status: p.status })),
      ...risks.map((r, i): Risk => ({
        id: `r${i + 1}`,
        kind: 'risk',
        ...r.common,
        severity: r.severity,
        reduction: r.reduction,
      })),
      ...frictions.map((f, i): Friction => ({
        id: `f${i + 1}`,
        kind: 'friction',
        ...f.common,
        severity: f.severity,
        status: f.status,
      })),
    ];
    const ids = (kind: DecisionNode['kind']) => nodes.filter((n) => n.kind === kind).map((n) => n.id);
    const [a, p, r, f] = [ids('approver'), ids('proof'), ids('risk'), ids('friction')];
    const edgesOf = (candidates: Edge[], max: number) =>
      fc.subarray(candidates, { maxLength: Math.min(candidates.length, max) });
    const allIds = nodes.map((n) => n.id);
    const planArb = fc.array(
      fc.record({
        category: fc.constantFrom(...PLAN_CATEGORIES),
        title: fc.constantFrom(
          'Hire 6 enterprise AEs',
          'Build ERP connector',
          'SOC 2 audit',
          'Launch partner program',
          'Pricing page',
        ),
        addresses:
          allIds.length > 0
            ? fc.subarray(allIds, { maxLength: Math.min(4, allIds.length) })
            : fc.constant<string[]>([]),
        owner: fc.option(fc.constantFrom('VP Sales', 'CTO'), { nil: undefined }),
      }),
      { maxLength: options.maxPlanItems ?? 5 },
    );
    return fc
      .record({
        requires: edgesOf(pairs('requires', a, p), 2 * p.length + a.length),
        fears: edgesOf(pairs('fears', a, r), 2 * r.length + a.length),
        reduces: edgesOf(pairs('reduces', p, r), p.length + r.length),
        burdens: edgesOf(pairs('burdens', f, a), 2 * f.length),
        influences: edgesOf(pairs('influences', a, a), a.length),
        plan: planArb,
      })
      .map((e): DecisionMap =>
        makeMap({
          id: 'map-arb',
          period,
          nodes,
          edges: [...e.requires, ...e.fears, ...e.reduces, ...e.burdens, ...e.influences],
          plan: e.plan.map(({ owner, ...item }, i) => ({
            id: `i${i + 1}`,
            ...item,
            ...(owner !== undefined ? { owner } : {}),
          })),
        }),
      );
  });
}

/** The same map with its nodes, edges and plan items in a random order (nothing else changes). */
export function arbitraryReordering(map: DecisionMap): fc.Arbitrary<DecisionMap> {
  const permutation = <T>(items: T[]) =>
    fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length });
  return fc
    .record({ nodes: permutation(map.nodes), edges: permutation(map.edges), plan: permutation(map.plan) })
    .map((order) => ({ ...map, ...order }));
}

/** A map and a random reordering of it. */
export const arbitraryMapAndReordering = (
  options?: ArbitraryMapOptions,
): fc.Arbitrary<[DecisionMap, DecisionMap]> =>
  arbitraryMap(options).chain((map) =>
    arbitraryReordering(map).map((reordered): [DecisionMap, DecisionMap] => [map, reordered]),
  );

type NodeChange =
  'keep' | 'better' | 'worse' | 'random' | 'move' | 'relabel' | 'severity' | 'veto' | 'rekind' | 'remove';

/** The node's state moved along its kind's state list (or to a random state). */
function changeState(node: DecisionNode, change: 'better' | 'worse' | 'random', pick: number): DecisionNode {
  const step = <T extends string>(states: readonly T[], current: T): T => {
    const i = states.indexOf(current);
    const j =
      change === 'better'
        ? Math.min(states.length - 1, i + 1)
        : change === 'worse'
          ? Math.max(0, i - 1)
          : pick % states.length;
    return states[j]!;
  };
  switch (node.kind) {
    case 'approver':
      return { ...node, stance: step(STANCES, node.stance) };
    case 'proof':
      return { ...node, status: step(PROOF_STATUSES, node.status) };
    case 'risk':
      return { ...node, reduction: step(RISK_REDUCTIONS, node.reduction) };
    case 'friction':
      return { ...node, status: step(FRICTION_STATUSES, node.status) };
  }
}

function applyChange(node: DecisionNode, change: NodeChange, pick: number): DecisionNode | null {
  switch (change) {
    case 'keep':
      return node;
    case 'better':
    case 'worse':
    case 'random':
      return changeState(node, change, pick);
    case 'move':
      return { ...node, position: { x: node.position.x + 10 + pick, y: node.position.y } };
    case 'relabel':
      return { ...node, label: `${node.label} (renamed)` };
    case 'severity':
      return node.kind === 'risk' || node.kind === 'friction'
        ? { ...node, severity: 1 + (pick % 5) }
        : node.kind === 'approver'
          ? { ...node, influence: 1 + (pick % 5) }
          : node;
    case 'veto':
      return node.kind === 'approver' ? { ...node, veto: !node.veto } : node;
    case 'rekind': {
      // The same id reused for another kind of node (rare, but a file may do it).
      const { id, label, position } = node;
      return node.kind === 'proof'
        ? makeRisk({ id, label, position, reduction: 'partial' })
        : makeProof({ id, label, position, status: 'claimed' });
    }
    case 'remove':
      return null;
  }
}

/**
 * Next quarter's version of a map, by random mutations: states changed (better, worse, anything),
 * nodes moved, renamed, re-weighted, removed (with their edges and plan references) or added, edges
 * dropped and added, plan items re-aimed. Always VALID; ids of new nodes start with `x`.
 */
export function arbitraryNextQuarter(map: DecisionMap): fc.Arbitrary<DecisionMap> {
  const changes = fc.constantFrom<NodeChange>(
    'keep',
    'keep',
    'keep',
    'better',
    'worse',
    'random',
    'move',
    'relabel',
    'severity',
    'veto',
    'remove',
    'rekind',
  );
  return fc
    .record({
      perNode: fc.array(fc.tuple(changes, fc.nat(20)), {
        minLength: map.nodes.length,
        maxLength: map.nodes.length,
      }),
      keepEdge: fc.array(fc.boolean(), { minLength: map.edges.length, maxLength: map.edges.length }),
      added: arbitraryMap({ maxApprovers: 2, maxProofs: 2, maxRisks: 2, maxFrictions: 1, maxPlanItems: 0 }),
      period: fc.constantFrom('2026-Q4', map.period),
    })
    .chain(({ perNode, keepEdge, added, period }) => {
      const kept = map.nodes
        .map((node, i) => applyChange(node, perNode[i]![0], perNode[i]![1]))
        .filter((node): node is DecisionNode => node !== null);
      const fresh = added.nodes.map((node) => ({ ...node, id: `x${node.id}` }));
      const nodes = [...kept, ...fresh];
      const present = new Set(nodes.map((n) => n.id));
      const kindOf = new Map(nodes.map((n) => [n.id, n.kind]));
      const keptEdges = map.edges.filter(
        (e, i) =>
          keepEdge[i] &&
          present.has(e.source) &&
          present.has(e.target) &&
          kindOf.get(e.source) === nodeById(map, e.source).kind &&
          kindOf.get(e.target) === nodeById(map, e.target).kind,
      );
      const existing = new Set(keptEdges.map((e) => `${e.kind}|${e.source}|${e.target}`));
      const ids = (kind: DecisionNode['kind']) => nodes.filter((n) => n.kind === kind).map((n) => n.id);
      const [a, p, r, f] = [ids('approver'), ids('proof'), ids('risk'), ids('friction')];
      const candidates = [
        ...pairs('requires', a, p),
        ...pairs('fears', a, r),
        ...pairs('reduces', p, r),
        ...pairs('burdens', f, a),
        ...pairs('influences', a, a),
      ]
        .filter((e) => !existing.has(`${e.kind}|${e.source}|${e.target}`))
        .map((e) => ({ ...e, id: `new-${e.id}` }));
      const nodeIds = nodes.map((n) => n.id);
      return fc
        .record({
          newEdges: fc.subarray(candidates, { maxLength: Math.min(candidates.length, 6) }),
          retarget: fc.array(
            nodeIds.length > 0
              ? fc.subarray(nodeIds, { maxLength: Math.min(nodeIds.length, 3) })
              : fc.constant<string[]>([]),
            {
              minLength: map.plan.length,
              maxLength: map.plan.length,
            },
          ),
          retargetWhich: fc.array(fc.boolean(), { minLength: map.plan.length, maxLength: map.plan.length }),
        })
        .map(({ newEdges, retarget, retargetWhich }): DecisionMap => ({
          ...map,
          id: `${map.id}-next`,
          basedOn: map.id,
          period,
          nodes,
          edges: [...keptEdges, ...newEdges],
          plan: map.plan.map((item, i) => ({
            ...item,
            addresses: retargetWhich[i]
              ? retarget[i]!
              : item.addresses.filter((id) => present.has(id) && kindOf.get(id) === nodeById(map, id).kind),
          })),
        }));
    });
}

/** A map and next quarter's version of it. */
export const arbitraryMapPair = (options?: ArbitraryMapOptions): fc.Arbitrary<[DecisionMap, DecisionMap]> =>
  arbitraryMap(options).chain((map) =>
    arbitraryNextQuarter(map).map((next): [DecisionMap, DecisionMap] => [map, next]),
  );

/** A deal record for a map: lost unless told, stalled nowhere unless told. */
export function makeDeal(overrides: Partial<Deal> = {}): Deal {
  const id = overrides.id ?? nextId('deal');
  return { id, name: `Deal ${id}`, outcome: 'lost', stalledAt: [], ...overrides };
}

/** Up to `max` deals stalled at nodes of `map`, every outcome, with and without close dates. */
export function arbitraryDeals(map: DecisionMap, max = 12): fc.Arbitrary<Deal[]> {
  const ids = map.nodes.map((n) => n.id);
  return fc
    .array(
      fc.record({
        outcome: fc.constantFrom(...DEAL_OUTCOMES),
        closedOn: fc.option(fc.constantFrom('2025-06-30', '2026-01-15', '2026-05-02', '2026-08-20'), {
          nil: undefined,
        }),
        stalledAt:
          ids.length > 0
            ? fc.subarray(ids, { maxLength: Math.min(3, ids.length) })
            : fc.constant<string[]>([]),
      }),
      { maxLength: max },
    )
    .map((deals) =>
      deals.map(({ outcome, closedOn, stalledAt }, i) => ({
        id: `d${i + 1}`,
        name: `Deal ${i + 1}`,
        outcome,
        ...(closedOn !== undefined ? { closedOn } : {}),
        stalledAt,
      })),
    );
}

/** A valid map (as `arbitraryMap`) that also carries a deal record and evidence of every source. */
export function arbitraryMapWithDeals(options: ArbitraryMapOptions = {}): fc.Arbitrary<DecisionMap> {
  return arbitraryMap(options).chain((map) => arbitraryDeals(map).map((deals) => ({ ...map, deals })));
}
