// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateMap } from '../../bench/generateMap';
import { analyze } from '../../src/domain/analysis/analyze';
import type { DecisionMap } from '../../src/domain/records/map';
import { createAnalysisSelector } from '../../src/state/store/selectors';
import { createFlowEdgeBuilder } from '../../src/ui/flow/buildFlowEdges';
import { Canvas } from '../../src/ui/canvas/Canvas';
import { loadMap, mouse, store } from './helpers';

/** Renders of each card, by node or plan item id: the real cards, counted on their way in. */
const renders = vi.hoisted(() => new Map<string, number>());
const count = (id: string) => renders.set(id, (renders.get(id) ?? 0) + 1);

vi.mock('../../src/ui/flow/nodes/DecisionCard', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/ui/flow/nodes/DecisionCard')>();
  return {
    DecisionCard: (props: Parameters<typeof actual.DecisionCard>[0]) => {
      count(props.data.record.id);
      return <actual.DecisionCard {...props} />;
    },
  };
});

vi.mock('../../src/ui/flow/nodes/PlanItemNode', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/ui/flow/nodes/PlanItemNode')>();
  const { PlanItemNode } = actual;
  return {
    PlanItemNode: (props: Parameters<typeof PlanItemNode>[0]) => {
      count(props.data.record.id);
      return <PlanItemNode {...props} />;
    },
  };
});

/** A realistic map: 60 nodes of every kind, about 150 edges and a few plan items. */
const MAP = generateMap(60, 7);

const nodeElement = (id: string) => {
  const element = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
  if (!element) throw new Error(`node ${id} is not on the canvas`);
  return element;
};

const press = (element: HTMLElement, at: { x: number; y: number }) => mouse(element, 'mousedown', at, 1);
const moveTo = (at: { x: number; y: number }) => mouse(window, 'mousemove', at, 1);
const release = (at: { x: number; y: number }) => mouse(window, 'mouseup', at, 0);

beforeEach(() => loadMap(MAP));
afterEach(() => {
  cleanup();
  renders.clear();
});

describe('rendering while dragging', () => {
  it('draws every node and plan item once to begin with', () => {
    render(<Canvas />);
    const everyId = [...MAP.nodes.map((n) => n.id), ...MAP.plan.map((p) => p.id)];
    expect(document.querySelectorAll('.react-flow__node')).toHaveLength(everyId.length);
    for (const id of everyId) expect(renders.get(id) ?? 0, id).toBeGreaterThan(0);
  });

  it.each([
    ['an approver', MAP.nodes.find((n) => n.kind === 'approver')],
    ['a proof', MAP.nodes.find((n) => n.kind === 'proof')],
    ['a risk', MAP.nodes.find((n) => n.kind === 'risk')],
    ['a friction', MAP.nodes.find((n) => n.kind === 'friction')],
  ])('dragging %s re-renders that node and no other', (_kind, dragged) => {
    if (!dragged) throw new Error('the generated map lacks this kind');
    render(<Canvas />);
    const element = nodeElement(dragged.id);
    const start = { x: 100, y: 100 };
    // Pressing selects the node and the first moves start the drag: both may re-render it (and only it).
    act(() => {
      press(element, start);
      moveTo({ x: 110, y: 104 });
    });
    const mapBefore = store().map;
    const drawnBefore = element.style.transform;
    renders.clear();

    const steps = 6;
    for (let step = 1; step <= steps; step++) act(() => moveTo({ x: 110 + step * 10, y: 104 + step * 5 }));

    // The card follows the pointer on the canvas, while the map itself waits for the drop.
    expect(element.style.transform).not.toBe(drawnBefore);
    expect(store().map).toBe(mapBefore);
    expect(renders.get(dragged.id)).toBeGreaterThanOrEqual(steps);
    const others = [...renders.keys()].filter((id) => id !== dragged.id);
    expect(others).toEqual([]);
    const drawn = element.style.transform;
    act(() => release({ x: 170, y: 134 }));
    // The drop puts the node in the map where it was drawn, and it stays there.
    const position = store().map.nodes.find((n) => n.id === dragged.id)?.position;
    expect(position).not.toEqual(dragged.position);
    expect(element.style.transform).toBe(drawn);
    expect(drawn.replace(/\s/g, '')).toContain(`translate(${position?.x}px,${position?.y}px)`);
  });

  it('ending the drag re-renders no card but the dragged one', () => {
    const dragged = MAP.nodes[3];
    if (!dragged) throw new Error('the generated map is too small');
    render(<Canvas />);
    act(() => {
      press(nodeElement(dragged.id), { x: 50, y: 50 });
      moveTo({ x: 80, y: 60 });
      moveTo({ x: 90, y: 70 });
    });
    renders.clear();
    act(() => release({ x: 90, y: 70 }));
    expect([...renders.keys()].filter((id) => id !== dragged.id)).toEqual([]);
  });
});

