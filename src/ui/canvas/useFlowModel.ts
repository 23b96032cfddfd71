import { useCallback, useMemo, useState } from 'react';
import type { Position } from '../../domain/records/common';
import type { DecisionMap } from '../../domain/records/map';
import { selectAnalysis } from '../../state/selectors';
import { workbenchStore } from '../../state/store';
import { useWorkbench } from '../../state/useWorkbench';
import { createFlowEdgeBuilder } from './buildFlowEdges';
import { createFlowNodeBuilder, type Measured } from './buildFlowNodes';
import { planLanePositions } from './planLane';

/**
 * The canvas's view of the store: React Flow nodes and edges derived from the map, the analysis and
 * the selection, with measured card sizes kept here (the canvas's own business, never saved).
 */
export function useFlowModel(dragging: boolean) {
  const map = useWorkbench((s) => s.map);
  const selection = useWorkbench((s) => s.selection);
  const pickingFor = useWorkbench((s) => s.pickingFor);
  const analysis = useWorkbench(selectAnalysis);
  const [measured, setMeasured] = useState<ReadonlyMap<string, Measured>>(() => new Map());
  const [buildNodes] = useState(createFlowNodeBuilder);
  const [buildEdges] = useState(createFlowEdgeBuilder);

  const lane = useStableLane(map, dragging);
  const selectedNodes = useMemo(() => new Set(selection.nodes), [selection.nodes]);
  const selectedPlanItems = useMemo(() => new Set(selection.planItems), [selection.planItems]);
  const selectedEdges = useMemo(() => new Set(selection.edges), [selection.edges]);

  const nodes = useMemo(
    () => buildNodes({ map, analysis, selectedNodes, selectedPlanItems, pickingFor, measured, lane }),
    [buildNodes, map, analysis, selectedNodes, selectedPlanItems, pickingFor, measured, lane],
  );
  const edges = useMemo(() => buildEdges({ map, selectedEdges }), [buildEdges, map, selectedEdges]);

  /** Keeps new card sizes, and only those of records still in the map (no sizes of maps closed long ago). */
  const addMeasured = useCallback((sizes: ReadonlyMap<string, Measured>) => {
    const current = workbenchStore.getState().map;
    const ids = new Set<string>([...current.nodes.map((n) => n.id), ...current.plan.map((p) => p.id)]);
    setMeasured((previous) => {
      const next = new Map<string, Measured>();
      for (const [id, size] of previous) if (ids.has(id)) next.set(id, size);
      for (const [id, size] of sizes) next.set(id, size);
      return next;
    });
  }, []);
  return { map, nodes, edges, measured, setMeasured, addMeasured, pickingFor, selection };
}

/**
 * The plan lane sits below the decision nodes. While a node is being dragged the lane stays where it
 * was, so dragging one node re-renders only that node; it settles when the drag ends.
 */
function useStableLane(map: DecisionMap, dragging: boolean): ReadonlyMap<string, Position> {
  const [state, setState] = useState(() => laneFor(map));
  const stale = state.nodes !== map.nodes || state.plan !== map.plan;
  if (stale && (!dragging || state.plan !== map.plan)) {
    const next = laneFor(map);
    setState(next);
    return next.lane;
  }
  return state.lane;
}

function laneFor(map: DecisionMap) {
  const lane = planLanePositions(
    map.nodes,
    map.plan.map((p) => p.id),
  );
  return { nodes: map.nodes, plan: map.plan, lane };
}
