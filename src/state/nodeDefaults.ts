import type { Position } from '../domain/records/common';
import type { DecisionMap } from '../domain/records/map';
import type { DecisionNode, NodeOf } from '../domain/records/node';
import type { PlanItem } from '../domain/records/planItem';
import type { NodeKind } from '../domain/records/states';

/** The label a new node gets when none is typed. */
export const DEFAULT_LABELS: Record<NodeKind, string> = {
  approver: 'New approver',
  proof: 'New proof',
  risk: 'New risk',
  friction: 'New friction',
};

export const DEFAULT_PLAN_TITLE = 'New plan item';

/** A node of `kind` with every field at its default: unknown states, middle severity and influence. */
export function defaultNode(kind: NodeKind, id: string, label: string, position: Position): DecisionNode {
  const base = { id, label, position };
  switch (kind) {
    case 'approver':
      return {
        ...base,
        kind,
        role: 'other',
        veto: false,
        influence: 3,
        stance: 'unknown',
      } satisfies NodeOf<'approver'>;
    case 'proof':
      return { ...base, kind, status: 'unknown' } satisfies NodeOf<'proof'>;
    case 'risk':
      return { ...base, kind, severity: 3, reduction: 'unknown' } satisfies NodeOf<'risk'>;
    case 'friction':
      return { ...base, kind, severity: 3, status: 'unknown' } satisfies NodeOf<'friction'>;
  }
}

export function defaultPlanItem(id: string): PlanItem {
  return { id, title: DEFAULT_PLAN_TITLE, category: 'other', addresses: [] };
}

/** A map with nothing on it yet: what the workbench shows before anything is loaded. */
export function emptyMap(id: string): DecisionMap {
  return {
    id,
    title: 'Untitled decision map',
    decision: '',
    market: '',
    period: '',
    nodes: [],
    edges: [],
    plan: [],
  };
}
