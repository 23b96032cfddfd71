import { useCallback, useEffect, useMemo } from 'react';
import {
  BaseEdge,
  getBezierPath,
  ReactFlow,
  ReactFlowProvider,
  useNodesInitialized,
  useReactFlow,
  type Edge as FlowEdge,
  type EdgeProps,
  type NodeChange,
  type NodeMouseHandler,
} from '@xyflow/react';
import { findPlanItem } from '../../state/store/selectors';
import { workbenchStore } from '../shared/appStore';
import { useWorkbench } from '../shared/appStore';
import type { Measured } from '../flow/buildFlowNodes';
import type { WorkbenchFlowEdge, WorkbenchFlowNode } from '../flow/flowTypes';
import { edgeTypes, nodeTypes } from '../flow/flowTypesRegistry';
import { selectionAfterChanges } from '../flow/selectionChanges';
import { useFlowModel } from '../flow/useFlowModel';
import { spotlitIds } from '../../domain/records/needs';
import './presentCanvas.css';

/**
 * The smallest zoom the shared screen fits to: a card label (23 px) stays at least 16 px on screen.
 * A map too large for that is shown from its middle; the spotlight frames one approver at a time.
 */
export const READABLE_ZOOM = 0.7;
const FIT = { padding: 0.08, minZoom: READABLE_ZOOM, maxZoom: 1.6, duration: 350 } as const;

/** An edge outside the spotlight: a faint line, no label. */
function DimmedEdge({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition }: EdgeProps) {
  const [path] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  return <BaseEdge path={path} style={{ stroke: '#cbd5e1', strokeWidth: 2 }} />;
}

const presentEdgeTypes = { ...edgeTypes, dimmed: DimmedEdge };
type PresentEdge = WorkbenchFlowEdge | FlowEdge<Record<string, never>, 'dimmed'>;

/** The same link, drawn faint: not selectable, not focusable, no label. */
const dimmed = (edge: WorkbenchFlowEdge): PresentEdge => ({
  id: edge.id,
  type: 'dimmed',
  source: edge.source,
  target: edge.target,
  ...(edge.targetHandle ? { targetHandle: edge.targetHandle } : {}),
  selectable: false,
  focusable: false,
  data: {},
});

const isPlanItem = (id: string) => findPlanItem(workbenchStore.getState().map, id) !== undefined;

/** The map on the shared screen: nothing to drag or connect, a click spotlights an approver or picks a node to edit. */
export function PresentCanvas() {
  return (
    <ReactFlowProvider>
      <PresentFlow />
    </ReactFlowProvider>
  );
}

function PresentFlow() {
  const { map, nodes, edges, setMeasured } = useFlowModel(false);
  const spotlightId = useWorkbench((s) => s.spotlight?.id ?? null);
  const lit = useMemo(() => (spotlightId === null ? null : spotlitIds(map, spotlightId)), [map, spotlightId]);
  const shownNodes = useMemo(
    () =>
      lit === null
        ? nodes
        : nodes.map((n) =>
            lit.has(n.id) ? { ...n, className: 'is-spotlit' } : { ...n, className: 'is-dimmed' },
          ),
    [nodes, lit],
  );
  const shownEdges = useMemo(
    (): PresentEdge[] =>
      lit === null ? edges : edges.map((e) => (lit.has(e.source) && lit.has(e.target) ? e : dimmed(e))),
    [edges, lit],
  );
  useFitOnSpotlight(lit);

  const onNodesChange = useCallback(
    (changes: NodeChange<WorkbenchFlowNode>[]) => {
      let sizes: Map<string, Measured> | null = null;
      for (const change of changes) {
        if (change.type === 'dimensions' && change.dimensions) {
          sizes ??= new Map();
          sizes.set(change.id, { width: change.dimensions.width, height: change.dimensions.height });
        }
      }
      if (sizes !== null) {
        const measuredNow = sizes;
        setMeasured((previous) => new Map([...previous, ...measuredNow]));
      }
      const state = workbenchStore.getState();
      const selection = selectionAfterChanges(state.selection, changes, [], isPlanItem);
      if (selection) state.select(selection);
    },
    [setMeasured],
  );
  const onNodeClick: NodeMouseHandler<WorkbenchFlowNode> = useCallback((_event, node) => {
    if (node.type === 'approver') workbenchStore.getState().spotlightApprover(node.id);
  }, []);

  return (
    <div className="canvas present-canvas">
      <ReactFlow<WorkbenchFlowNode, PresentEdge>
        nodes={shownNodes}
        edges={shownEdges}
        nodeTypes={nodeTypes}
        edgeTypes={presentEdgeTypes}
        onNodesChange={onNodesChange}
        onNodeClick={onNodeClick}
        nodesDraggable={false}
        nodesConnectable={false}
        edgesFocusable={false}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        zoomOnDoubleClick={false}
        minZoom={0.1}
        maxZoom={2.5}
        aria-label="Decision map"
      />
    </div>
  );
}

/** Frames the whole map, or the approver in the spotlight and what they need, whenever that changes. */
function useFitOnSpotlight(lit: ReadonlySet<string> | null) {
  const flow = useReactFlow();
  const initialized = useNodesInitialized();
  useEffect(() => {
    if (!initialized) return;
    // A spotlight frames a few nodes: zoom in, but not so far that the rest of the map disappears.
    const fit = () =>
      void flow.fitView(lit === null ? FIT : { ...FIT, maxZoom: 1.1, nodes: [...lit].map((id) => ({ id })) });
    fit();
    // Entering or leaving full screen resizes the view: frame it again.
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [initialized, lit, flow]);
}
