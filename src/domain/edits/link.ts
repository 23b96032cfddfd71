import type { DecisionMap } from '../records/map';
import { connectNodes } from './connect';
import { refuse, type EditOutcome } from './editChecks';
import { toggleAddress } from './planEdits';

/** Said when someone draws a line between two plan items. */
export const TWO_PLAN_ITEMS_TEXT = 'Two plan items cannot be linked: link a plan item to the nodes it addresses.';

/**
 * What drawing a line between two cards means. Two nodes: the edge their kinds call for (connect.ts,
 * with `edgeId`). A plan item and a node, either way round: the plan item addresses the node (already
 * addressed: nothing changes). Two plan items: refused.
 */
export function linkCards(map: DecisionMap, sourceId: string, targetId: string, edgeId: string): EditOutcome {
  const isPlanItem = (id: string) => map.plan.some((p) => p.id === id);
  const sourceIsPlan = isPlanItem(sourceId);
  const targetIsPlan = isPlanItem(targetId);
  if (sourceIsPlan && targetIsPlan) return refuse(TWO_PLAN_ITEMS_TEXT);
  if (sourceIsPlan || targetIsPlan) {
    const planItemId = sourceIsPlan ? sourceId : targetId;
    const nodeId = sourceIsPlan ? targetId : sourceId;
    if (map.plan.find((p) => p.id === planItemId)?.addresses.includes(nodeId)) return { ok: true, map };
    return toggleAddress(map, planItemId, nodeId);
  }
  return connectNodes(map, sourceId, targetId, edgeId);
}