describe('a view-only canvas', () => {
  it('does not let a node be dragged (it would only snap back)', () => {
    store().setReadOnly(true);
    const dragged = MAP.nodes[2];
    if (!dragged) throw new Error('the generated map is too small');
    render(<Canvas />);
    const element = nodeElement(dragged.id);
    const drawnBefore = element.style.transform;
    act(() => {
      press(element, { x: 50, y: 50 });
      moveTo({ x: 90, y: 70 });
      moveTo({ x: 130, y: 90 });
    });
    expect(element.style.transform).toBe(drawnBefore);
    act(() => release({ x: 130, y: 90 }));
    expect(store().map.nodes.find((n) => n.id === dragged.id)?.position).toEqual(dragged.position);
    store().setReadOnly(false);
  });
});

describe('what a drag hands React Flow', () => {
  const moved = (map: DecisionMap, index: number): DecisionMap => ({
    ...map,
    nodes: map.nodes.map((node, i) =>
      i === index ? { ...node, position: { x: node.position.x + 40, y: node.position.y + 25 } } : node,
    ),
  });

  it('the very same edges array while nodes move, so React Flow skips its edge bookkeeping', () => {
    const buildEdges = createFlowEdgeBuilder();
    const selectedEdges = new Set<string>();
    const first = buildEdges({ map: MAP, selectedEdges });
    let map = MAP;
    for (let step = 0; step < 5; step++) {
      map = moved(map, 3);
      expect(buildEdges({ map, selectedEdges })).toBe(first);
    }
  });

  const firstEdge = MAP.edges[0];
  const renamedId = firstEdge?.source ?? '';
  it.each([
    {
      change: 'a node renamed: the edges it ends (their names say it)',
      map: withLabel(MAP, renamedId, 'Renamed'),
      selected: [] as string[],
      renewed: MAP.edges.filter((e) => e.source === renamedId || e.target === renamedId).map((e) => e.id),
    },
    {
      change: 'an edge selected: that edge',
      map: MAP,
      selected: [firstEdge?.id ?? ''],
      renewed: [firstEdge?.id ?? ''],
    },
  ])(
    'a new edges array when edges change, new objects only for them — $change',
    ({ map, selected, renewed }) => {
      const buildEdges = createFlowEdgeBuilder();
      const first = buildEdges({ map: MAP, selectedEdges: new Set() });
      const next = buildEdges({ map, selectedEdges: new Set(selected) });
      expect(next).not.toBe(first);
      const changed = next.filter((edge, i) => edge !== first[i]).map((edge) => edge.id);
      expect(changed.sort()).toEqual([...renewed].sort());
    },
  );

  it('a drag after looking at another map still reuses the analysis (and keeps no closed map alive)', () => {
    const analyzeMap = vi.fn(analyze);
    const select = createAnalysisSelector(analyzeMap);
    const other = generateMap(30, 8);
    select({ map: MAP });
    select({ map: other });
    select({ map: MAP });
    expect(analyzeMap).toHaveBeenCalledTimes(2);
    select({ map: moved(MAP, 5) });
    expect(analyzeMap).toHaveBeenCalledTimes(2);
  });
});

function withLabel(map: DecisionMap, id: string, label: string): DecisionMap {
  return { ...map, nodes: map.nodes.map((node) => (node.id === id ? { ...node, label } : node)) };
}
