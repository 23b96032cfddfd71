import type { Edge as FlowEdge, Node as FlowNode } from '@xyflow/react';
import type { StallCounts } from '../../domain/analysis/dealRecord';
import type { EvidenceStatus, PlanVerdict } from '../../domain/analysis/types';
import type { Edge } from '../../domain/records/edge';
import type { DecisionNode } from '../../domain/records/node';
import type { PlanItem } from '../../domain/records/planItem';

/** What a decision node's card shows: the record plus what the analysis says about it. */
export type DecisionCardData = {
  record: DecisionNode;
  /** Approvers only: 0–100. */
  readiness: number | null;
  constraint: boolean;
  /** Whether it is the first find-out: the open question worth most to answer. */
  findOutFirst: boolean;
  /** The node's lift when it has one (unresolved nodes). */
  lift: number | null;
  /** While a plan item is being linked: whether this node is one it addresses; null otherwise. */
  picked: boolean | null;
  /** What the state rests on: evidenced, assumed, stale, or find-out (unknown). */
  evidence: EvidenceStatus | null;
  /** How many deals stalled here, by outcome; null when none did. */
  stalls: StallCounts | null;
  /** The assumptions lens is on and this card rests on the market's word: it steps back. */
  quiet: boolean;
};

export type PlanCardData = {
  record: PlanItem;
  lift: number | null;
  /** What the plan check says of it; null while the analysis has not seen it. */
  verdict: PlanVerdict | null;
  picking: boolean;
};

export type DecisionFlowNode<K extends DecisionNode['kind'] = DecisionNode['kind']> = FlowNode<
  DecisionCardData,
  K
>;
export type PlanFlowNode = FlowNode<PlanCardData, 'planItem'>;
export type WorkbenchFlowNode = DecisionFlowNode | PlanFlowNode;

export type DecisionEdgeData = { record: Edge };
export type PlanLinkData = { planItemId: string; nodeId: string };
export type DecisionFlowEdge = FlowEdge<DecisionEdgeData, 'decision'>;
export type PlanLinkFlowEdge = FlowEdge<PlanLinkData, 'planLink'>;
export type WorkbenchFlowEdge = DecisionFlowEdge | PlanLinkFlowEdge;

/** The React Flow type of plan item cards (the plan lane). */
export const PLAN_NODE_TYPE = 'planItem';
