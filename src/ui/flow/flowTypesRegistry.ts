import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { DecisionEdge, PlanLinkEdge } from './edges';
import { ApproverNode, FrictionNode, ProofNode, RiskNode } from './nodes/decisionNodes';
import { PlanItemNode } from './nodes/PlanItemNode';

/** Module-scope registries: React Flow must see the same objects on every render. */
export const nodeTypes = {
  approver: ApproverNode,
  proof: ProofNode,
  risk: RiskNode,
  friction: FrictionNode,
  planItem: PlanItemNode,
} satisfies NodeTypes;

export const edgeTypes = {
  decision: DecisionEdge,
  planLink: PlanLinkEdge,
} satisfies EdgeTypes;
