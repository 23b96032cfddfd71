import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  BaseEdge,
  ReactFlow,
  ReactFlowProvider,
  useNodesInitialized,
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
import { LabelSpots, LabelSpotsContext, useLabelSpotsFor, usePath } from '../flow/labelSpots';
import { useFitWithWords, type WordsFitOptions } from '../flow/fitWithWords';
import { spotlitIds } from '../../domain/records/needs';
import type { DecisionMap } from '../../domain/records/map';
import { KIND_PLURAL } from '../../domain/words';
import { ColumnHeading, type ColumnHeadingNode } from './ColumnHeading';
import { PRESENT_PADDING, presentLayout, readableZoom, type PresentColumn } from './presentLayout';
import './presentCanvas.css';

/**
 * The size of every word a present card shows (presentCanvas.css: labels, states, tags and verdicts).
 * The shared screen never fits below what the back of the room can read: 18 px on a 1920-wide screen,
 * 14 px at 1280 (in between, in proportion). A map too large for that is shown from its middle, and
 * the spotlight frames one approver at a time.
 */
export const SMALLEST_CARD_WORD = 28;

const FIT: Omit<WordsFitOptions, 'minZoom'> = { padding: PRESENT_PADDING, maxZoom: 1.6, duration: 350 };

/** An edge outside the spotlight: a faint line, no label. */
function DimmedEdge(props: EdgeProps) {
  return <BaseEdge path={usePath(props)} style={{ stroke: '#cbd5e1', strokeWidth: 2 }} />;
}

const presentEdgeTypes = { ...edgeTypes, dimmed: DimmedEdge };
const presentNodeTypes = { ...nodeTypes, columnHeading: ColumnHeading };
type PresentNode = WorkbenchFlowNode | ColumnHeadingNode;
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
  const { map, nodes, edges, measured, setMeasured } = useFlowModel(false);
  const spotlightId = useWorkbench((s) => s.spotlight?.id ?? null);
  const lit = useMemo(() => (spotlightId === null ? null : spotlitIds(map, spotlightId)), [map, spotlightId]);
  const [paneRef, pane] = usePaneSize();
  const layout = useMemo(() => presentLayout(presentColumns(map, measured), pane), [map, measured, pane]);
  const shownNodes = useMemo((): PresentNode[] => {
    const cards = nodes.map((n) => {
      const position = layout.positions.get(n.id) ?? n.position;
      const className = lit === null ? undefined : lit.has(n.id) ? 'is-spotlit' : 'is-dimmed';
      return { ...n, position, draggable: false, ...(className ? { className } : {}) };
    });
    const headings = layout.headings.map((h): ColumnHeadingNode => {
      const id = `column:${h.key}`;
      const size = measured.get(id);
      return {
        id,
        type: 'columnHeading',
        position: h.position,
        selectable: false,
        focusable: false,
        draggable: false,
        ...(size ? { measured: size } : {}),
        data: { words: COLUMN_WORDS[h.key] ?? h.key, width: h.width },
      };
    });
    return [...headings, ...cards];
  }, [nodes, lit, layout, measured]);
  const shownEdges = useMemo(
    (): PresentEdge[] =>
      lit === null ? edges : edges.map((e) => (lit.has(e.source) && lit.has(e.target) ? e : dimmed(e))),
    [edges, lit],
  );
  const [labelSpots] = useState(() => new LabelSpots());
  useFitOnSpotlight(lit, layout, labelSpots);
  // The whole map shows no edge words (too many for the room); a spotlight shows those of its few lines.
  const litEdges = useMemo(
    () => (lit === null ? [] : edges.filter((e) => lit.has(e.source) && lit.has(e.target))),
    [edges, lit],
  );
  // Every line is routed round the cards in its way; only the spotlight's lines carry words.
  useLabelSpotsFor(labelSpots, shownNodes, litEdges, SMALLEST_CARD_WORD, lit !== null, {
    lines: shownEdges,
    tagAbove: false,
  });

  const onNodesChange = useCallback(
    (changes: NodeChange<PresentNode>[]) => {
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
      const cardChanges = changes.filter((c) => !('id' in c) || !c.id.startsWith('column:'));
      const selection = selectionAfterChanges(
        state.selection,
        cardChanges as NodeChange<WorkbenchFlowNode>[],
        [],
        isPlanItem,
      );
      if (selection) state.select(selection);
    },
    [setMeasured],
  );
  const onNodeClick: NodeMouseHandler<PresentNode> = useCallback((_event, node) => {
    if (node.type === 'approver') workbenchStore.getState().spotlightApprover(node.id);
  }, []);

  return (
    <div
      className={lit === null ? 'canvas present-canvas' : 'canvas present-canvas present-canvas--spotlit'}
      ref={paneRef}
    >
      <LabelSpotsContext value={labelSpots}>
        <ReactFlow<PresentNode, PresentEdge>
          nodes={shownNodes}
          edges={shownEdges}
          nodeTypes={presentNodeTypes}
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
      </LabelSpotsContext>
    </div>
  );
}

/** The kinds' columns as the room reads them, left to right; cards in each by where the room put them. */
const COLUMN_ORDER = ['friction', 'approver', 'proof', 'risk'] as const;
const COLUMN_WORDS: Record<string, string> = { plan: 'Plan', ...KIND_PLURAL };
/** A card's height before it is drawn (a two-line label and its state). */
const GUESSED_HEIGHT = 150;

function presentColumns(map: DecisionMap, measured: ReadonlyMap<string, Measured>): PresentColumn[] {
  const height = (id: string) => measured.get(id)?.height ?? GUESSED_HEIGHT;
  const plan: PresentColumn = {
    key: 'plan',
    cards: map.plan.map((p) => ({ id: p.id, height: height(p.id) })),
  };
  return [
    plan,
    ...COLUMN_ORDER.map((kind) => ({
      key: kind,
      cards: map.nodes
        .filter((n) => n.kind === kind)
        .sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x)
        .map((n) => ({ id: n.id, height: height(n.id) })),
    })),
  ];
}

/** The canvas's size in pixels, followed as the screen, full screen or the details beside it change. */
function usePaneSize() {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const { width, height } = element.getBoundingClientRect();
      setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size] as const;
}

/** Frames the whole map, or the approver in the spotlight and what they need, whenever that changes. */
function useFitOnSpotlight(lit: ReadonlySet<string> | null, layout: unknown, labelSpots: LabelSpots) {
  const fitWithWords = useFitWithWords(labelSpots);
  const initialized = useNodesInitialized();
  useEffect(() => {
    if (!initialized) return;
    // A spotlight frames a few nodes: zoom in, but not so far that the rest of the map disappears.
    // The lit lines' words are framed too (fitWithWords): a word beside its column was cut.
    const fit = () => {
      const readable = { ...FIT, minZoom: readableZoom(window.innerWidth, SMALLEST_CARD_WORD) };
      void fitWithWords(lit === null ? readable : { ...readable, maxZoom: 1.1, nodeIds: [...lit] });
    };
    fit();
    // Entering or leaving full screen resizes the view: frame it again.
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [initialized, lit, fitWithWords, layout]);
}
