/**
 * Bare React Flow: the yardstick of the browser benchmark. It opens the same map file as the workbench
 * (through a file input), shows the same nodes, plan items and edges as React Flow's default nodes and
 * edges, and does nothing else: no validation, no analysis, no store, no custom cards.
 */
import '@xyflow/react/dist/style.css';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import {
  ReactFlow,
  useEdgesState,
  useNodesInitialized,
  useNodesState,
  useReactFlow,
  type Edge,
  type Node,
} from '@xyflow/react';
import type { DecisionMap } from '../../src/domain/records/map';
import { planLanePositions } from '../../src/ui/flow/planLane';

/** Both pages fit a new map the same way and allow the same zoom range. */
const FIT = { padding: 0.06, maxZoom: 1.2 };
const ZOOM = { min: 0.05, max: 2.5 };

/** The flow area's size in pixels, from `?width=…&height=…` (the runner passes the workbench canvas's size). */
function flowSize(): { width: string; height: string } {
  const params = new URLSearchParams(window.location.search);
  const px = (name: string, fallback: string) => {
    const value = Number(params.get(name));
    return Number.isFinite(value) && value > 0 ? `${value}px` : fallback;
  };
  return { width: px('width', '100vw'), height: px('height', '100vh') };
}

/** The map's nodes and plan items as default nodes, its edges and plan links as default edges. */
function toFlow(map: DecisionMap): { nodes: Node[]; edges: Edge[] } {
  const lane = planLanePositions(
    map.nodes,
    map.plan.map((item) => item.id),
  );
  const nodes: Node[] = [
    ...map.nodes.map((node) => ({ id: node.id, position: node.position, data: { label: node.label } })),
    ...map.plan.map((item) => ({
      id: item.id,
      position: lane.get(item.id) ?? { x: 0, y: 0 },
      data: { label: item.title },
      draggable: false,
    })),
  ];
  const edges: Edge[] = [
    ...map.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target })),
    ...map.plan.flatMap((item) =>
      item.addresses.map((nodeId) => ({ id: `${item.id}->${nodeId}`, source: item.id, target: nodeId })),
    ),
  ];
  return { nodes, edges };
}

/** The flow and its file input; rendered inside a ReactFlowProvider. */
export function BareFlow() {
  const [nodes, setNodes, onNodesChange] = useNodesState<Node>([]);
  const [edges, setEdges, onEdgesChange] = useEdgesState<Edge>([]);
  const [mapId, setMapId] = useState<string | null>(null);
  const flow = useReactFlow();
  const initialized = useNodesInitialized();
  const fitted = useRef<string | null>(null);

  // Fits each newly opened map once its nodes are measured, as the workbench does.
  useEffect(() => {
    if (!initialized || mapId === null || fitted.current === mapId) return;
    fitted.current = mapId;
    void flow.fitView(FIT);
  }, [initialized, mapId, flow]);

  const open = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const { map } = JSON.parse(await file.text()) as { map: DecisionMap };
    const next = toFlow(map);
    setNodes(next.nodes);
    setEdges(next.edges);
    setMapId(map.id);
  };

  return (
    <>
      <input
        type="file"
        accept=".json,application/json"
        data-testid="open-file-input"
        aria-label="Open a decision map file"
        style={{ position: 'absolute', top: 0, left: 0, width: 1, height: 1, opacity: 0 }}
        onChange={(event) => void open(event)}
      />
      <div style={flowSize()}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          minZoom={ZOOM.min}
          maxZoom={ZOOM.max}
        />
      </div>
    </>
  );
}
