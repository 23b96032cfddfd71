import type { DecisionNode } from '../records/node';
import {
  FRICTION_STATUSES,
  PROOF_STATUSES,
  RISK_REDUCTIONS,
  STANCES,
  type NodeKind,
} from '../records/states';
import {
  FRICTION_PENALTY_BY_SEVERITY,
  FRICTION_RESOLUTION,
  PROOF_PENALTY,
  PROOF_RESOLUTION,
  RISK_PENALTY_BY_SEVERITY,
  RISK_RESOLUTION,
  STANCE_VALUE,
} from './weights';

// Read once: these run for every node of every what-if model.
const STANCES_VALUE = STANCE_VALUE;
const PROOF_VALUE = PROOF_RESOLUTION;
const RISK_VALUE = RISK_RESOLUTION;
const FRICTION_VALUE = FRICTION_RESOLUTION;
const PROOF_C = PROOF_PENALTY;
const RISK_C = RISK_PENALTY_BY_SEVERITY;
const FRICTION_C = FRICTION_PENALTY_BY_SEVERITY;

/** σ of an approver's stance, or ρ (0–1) of a proof's, risk's or friction's state. */
export function stateValue(node: DecisionNode): number {
  switch (node.kind) {
    case 'approver':
      return STANCES_VALUE[node.stance];
    case 'proof':
      return PROOF_VALUE[node.status];
    case 'risk':
      return RISK_VALUE[node.reduction];
    case 'friction':
      return FRICTION_VALUE[node.status];
  }
}

/** c: the share of an approver's readiness an item takes away while wholly unresolved (0 for approvers). */
export function penaltyWeight(node: DecisionNode): number {
  switch (node.kind) {
    case 'approver':
      return 0;
    case 'proof':
      return PROOF_C;
    case 'risk':
      return RISK_C[node.severity] ?? 0;
    case 'friction':
      return FRICTION_C[node.severity] ?? 0;
  }
}

/** f = 1 − c × (1 − ρ): what a linked item leaves of its approver's readiness. Always > 0. */
export const itemFactor = (penalty: number, resolution: number): number => 1 - penalty * (1 - resolution);

/** σ or ρ of each kind's worst explicit state, the one after `unknown` (opposed, missing, none, present). */
export const WORST_STATE_VALUE: Readonly<Record<NodeKind, number>> = {
  approver: STANCE_VALUE[STANCES[1]],
  proof: PROOF_RESOLUTION[PROOF_STATUSES[1]],
  risk: RISK_RESOLUTION[RISK_REDUCTIONS[1]],
  friction: FRICTION_RESOLUTION[FRICTION_STATUSES[1]],
};
