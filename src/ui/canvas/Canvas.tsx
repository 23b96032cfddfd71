import '@xyflow/react/dist/style.css';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Background,
  ConnectionMode,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  useNodesInitialized,
  useReactFlow,
  useStore,
  type ReactFlowState,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type NodeMouseHandler,
} from '@xyflow/react';
import type { DecisionMap } from '../../domain/records/map';
import type { NodeKind } from '../../domain/records/states';
import { findPlanItem } from '../../state/store/selectors';
import { workbenchStore } from '../shared/appStore';
import type { NodeMove } from '../../domain/edits/types';
import { useWorkbench } from '../shared/appStore';
import type { Measured } from '../flow/buildFlowNodes';
import type { WorkbenchFlowEdge, WorkbenchFlowNode } from '../flow/flowTypes';
import { edgeTypes, nodeTypes } from '../flow/flowTypesRegistry';
import {
  expectedFitZoom,
  FAR_CLASS,
  FAR_ZOOM,
  FarContext,
  useFarZoom,
  useFullDetail,
} from '../flow/levelOfDetail';
import { FarEdges } from './FarEdges';
import { Overview } from './Overview';
import type { Pick } from './PickingBanner';
import { selectionAfterChanges } from '../flow/selectionChanges';
import { useCanvasHandlers } from './useCanvasHandlers';
import { useFlowModel } from '../flow/useFlowModel';
import { LabelSpots, LabelSpotsContext, useLabelSpotsFor } from '../flow/labelSpots';
import { useFitWithWords, type WordsFitOptions } from '../flow/fitWithWords';

// Quick add opens on a double click: its code comes in its own chunk, fetched then.
const QuickAdd = lazy(() => import('./QuickAdd').then((m) => ({ default: m.QuickAdd })));
// So does the banner shown while picking a plan item's nodes.
const PickingBanner = lazy(() => import('./PickingBanner').then((m) => ({ default: m.PickingBanner })));

/** The edge words' size in px (.edge-label in canvas.css). */
const EDGE_WORD_SIZE = 16;

/** The canvas: React Flow as a view of the map; every change goes back to the store as an action. */
export function Canvas() {
  return (
    <ReactFlowProvider>
      <FlowCanvas />
    </ReactFlowProvider>
  );
}

const isPlanItem = (id: string) => findPlanItem(workbenchStore.getState().map, id) !== undefined;

/** About the size of the quick-add popover (see .quick-add in canvas.css). */
const QUICK_ADD_SIZE = { width: 440, height: 230 };

/** Half a card: new nodes are centred on the point asked for. */
const HALF_CARD = { x: 140, y: 70 };

