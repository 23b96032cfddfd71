import type { DecisionMap } from '../src/domain/records/map';
import { withState, type NodeState } from '../src/domain/records/nodeState';
import type { DecisionNode } from '../src/domain/records/node';
import type { Edge } from '../src/domain/records/edge';
import type { PlanItem } from '../src/domain/records/planItem';
import {
  APPROVER_ROLES,
  FRICTION_STATUSES,
  PLAN_CATEGORIES,
  PROOF_STATUSES,
  RISK_REDUCTIONS,
  STANCES,
  type EdgeKind,
  type NodeKind,
} from '../src/domain/records/states';
import { edgeKey } from '../src/domain/records/edge';

/** A small seeded generator (mulberry32): the same seed gives the same maps on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const between = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));

/** A portfolio map is several segments; most links stay inside a segment of about this many nodes. */
const SEGMENT_SIZE = 100;
/** Share of each kind among nodes, and edges per node, as the brief's "realistic proportions". */
const SHARE: Record<NodeKind, number> = { approver: 0.1, proof: 0.4, risk: 0.3, friction: 0.2 };
/** Edges of each kind per node (together 2.5): proofs required by ~2 approvers, risks feared and reduced, … */
const EDGES_PER_NODE: Record<EdgeKind, number> = {
  requires: 0.8,
  fears: 0.45,
  reduces: 0.6,
  burdens: 0.4,
  influences: 0.25,
};
const ENDS: Record<EdgeKind, [NodeKind, NodeKind]> = {
  requires: ['approver', 'proof'],
  fears: ['approver', 'risk'],
  reduces: ['proof', 'risk'],
  burdens: ['friction', 'approver'],
  influences: ['approver', 'approver'],
};

const WORDS = [
  'security',
  'review',
  'pilot',
  'reference',
  'customer',
  'integration',
  'finance',
  'audit',
  'migration',
  'budget',
  'renewal',
  'contract',
  'data',
  'training',
  'rollout',
  'support',
  'pricing',
  'compliance',
];
const label = (random: Random, kind: string, n: number): string =>
  `${kind[0]?.toUpperCase()}${kind.slice(1)} ${n}: ${pick(random, WORDS)} ${pick(random, WORDS)} ${pick(random, WORDS)}`;

/** States weighted as a real map looks mid-quarter: some unknown, most in between, some resolved. */
const state = <T>(random: Random, states: readonly T[]): T =>
  random() < 0.1 ? (states[0] as T) : pick(random, states.slice(1));

function makeNode(random: Random, kind: NodeKind, id: string, n: number): DecisionNode {
  const base = {
    id,
    label: label(random, kind, n),
    position: { x: between(random, -5000, 5000), y: between(random, -5000, 5000) },
  };
  switch (kind) {
    case 'approver':
      return {
        ...base,
        kind,
        role: pick(random, APPROVER_ROLES),
        veto: random() < 0.3,
        influence: between(random, 1, 5),
        stance: state(random, STANCES),
      };
    case 'proof':
      return {
        ...base,
        kind,
        status: state(random, PROOF_STATUSES),
        ...(random() < 0.3
          ? {
              evidence: [
                {
                  text: `Case study ${n}`,
                  url: `https://example.com/evidence/${n}`,
                  date: '2026-05-14',
                  source: 'research',
                },
              ],
            }
          : {}),
      };
    case 'risk':
      return { ...base, kind, severity: between(random, 1, 5), reduction: state(random, RISK_REDUCTIONS) };
    case 'friction':
      return { ...base, kind, severity: between(random, 1, 5), status: state(random, FRICTION_STATUSES) };
  }
}

function makeNodes(random: Random, count: number, idPrefix: string, firstNumber: number): DecisionNode[] {
  const nodes: DecisionNode[] = [];
  for (let i = 0; i < count; i++) {
    // Kinds interleave so every segment of SEGMENT_SIZE nodes has the same mix.
    const r = (i % 10) / 10;
    const kind: NodeKind =
      r < SHARE.approver
        ? 'approver'
        : r < SHARE.approver + SHARE.proof
          ? 'proof'
          : r < 0.8
            ? 'risk'
            : 'friction';
    nodes.push(makeNode(random, kind, `${idPrefix}${firstNumber + i}`, firstNumber + i));
  }
  return nodes;
}

/** Edges for `nodes`, ~2.5 per node, 90% within a segment; never a duplicate or self-influence. */
function makeEdges(
  random: Random,
  nodes: readonly DecisionNode[],
  idPrefix: string,
  keys: Set<string>,
): Edge[] {
  const segments = Math.max(1, Math.ceil(nodes.length / SEGMENT_SIZE));
  const byKind = new Map<string, DecisionNode[]>();
  nodes.forEach((node, i) => {
    const segment = Math.floor(i / SEGMENT_SIZE);
    for (const key of [`${node.kind}:${segment}`, `${node.kind}:all`]) {
      const list = byKind.get(key) ?? [];
      list.push(node);
      byKind.set(key, list);
    }
  });
  const edges: Edge[] = [];
  for (const [kind, perNode] of Object.entries(EDGES_PER_NODE) as [EdgeKind, number][]) {
    const [sourceKind, targetKind] = ENDS[kind];
    const wanted = Math.round(nodes.length * perNode);
    for (let made = 0, tries = 0; made < wanted && tries < wanted * 20; tries++) {
      const segment = between(random, 0, segments - 1);
      const sources = byKind.get(`${sourceKind}:${segment}`) ?? [];
      const targets = byKind.get(random() < 0.9 ? `${targetKind}:${segment}` : `${targetKind}:all`) ?? [];
      if (sources.length === 0 || targets.length === 0) continue;
      const source = pick(random, sources).id;
      const target = pick(random, targets).id;
      const key = edgeKey({ kind, source, target });
      if (source === target || keys.has(key)) continue;
      keys.add(key);
      edges.push({ id: `${idPrefix}${edges.length}`, kind, source, target });
      made++;
    }
  }
  return edges;
}

