import type { Position } from '../records/common';
import type { DecisionNode } from '../records/node';
import type { NodeKind } from '../records/states';

/**
 * One column per node kind, in the order a decision reads left to right: frictions stand in
 * approvers' way; approvers require proofs; proofs reduce risks. Templates, new nodes and the
 * auto-layout all place nodes by this one definition.
 */
export const KIND_COLUMN: Record<NodeKind, number> = { friction: 0, approver: 1, proof: 2, risk: 3 };

/** Horizontal distance between two columns (a card is about 280 px wide). */
export const COLUMN_WIDTH = 420;

/** Where each kind's column starts. */
export const COLUMN_X: Record<NodeKind, number> = {
  friction: KIND_COLUMN.friction * COLUMN_WIDTH,
  approver: KIND_COLUMN.approver * COLUMN_WIDTH,
  proof: KIND_COLUMN.proof * COLUMN_WIDTH,
  risk: KIND_COLUMN.risk * COLUMN_WIDTH,
};

/** Vertical distance between two cards in a column (a card is about 140 px tall). */
export const ROW_HEIGHT = 190;

/** The position of the `row`-th card (from 0) of a kind's column. */
export const columnPosition = (kind: NodeKind, row: number): Position => ({
  x: COLUMN_X[kind],
  y: row * ROW_HEIGHT,
});

/**
 * A free place for one more node of this kind: at the bottom of its column, below every node that
 * overlaps the column, so a room adding nodes one by one never stacks them on top of each other.
 */
export function nextFreePosition(nodes: readonly DecisionNode[], kind: NodeKind): Position {
  const x = COLUMN_X[kind];
  let lowest: number | null = null;
  for (const node of nodes) {
    if (Math.abs(node.position.x - x) >= 300) continue;
    if (lowest === null || node.position.y > lowest) lowest = node.position.y;
  }
  return { x, y: lowest === null ? 0 : lowest + ROW_HEIGHT };
}
