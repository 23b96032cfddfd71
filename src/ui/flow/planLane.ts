import type { DecisionNode } from '../../domain/records/node';
import type { Position } from '../../domain/records/common';

/** Sizes used to place the plan lane: columns of plan item cards to the left of the decision nodes. */
export const PLAN_LANE = {
  cardWidth: 300,
  rowHeight: 140,
  /** Space between a lane column and the next one to its right. */
  gapX: 60,
  /** Space between the lane and the leftmost decision node (room for the dashed links). */
  gapToMap: 140,
  minRows: 4,
} as const;

/** Width a decision card takes on the canvas when it has not been measured yet. */
export const CARD_WIDTH = 280;

/**
 * Where each plan item sits. Plan items have no position in the file, so the lane is derived from
 * the decision nodes' extent: columns on the far left, as tall as the map, filled top to bottom.
 * Pure and deterministic: same nodes and plan order, same lane.
 */
export function planLanePositions(
  nodes: readonly DecisionNode[],
  planIds: readonly string[],
): Map<string, Position> {
  let minX = 0;
  let minY = 0;
  let maxY = 0;
  if (nodes.length > 0) {
    minX = Infinity;
    minY = Infinity;
    maxY = -Infinity;
    for (const node of nodes) {
      minX = Math.min(minX, node.position.x);
      minY = Math.min(minY, node.position.y);
      maxY = Math.max(maxY, node.position.y);
    }
  }
  const rows = Math.max(PLAN_LANE.minRows, Math.floor((maxY - minY) / PLAN_LANE.rowHeight) + 1);
  const columns = Math.max(1, Math.ceil(planIds.length / rows));
  const step = PLAN_LANE.cardWidth + PLAN_LANE.gapX;
  const left = minX - PLAN_LANE.gapToMap - PLAN_LANE.cardWidth - (columns - 1) * step;
  const positions = new Map<string, Position>();
  planIds.forEach((id, index) => {
    const column = Math.floor(index / rows);
    const row = index % rows;
    positions.set(id, { x: left + column * step, y: minY + row * PLAN_LANE.rowHeight });
  });
  return positions;
}
