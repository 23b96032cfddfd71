import type { ElkNode } from 'elkjs/lib/elk-api';
import type { DecisionMap } from '../../domain/records/map';
import { KIND_COLUMN } from '../../domain/layout/columns';
import type { Measured } from '../flow/buildFlowNodes';
import { CARD_WIDTH } from '../flow/planLane';

const DEFAULT_HEIGHT = 150;

/**
 * The ELK graph for a map's decision nodes (plan items have their own lane). Partitions keep
 * each kind in its column (the kinds' column order) whatever the edges say.
 */
export function layoutGraph(map: DecisionMap, measured: ReadonlyMap<string, Measured>): ElkNode {
  return {
    id: 'decision-map',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.partitioning.activate': 'true',
      'elk.spacing.nodeNode': '28',
      'elk.layered.spacing.nodeNodeBetweenLayers': '110',
      // One graph, not packed components: an unlinked node still lands in its kind's column.
      'elk.separateConnectedComponents': 'false',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.crossingMinimization.semiInteractive': 'true',
    },
    children: [...map.nodes]
      .sort((a, b) => a.position.y - b.position.y || a.id.localeCompare(b.id))
      .map((node) => {
        const size = measured.get(node.id);
        return {
          id: node.id,
          width: size?.width ?? CARD_WIDTH,
          height: size?.height ?? DEFAULT_HEIGHT,
          layoutOptions: { 'elk.partitioning.partition': String(KIND_COLUMN[node.kind]) },
        };
      }),
    // Influence links join approvers to approvers: left out so every approver stays in one column.
    edges: map.edges
      .filter((edge) => edge.kind !== 'influences')
      .map((edge) => ({ id: edge.id, sources: [edge.source], targets: [edge.target] })),
  };
}

/** Runs ELK (loaded only when first needed) and returns the new position of every decision node. */
export async function layoutDecisionNodes(
  map: DecisionMap,
  measured: ReadonlyMap<string, Measured>,
): Promise<{ id: string; position: { x: number; y: number } }[]> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const laidOut = await elk.layout(layoutGraph(map, measured));
  return (laidOut.children ?? []).map((child) => ({
    id: child.id,
    position: { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) },
  }));
}