function FlowCanvas() {
  const [dragging, setDragging] = useState(false);
  const { map, nodes, mapNodes, edges, addMeasured, dragTo, pickingFor } = useFlowModel(dragging);
  const readOnly = useWorkbench((s) => s.readOnly);
  // While a what-if is open a new link would be a real change: none is made from the canvas then.
  const whatIfOpen = useWorkbench((s) => s.whatIf !== null);
  const flow = useReactFlow<WorkbenchFlowNode, WorkbenchFlowEdge>();
  // Re-renders only when the zoom crosses FAR_ZOOM (or an image export asks for everything).
  const far = useFarZoom();
  const fullDetail = useFullDetail();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const [quickAdd, setQuickAdd] = useState<{
    at: { x: number; y: number };
    flow: { x: number; y: number };
  } | null>(null);
  // The edge words' places, made here so fitting the view can frame them as well as the cards.
  const [labelSpots] = useState(() => new LabelSpots());
  const fitWithWords = useFitWithWords(labelSpots);
  useCanvasHandlers(wrapperRef, fitWithWords);
  const fittedId = useFitOnNewMap(map.id, mapNodes, fitWithWords);
  const large = nodes.length > LARGE_MAP;
  // Until a newly opened map is fitted, the zoom is the previous map's. When it will fit far out, its cards
  // and edges wait in far-zoom mode, so a thousand cards' text and thousands of edge labels are not laid
  // out once only to vanish when the map fits.
  const fitsFar = useFitsFar(map);
  const drawFar = far || (fittedId !== map.id && fitsFar && !fullDetail);
  // Lines are routed round the cards in their way after a drop has painted, never on a drag step.
  useLabelSpotsFor(labelSpots, nodes, edges, EDGE_WORD_SIZE, !drawFar, { held: dragging });
  useCenterRequests();

  const onNodesChange = useCallback(
    (changes: NodeChange<WorkbenchFlowNode>[]) => {
      const state = workbenchStore.getState();
      const moves: NodeMove[] = [];
      const dragMoves: NodeMove[] = [];
      let sizes: Map<string, Measured> | null = null;
      for (const change of changes) {
        if (change.type === 'position' && change.position && !isPlanItem(change.id)) {
          // While the pointer drags, the canvas alone follows it; the map takes the drop (or a key press).
          (change.dragging === true ? dragMoves : moves).push({ id: change.id, position: change.position });
        } else if (change.type === 'dimensions' && change.dimensions) {
          sizes ??= new Map();
          sizes.set(change.id, { width: change.dimensions.width, height: change.dimensions.height });
        }
      }
      if (dragMoves.length > 0) dragTo(dragMoves);
      if (moves.length > 0) state.moveNodes(moves);
      if (sizes !== null) addMeasured(sizes);
      const selection = selectionAfterChanges(state.selection, changes, [], isPlanItem);
      if (selection) state.select(selection);
    },
    [addMeasured, dragTo],
  );

  const onEdgesChange = useCallback((changes: EdgeChange<WorkbenchFlowEdge>[]) => {
    const state = workbenchStore.getState();
    const selection = selectionAfterChanges(state.selection, [], changes, isPlanItem);
    if (selection) state.select(selection);
  }, []);

  const onConnect = useCallback((connection: Connection) => {
    workbenchStore.getState().link(connection.source, connection.target);
  }, []);

  // While picking a plan item's nodes, a click on a node is the picking banner's (it comes in its chunk).
  const picks = useRef<Pick | null>(null);
  const onNodeClick: NodeMouseHandler<WorkbenchFlowNode> = useCallback((_event, node) => {
    if (workbenchStore.getState().pickingFor !== null) picks.current?.(node);
  }, []);

  const onDragStart = useCallback(() => {
    workbenchStore.getState().beginDrag();
    setDragging(true);
  }, []);
  const onDragStop = useCallback(() => {
    workbenchStore.getState().endDrag();
    setDragging(false);
  }, []);

  const onDoubleClick = (event: React.MouseEvent) => {
    const target = event.target as Element;
    if (!target.classList.contains('react-flow__pane')) return;
    const rect = wrapperRef.current?.getBoundingClientRect();
    if (!rect) return;
    // Keep the popover inside the canvas when the double-click is near its right or bottom edge.
    const x = Math.max(8, Math.min(event.clientX - rect.left, rect.width - QUICK_ADD_SIZE.width - 8));
    const y = Math.max(8, Math.min(event.clientY - rect.top, rect.height - QUICK_ADD_SIZE.height - 8));
    setQuickAdd({
      at: { x, y },
      flow: flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }),
    });
  };
  const addFromQuickAdd = (kind: NodeKind, label: string) => {
    if (!quickAdd) return;
    const position = { x: quickAdd.flow.x - HALF_CARD.x, y: quickAdd.flow.y - HALF_CARD.y };
    workbenchStore.getState().addNode(kind, label === '' ? { position } : { label, position });
    setQuickAdd(null);
  };

  const onDragOver = (event: React.DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (event: React.DragEvent) => {
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    void workbenchStore.getState().openFile(file);
  };

  return (
    <div
      className={pickingFor === null ? 'canvas' : 'canvas canvas--picking'}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      {pickingFor !== null && (
        <Suspense fallback={null}>
          <PickingBanner planItemId={pickingFor} picksRef={picks} />
        </Suspense>
      )}
      <div
        ref={wrapperRef}
        className={drawFar ? `canvas__flow ${FAR_CLASS}` : 'canvas__flow'}
        onDoubleClick={onDoubleClick}
      >
        <FarContext value={drawFar}>
          <LabelSpotsContext value={labelSpots}>
            <ReactFlow<WorkbenchFlowNode, WorkbenchFlowEdge>
              nodes={nodes}
              edges={drawFar ? NO_EDGES : edges}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              onNodesChange={onNodesChange}
              onEdgesChange={onEdgesChange}
              onConnect={onConnect}
              onNodeClick={onNodeClick}
              onEdgeMouseEnter={(_event, edge) => labelSpots.hover(edge.id)}
              onEdgeMouseLeave={() => labelSpots.hover(null)}
              onNodeDragStart={onDragStart}
              onNodeDragStop={onDragStop}
              onSelectionDragStart={onDragStart}
              onSelectionDragStop={onDragStop}
              connectionMode={ConnectionMode.Loose}
              elementsSelectable={pickingFor === null}
              nodesDraggable={!readOnly}
              nodesConnectable={!readOnly && !whatIfOpen}
              deleteKeyCode={null}
              selectionKeyCode="Shift"
              multiSelectionKeyCode={MULTI_SELECT_KEYS}
              zoomOnDoubleClick={false}
              onlyRenderVisibleElements={large && !fullDetail}
              // A portfolio of several segments can be 10,000 px tall or more: low enough to fit it all.
              minZoom={0.05}
              maxZoom={2.5}
              aria-label="Decision map canvas"
            >
              {/* Far out, the dots would be 4 px apart: a grey haze that costs a repaint on every pan step. */}
              {!far && <Background gap={32} color="#d4d4d8" />}
              <Controls showInteractive={false} position="bottom-right" className="controls--above-minimap" />
              <Overview cards={mapNodes} />
              {drawFar && <FarEdges edges={edges} settled={mapNodes} nodes={nodes} />}
            </ReactFlow>
          </LabelSpotsContext>
        </FarContext>
        {quickAdd && (
          <Suspense fallback={null}>
            <QuickAdd at={quickAdd.at} onAdd={addFromQuickAdd} onClose={() => setQuickAdd(null)} />
          </Suspense>
        )}
      </div>
    </div>
  );
}

