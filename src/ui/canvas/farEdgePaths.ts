import { getBezierPath, Position } from '@xyflow/react';
import type { WorkbenchFlowEdge, WorkbenchFlowNode } from '../flow/flowTypes';
import { EDGE_COLOR, PLAN_LINK_COLOR, SELECTED_EDGE_COLOR } from '../shared/kindColors';
import { UNMEASURED_CARD } from './overview';

interface Anchors {
  /** Where edges leave a card (the middle of its right side) and arrive (the middle of its left side). */
  out: { x: number; y: number };
  in: { x: number; y: number };
}

function anchorsOf(node: WorkbenchFlowNode): Anchors {
  const width = node.measured?.width ?? UNMEASURED_CARD.width;
  const height = node.measured?.height ?? UNMEASURED_CARD.height;
  const middle = node.position.y + height / 2;
  return { out: { x: node.position.x + width, y: middle }, in: { x: node.position.x, y: middle } };
}

/** What colours an edge from far out: its kind, a plan link, or being selected. */
function strokeOf(edge: WorkbenchFlowEdge): string {
  if (edge.selected) return SELECTED_EDGE_COLOR;
  if (edge.type === 'planLink') return PLAN_LINK_COLOR;
  const kind = edge.data && 'record' in edge.data ? edge.data.record.kind : 'influences';
  return EDGE_COLOR[kind];
}

/** The edges as one SVG path per colour: the same curves React Flow draws, ends at the cards' handles. */
export function farEdgePaths(
  edges: readonly WorkbenchFlowEdge[],
  nodeOf: (id: string) => WorkbenchFlowNode | undefined,
): { stroke: string; d: string }[] {
  const byStroke = new Map<string, string[]>();
  for (const edge of edges) {
    const source = nodeOf(edge.source);
    const target = nodeOf(edge.target);
    if (!source || !target) continue;
    const from = anchorsOf(source).out;
    const to = anchorsOf(target).in;
    const [d] = getBezierPath({
      sourceX: from.x,
      sourceY: from.y,
      sourcePosition: Position.Right,
      targetX: to.x,
      targetY: to.y,
      targetPosition: Position.Left,
    });
    const stroke = strokeOf(edge);
    const parts = byStroke.get(stroke) ?? [];
    parts.push(d);
    byStroke.set(stroke, parts);
  }
  return [...byStroke].map(([stroke, parts]) => ({ stroke, d: parts.join('') }));
}
