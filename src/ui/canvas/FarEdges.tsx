import { memo, useMemo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { farEdgePaths } from './farEdgePaths';
import type { WorkbenchFlowEdge, WorkbenchFlowNode } from '../flow/flowTypes';

/**
 * Far out, every edge of the map drawn in one SVG under the cards: a path per colour instead of an
 * SVG element (and a React component subscribed to React Flow's store) per edge. Edges then cost the
 * canvas a handful of elements on each frame of a pan, drag or edit. `settled` are the nodes as the
 * map has them; `nodes` may have some being dragged, and only their edges are drawn again per step.
 */
export const FarEdges = memo(function FarEdges({
  edges,
  settled,
  nodes,
}: {
  edges: readonly WorkbenchFlowEdge[];
  settled: readonly WorkbenchFlowNode[];
  nodes: readonly WorkbenchFlowNode[];
}) {
  // Nodes the pointer is moving: the only objects that differ between the two lists.
  const moving = useMemo(() => {
    const ids = new Set<string>();
    if (nodes !== settled) nodes.forEach((node, i) => node !== settled[i] && ids.add(node.id));
    return ids;
  }, [nodes, settled]);
  const movingKey = [...moving].sort().join('\u0000');
  // The same set for as long as the same nodes are being moved (a whole drag).
  const movingIds = useMemo(() => new Set(movingKey === '' ? [] : movingKey.split('\u0000')), [movingKey]);
  const settledById = useMemo(() => new Map(settled.map((node) => [node.id, node])), [settled]);
  const still = useMemo(
    () =>
      farEdgePaths(
        movingIds.size === 0
          ? edges
          : edges.filter((e) => !movingIds.has(e.source) && !movingIds.has(e.target)),
        (id) => settledById.get(id),
      ),
    [edges, settledById, movingIds],
  );
  const movingById = new Map(nodes.filter((node) => moving.has(node.id)).map((node) => [node.id, node]));
  const following =
    moving.size === 0
      ? []
      : farEdgePaths(
          edges.filter((e) => moving.has(e.source) || moving.has(e.target)),
          (id) => movingById.get(id) ?? settledById.get(id),
        );
  return (
    <ViewportPortal>
      <svg className="far-edges" aria-hidden="true">
        {[...still, ...following].map((path, i) => (
          <path key={i} d={path.d} stroke={path.stroke} />
        ))}
      </svg>
    </ViewportPortal>
  );
});
