import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import type { Position } from '../../domain/records/common';
import type { DecisionMap } from '../../domain/records/map';
import { selectAnalysis } from '../../state/store/selectors';
import { afterPaint } from '../shared/afterPaint';
import { workbenchStore } from '../shared/appStore';
import { useWorkbench } from '../shared/appStore';
import { createFlowEdgeBuilder } from './buildFlowEdges';
import { createFlowNodeBuilder, type Measured } from './buildFlowNodes';
import { planLanePositions } from './planLane';

/**
 * The canvas's view of the store: React Flow nodes and edges derived from the map, the analysis and
 * the selection, with measured card sizes kept here (the canvas's own business, never saved).
 *
 * The canvas takes a changed map once the frame after the change has been painted: after an edit, the
 * score, the top bar and the inspector are painted first, and the canvas (React Flow taking in the
 * changed cards, which costs a frame or two on a map of a thousand nodes) follows in the next frames.
 * Selection stays immediate.
 */
export function useFlowModel(dragging: boolean) {
  const map = useMapAfterPaint();
  const [dragPositions, setDragPositions] = useState<ReadonlyMap<string, Position>>(NO_DRAG);
  // After the drop, the dragged cards stay where they were drawn until the canvas has the map with the
  // drop in it; from then on the map's positions are theirs.
  if (!dragging && dragPositions.size > 0 && map === workbenchStore.getState().map) setDragPositions(NO_DRAG);
  const selection = useWorkbench((s) => s.selection);
  const pickingFor = useWorkbench((s) => s.pickingFor);
  const assumptionsLens = useWorkbench((s) => s.assumptionsLens);
  const analysis = selectAnalysis({ map });
  const [measured, setMeasured] = useState<ReadonlyMap<string, Measured>>(() => new Map());
  const [buildNodes] = useState(createFlowNodeBuilder);
  const [buildEdges] = useState(createFlowEdgeBuilder);

  const lane = useStableLane(map, dragging);
  const selectedNodes = useMemo(() => new Set(selection.nodes), [selection.nodes]);
  const selectedPlanItems = useMemo(() => new Set(selection.planItems), [selection.planItems]);
  const selectedEdges = useMemo(() => new Set(selection.edges), [selection.edges]);

  const mapNodes = useMemo(
    () =>
      buildNodes({
        map,
        analysis,
        selectedNodes,
        selectedPlanItems,
        pickingFor,
        measured,
        lane,
        assumptionsLens,
      }),
    [
      buildNodes,
      map,
      analysis,
      selectedNodes,
      selectedPlanItems,
      pickingFor,
      measured,
      lane,
      assumptionsLens,
    ],
  );
  const nodes = useMemo(() => withDragPositions(mapNodes, dragPositions), [mapNodes, dragPositions]);
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
  /** Where the pointer has taken the nodes being dragged (the map takes them at the drop). */
  const dragTo = useCallback((moves: readonly { id: string; position: Position }[]) => {
    setDragPositions((previous) => {
      const next = new Map(previous);
      for (const move of moves) next.set(move.id, move.position);
      return next;
    });
  }, []);
  return { map, nodes, mapNodes, edges, measured, setMeasured, addMeasured, dragTo, pickingFor, selection };
}

/**
 * The store's map, once a frame has been painted since it changed. The canvas does not render in the
 * edit's own task at all (it follows the store here, not through a hook that renders on every change),
 * and its render is a transition, so input that comes meanwhile goes first.
 */
function useMapAfterPaint(): DecisionMap {
  const [shown, setShown] = useState(() => workbenchStore.getState().map);
  useEffect(() => {
    let cancel = () => {};
    const follow = () => {
      cancel();
      cancel = afterPaint(() => startTransition(() => setShown(workbenchStore.getState().map)));
    };
    // The map may have changed between this component's render and this effect.
    follow();
    const unsubscribe = workbenchStore.subscribe((state, previous) => {
      if (state.map !== previous.map) follow();
    });
    return () => {
      unsubscribe();
      cancel();
    };
  }, []);
  return shown;
}

const NO_DRAG: ReadonlyMap<string, Position> = new Map();

/**
 * The nodes being dragged at the positions the pointer has taken them to. A drag in progress is the
 * canvas's own business, like bare React Flow's: the map in the store changes once, when the drag ends
 * (docs/performance.md, "Canvas"). Every other node keeps its object, so only the dragged cards re-render.
 */
export function withDragPositions<T extends { id: string; position: Position }>(
  nodes: T[],
  dragPositions: ReadonlyMap<string, Position>,
): T[] {
  if (dragPositions.size === 0) return nodes;
  return nodes.map((node) => {
    const position = dragPositions.get(node.id);
    return position && (position.x !== node.position.x || position.y !== node.position.y)
      ? { ...node, position }
      : node;
  });
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
