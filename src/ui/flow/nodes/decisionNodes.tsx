import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { DecisionFlowNode } from '../flowTypes';
import { DecisionCard } from './DecisionCard';

/** One memoised component per kind, so React Flow re-renders a card only when its own data changes. */
export const ApproverNode = memo(function ApproverNode({
  data,
  selected,
}: NodeProps<DecisionFlowNode<'approver'>>) {
  return <DecisionCard data={data} selected={selected} />;
});

export const ProofNode = memo(function ProofNode({ data, selected }: NodeProps<DecisionFlowNode<'proof'>>) {
  return <DecisionCard data={data} selected={selected} />;
});

export const RiskNode = memo(function RiskNode({ data, selected }: NodeProps<DecisionFlowNode<'risk'>>) {
  return <DecisionCard data={data} selected={selected} />;
});

export const FrictionNode = memo(function FrictionNode({
  data,
  selected,
}: NodeProps<DecisionFlowNode<'friction'>>) {
  return <DecisionCard data={data} selected={selected} />;
});