const MULTI_SELECT_KEYS = ['Control', 'Meta'];
/** Far out, React Flow draws no edges: FarEdges draws them all as a few paths. */
const NO_EDGES: WorkbenchFlowEdge[] = [];

/** Above this many nodes and plan items, the canvas draws only what is on screen. */
const LARGE_MAP = 400;

const selectPane = (s: ReactFlowState) => (s.width > 0 && s.height > 0 ? `${s.width}x${s.height}` : '');

/** Whether `map` will fit the canvas at a zoom below FAR_ZOOM (worked out from its nodes' positions). */
function useFitsFar(map: DecisionMap): boolean {
  const pane = useStore(selectPane);
  return useMemo(() => {
    const [width = 0, height = 0] = pane.split('x').map(Number);
    return (
      expectedFitZoom(
        map.nodes.map((node) => node.position),
        { width, height },
      ) < FAR_ZOOM
    );
  }, [map.nodes, pane]);
}

const FIT_NEW_MAP: WordsFitOptions = { padding: 0.06, maxZoom: 1.2 };

/** How long after a map opens its view is fitted again as its cards settle (their sizes, their words). */
const SETTLING_MS = 1500;

/**
 * Fits the view once the nodes of a newly loaded map have been measured, and again while its cards
 * settle: the first measure can come before a card shows all it says (a tall map's last cards were
 * left below the view). Returns the id of the map last fitted.
 */
function useFitOnNewMap(
  mapId: string,
  cards: readonly WorkbenchFlowNode[],
  fitWithWords: (options: WordsFitOptions) => Promise<boolean>,
): string | null {
  const initialized = useNodesInitialized();
  const fitted = useRef<{ id: string; at: number } | null>(null);
  const [fittedId, setFittedId] = useState<string | null>(null);
  useEffect(() => {
    if (!initialized) return;
    if (fitted.current?.id === mapId) {
      if (performance.now() - fitted.current.at < SETTLING_MS) void fitWithWords(FIT_NEW_MAP);
      return;
    }
    fitted.current = { id: mapId, at: performance.now() };
    void fitWithWords(FIT_NEW_MAP).then(() => setFittedId(mapId));
  }, [initialized, mapId, cards, fitWithWords]);
  return fittedId;
}

/** Centres the canvas on a node whenever the store asks (constraint button, open questions, …). */
function useCenterRequests() {
  const flow = useReactFlow();
  const request = useWorkbench((s) => s.centerRequest);
  useEffect(() => {
    if (!request) return;
    // A node just added reaches the canvas a frame or two later (the map is deferred) and is measured
    // after that: wait for it (a second or so at most) rather than centre on nothing.
    let frame = 0;
    let handle = 0;
    const centre = () => {
      const node = flow.getInternalNode(request.id);
      if (!node?.measured.width) {
        if (++frame < 60) handle = window.requestAnimationFrame(centre);
        return;
      }
      const width = node.measured.width;
      const height = node.measured.height ?? 0;
      void flow.setCenter(
        node.internals.positionAbsolute.x + width / 2,
        node.internals.positionAbsolute.y + height / 2,
        { zoom: Math.max(flow.getZoom(), 0.9), duration: 400 },
      );
    };
    centre();
    return () => window.cancelAnimationFrame(handle);
  }, [request, flow]);
}
