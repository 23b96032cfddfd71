import type { Approver } from '../records/approver';
import type { Edge } from '../records/edge';
import type { DecisionMap } from '../records/map';
import type { DecisionNode } from '../records/node';
import type { ApproverRole, EdgeKind } from '../records/states';
import { columnPosition } from '../layout/columns';

/** A template approver; `key` becomes the node id. */
export interface TemplateApprover {
  key: string;
  label: string;
  role: ApproverRole;
  veto: boolean;
  influence: number;
}

/** A proof and the approvers who require it (and the risks it reduces, if any). */
export interface TemplateProof {
  key: string;
  label: string;
  requiredBy: readonly string[];
  reduces?: readonly string[];
}

/** A risk and the approvers who fear it. */
export interface TemplateRisk {
  key: string;
  label: string;
  severity: number;
  fearedBy: readonly string[];
}

/** A friction and the approvers it stands in the way of. */
export interface TemplateFriction {
  key: string;
  label: string;
  severity: number;
  burdens: readonly string[];
}

/**
 * A common buying decision as a starting point: who typically approves, what they typically need.
 * Every state starts `unknown`: a template asks the room's questions, it does not answer them.
 */
export interface TemplateSpec {
  id: string;
  /** What the picker shows: "Enterprise software with a security review". */
  name: string;
  /** One line on who buys this way. */
  summary: string;
  title: string;
  decision: string;
  market: string;
  approvers: readonly TemplateApprover[];
  proofs: readonly TemplateProof[];
  risks: readonly TemplateRisk[];
  frictions: readonly TemplateFriction[];
  /** Approver → approver: who sways whom. */
  influences?: readonly (readonly [string, string])[];
}

const edge = (kind: EdgeKind, source: string, target: string): Edge => ({
  id: `${kind}-${source}-${target}`,
  kind,
  source,
  target,
});

/**
 * The decision map of a template: nodes laid out in columns (frictions, approvers, proofs, risks),
 * the edges the spec names, no plan yet. `mapId` makes every map made from a template its own.
 */
export function buildTemplateMap(spec: TemplateSpec, mapId: string, period = ''): DecisionMap {
  const approvers = spec.approvers.map((a, row): Approver => ({
    id: a.key,
    kind: 'approver',
    label: a.label,
    position: columnPosition('approver', row),
    role: a.role,
    veto: a.veto,
    influence: a.influence,
    stance: 'unknown',
  }));
  const nodes: DecisionNode[] = [
    ...spec.frictions.map((f, row): DecisionNode => ({
      id: f.key,
      kind: 'friction',
      label: f.label,
      position: columnPosition('friction', row),
      severity: f.severity,
      status: 'unknown',
    })),
    ...approvers,
    ...spec.proofs.map((p, row): DecisionNode => ({
      id: p.key,
      kind: 'proof',
      label: p.label,
      position: columnPosition('proof', row),
      status: 'unknown',
    })),
    ...spec.risks.map((r, row): DecisionNode => ({
      id: r.key,
      kind: 'risk',
      label: r.label,
      position: columnPosition('risk', row),
      severity: r.severity,
      reduction: 'unknown',
    })),
  ];
  const edges: Edge[] = [
    ...spec.proofs.flatMap((p) => p.requiredBy.map((a) => edge('requires', a, p.key))),
    ...spec.risks.flatMap((r) => r.fearedBy.map((a) => edge('fears', a, r.key))),
    ...spec.proofs.flatMap((p) => (p.reduces ?? []).map((r) => edge('reduces', p.key, r))),
    ...spec.frictions.flatMap((f) => f.burdens.map((a) => edge('burdens', f.key, a))),
    ...(spec.influences ?? []).map(([from, to]) => edge('influences', from, to)),
  ];
  return {
    id: mapId,
    title: spec.title,
    decision: spec.decision,
    market: spec.market,
    period,
    nodes,
    edges,
    plan: [],
  };
}
