/**
 * The states of each node kind, ordered worst → best as FORMAT.md lists them. `unknown` is an
 * unanswered question and always comes first: it scores no better than the worst explicit state.
 */
export const APPROVER_ROLES = [
  'economic',
  'technical',
  'user',
  'procurement',
  'legal',
  'executive',
  'champion',
  'other',
] as const;
export type ApproverRole = (typeof APPROVER_ROLES)[number];

export const STANCES = ['unknown', 'opposed', 'skeptical', 'neutral', 'supportive', 'champion'] as const;
export type Stance = (typeof STANCES)[number];

export const PROOF_STATUSES = ['unknown', 'missing', 'claimed', 'demonstrated', 'verified'] as const;
export type ProofStatus = (typeof PROOF_STATUSES)[number];

export const RISK_REDUCTIONS = ['unknown', 'none', 'partial', 'reduced'] as const;
export type RiskReduction = (typeof RISK_REDUCTIONS)[number];

export const FRICTION_STATUSES = ['unknown', 'present', 'reduced', 'removed'] as const;
export type FrictionStatus = (typeof FRICTION_STATUSES)[number];

export const NODE_KINDS = ['approver', 'proof', 'risk', 'friction'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const PLAN_CATEGORIES = [
  'hiring',
  'feature',
  'segment',
  'pipeline',
  'marketing',
  'partnership',
  'process',
  'other',
] as const;
export type PlanCategory = (typeof PLAN_CATEGORIES)[number];

export const EDGE_KINDS = ['requires', 'fears', 'reduces', 'burdens', 'influences'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** Which node kinds each edge kind joins (FORMAT.md). Any other pairing is invalid. */
export const EDGE_ENDS: Record<EdgeKind, { source: NodeKind; target: NodeKind; meaning: string }> = {
  requires: { source: 'approver', target: 'proof', meaning: 'this approver needs this proof before saying yes' },
  fears: { source: 'approver', target: 'risk', meaning: 'this risk stands between this approver and a yes' },
  reduces: { source: 'proof', target: 'risk', meaning: 'this proof, when it exists, reduces this risk' },
  burdens: { source: 'friction', target: 'approver', meaning: 'this friction stands in this approver’s way' },
  influences: { source: 'approver', target: 'approver', meaning: 'the first approver sways the second' },
};

/** The edge kind that joins a source of one kind to a target of another, if any. */
export function edgeKindFor(source: NodeKind, target: NodeKind): EdgeKind | null {
  for (const kind of EDGE_KINDS) {
    const ends = EDGE_ENDS[kind];
    if (ends.source === source && ends.target === target) return kind;
  }
  return null;
}

/** The best state of each kind: what "resolved" means. */
export const RESOLVED = {
  approver: 'champion',
  proof: 'verified',
  risk: 'reduced',
  friction: 'removed',
} as const;