function makePlan(random: Random, nodes: readonly DecisionNode[], count: number): PlanItem[] {
  const plan: PlanItem[] = [];
  for (let i = 0; i < count; i++) {
    const addresses = new Set<string>();
    if (random() >= 0.1)
      for (let j = between(random, 1, 4); j > 0; j--) addresses.add(pick(random, nodes).id);
    plan.push({
      id: `p${i}`,
      title: `Plan ${i}: ${pick(random, WORDS)} ${pick(random, WORDS)}`,
      category: pick(random, PLAN_CATEGORIES),
      addresses: [...addresses],
    });
  }
  return plan;
}

/** A valid map of `nodeCount` nodes: 10% approvers, 40% proofs, 30% risks, 20% frictions, ~2.5 edges and 0.05 plan items per node. */
export function generateMap(nodeCount: number, seed: number): DecisionMap {
  const random = seededRandom(seed);
  const nodes = makeNodes(random, nodeCount, 'n', 0);
  const edges = makeEdges(random, nodes, 'e', new Set());
  return {
    id: `bench-${nodeCount}`,
    title: `Portfolio of ${nodeCount} nodes`,
    decision: 'Each segment signs a two-year contract',
    market: 'Benchmark portfolio',
    period: '2026-Q3',
    nodes,
    edges,
    plan: makePlan(random, nodes, Math.round(nodeCount * 0.05)),
  };
}

const BETTER: Record<NodeKind, readonly string[]> = {
  approver: STANCES,
  proof: PROOF_STATUSES,
  risk: RISK_REDUCTIONS,
  friction: FRICTION_STATUSES,
};

/**
 * Next quarter's version of `map`: ~5% of nodes in another state, a few nodes removed (with their
 * edges and plan references) and a few added with edges of their own.
 */
export function evolveMap(map: DecisionMap, seed: number): DecisionMap {
  const random = seededRandom(seed);
  const changes = Math.max(1, Math.round(map.nodes.length * 0.05));
  const churn = Math.max(2, Math.round(map.nodes.length * 0.002));
  const removed = new Set<string>();
  while (removed.size < churn) removed.add(pick(random, map.nodes).id);
  const changedIds = new Set<string>();
  while (changedIds.size < changes) changedIds.add(pick(random, map.nodes).id);

  const nodes = map.nodes
    .filter((node) => !removed.has(node.id))
    .map((node): DecisionNode => {
      if (!changedIds.has(node.id)) return node;
      const next = pick(random, BETTER[node.kind]) as NodeState;
      return withState(node, next) ?? node;
    });
  const added = makeNodes(random, churn * 10, 'new', 0);
  const edges = map.edges.filter((edge) => !removed.has(edge.source) && !removed.has(edge.target));
  const keys = new Set(edges.map(edgeKey));
  const newEdges = makeEdges(random, [...added, ...nodes.slice(0, SEGMENT_SIZE)], 'new-e', keys);
  const plan = map.plan.map((item) => ({
    ...item,
    addresses: item.addresses.filter((id) => !removed.has(id)),
  }));
  return {
    ...map,
    id: `${map.id}-next`,
    basedOn: map.id,
    period: '2026-Q4',
    nodes: [...nodes, ...added],
    edges: [...edges, ...newEdges],
    plan,
  };
}

const OUTCOMES = ['won', 'lost', 'no-decision', 'open'] as const;
const EVIDENCE_SOURCES_USED = ['buyer', 'deal', 'win-loss', 'research', 'team'] as const;
const EVIDENCE_DATES = ['2025-11-02', '2026-03-15', '2026-06-01', '2026-08-20'] as const;

/**
 * `map` with evidence on every other node (each source, some of it stale) and `dealCount` deals,
 * each stalled at up to three nodes (issue 15's benchmark: 10,000 nodes, 10,000 deals).
 */
export function withEvidenceAndDeals(map: DecisionMap, dealCount: number, seed: number): DecisionMap {
  const random = seededRandom(seed);
  const nodes = map.nodes.map((node, i) =>
    i % 2 === 1
      ? node
      : {
          ...node,
          evidence: [
            {
              text: `What the market said about ${node.id}`,
              date: EVIDENCE_DATES[Math.floor(random() * EVIDENCE_DATES.length)]!,
              source: EVIDENCE_SOURCES_USED[Math.floor(random() * EVIDENCE_SOURCES_USED.length)]!,
              by: 'Benchmark',
            },
          ],
        },
  );
  const deals = Array.from({ length: dealCount }, (_, d) => {
    const stalledAt = new Set<string>();
    const stalls = Math.floor(random() * 4);
    for (let s = 0; s < stalls; s++) stalledAt.add(nodes[Math.floor(random() * nodes.length)]!.id);
    return {
      id: `deal-${d}`,
      name: `Account ${d}`,
      outcome: OUTCOMES[Math.floor(random() * OUTCOMES.length)]!,
      closedOn: EVIDENCE_DATES[Math.floor(random() * EVIDENCE_DATES.length)]!,
      stalledAt: [...stalledAt],
    };
  });
  return { ...map, nodes, deals };
}
