import type { Approver } from '../records/approver';
import type { Position } from '../records/common';
import type { Friction } from '../records/friction';
import type { DecisionMap } from '../records/map';
import type { PlanItem } from '../records/planItem';
import type { Proof } from '../records/proof';
import type { Risk } from '../records/risk';

/** Some of a map's records, by id: what the canvas selects, and what delete and duplicate act on. */
export interface Selection {
  nodes: string[];
  edges: string[];
  planItems: string[];
}

/** The fields of a node that can be edited; which ones apply depends on the node's kind. */
export type NodePatch = Partial<
  Omit<Approver, 'id' | 'kind'> &
    Omit<Proof, 'id' | 'kind' | 'status'> &
    Omit<Risk, 'id' | 'kind'> &
    Omit<Friction, 'id' | 'kind' | 'status'> & { status: Proof['status'] | Friction['status'] }
>;

/** Optional starting values of a new node (everything else comes from the kind's defaults). */
export interface NewNode {
  label?: string;
  position?: Position;
}

export type PlanItemPatch = Partial<Omit<PlanItem, 'id'>>;

/** Optional starting values of a new plan item. */
export type NewPlanItem = PlanItemPatch;

/** The map-level fields the Map panel edits. */
export type MapFieldsPatch = Partial<Pick<DecisionMap, 'title' | 'decision' | 'market' | 'period' | 'notes'>>;

export interface NodeMove {
  id: string;
  position: Position;
}
