// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateMap } from '../../bench/generateMap';
import { Canvas } from '../../src/ui/canvas/Canvas';
import { farEdgePaths } from '../../src/ui/canvas/farEdgePaths';
import type { WorkbenchFlowEdge, WorkbenchFlowNode } from '../../src/ui/flow/flowTypes';
import { EDGE_COLOR, PLAN_LINK_COLOR } from '../../src/ui/shared/kindColors';
import { makeEdge, makeProof, makeRisk } from '../builders';
import { loadMap, mouse, store } from './helpers';

const node = (id: string, x: number, y: number): WorkbenchFlowNode =>
  ({
    id,
    type: 'proof',
    position: { x, y },
    measured: { width: 200, height: 100 },
    data: {},
  }) as WorkbenchFlowNode;

describe('far edges as paths', () => {
  const proof = makeProof({ id: 'p' });
  const risk = makeRisk({ id: 'r' });
  const nodes = new Map([
    ['p', node('p', 0, 0)],
    ['r', node('r', 500, 300)],
    ['i', node('i', -400, 0)],
  ]);
  const reduces = {
    id: 'e1',
    source: 'p',
    target: 'r',
    type: 'decision',
    data: { record: makeEdge('reduces', proof, risk) },
  };
  const link = {
    id: 'l1',
    source: 'i',
    target: 'p',
    type: 'planLink',
    data: { planItemId: 'i', nodeId: 'p' },
  };

  it('draws one path per colour, from the middle of the source’s right side to the middle of the target’s left', () => {
    const paths = farEdgePaths([reduces, link] as WorkbenchFlowEdge[], (id) => nodes.get(id));
    expect(paths.map((p) => p.stroke)).toEqual([EDGE_COLOR.reduces, PLAN_LINK_COLOR]);
    expect(paths[0]?.d.startsWith('M200,50 C')).toBe(true);
    expect(paths[0]?.d.endsWith('500,350')).toBe(true);
    expect(paths[1]?.d.startsWith('M-200,50 C')).toBe(true);
  });

  it('leaves out an edge whose end is not on the canvas', () => {
    const dangling = { ...reduces, id: 'e2', target: 'gone' };
    expect(farEdgePaths([dangling] as WorkbenchFlowEdge[], (id) => nodes.get(id))).toEqual([]);
  });
});

describe('the canvas far out', () => {
  // Spread over 10,000 px: it fits far out on the shared screen.
  const MAP = generateMap(60, 5);
  beforeEach(() => loadMap(MAP));
  afterEach(cleanup);

  it('draws the edges as a few paths under the cards, not one element per edge', () => {
    render(<Canvas />);
    expect(document.querySelectorAll('.react-flow__edge')).toHaveLength(0);
    const paths = document.querySelectorAll('.far-edges path');
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.length).toBeLessThanOrEqual(7);
    const curves = [...paths].reduce((sum, p) => sum + (p.getAttribute('d')?.match(/M/g)?.length ?? 0), 0);
    const planLinks = MAP.plan.reduce((sum, item) => sum + item.addresses.length, 0);
    expect(curves).toBe(MAP.edges.length + planLinks);
  });

  it('moves a dragged card’s edges with it, step by step', () => {
    render(<Canvas />);
    const dragged = MAP.edges[0]?.source ?? '';
    const element = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${dragged}"]`);
    if (!element) throw new Error('the dragged node is not on the canvas');
    const drawn = () =>
      [...document.querySelectorAll('.far-edges path')].map((p) => p.getAttribute('d')).join('');
    const before = drawn();
    act(() => {
      mouse(element, 'mousedown', { x: 100, y: 100 }, 1);
      mouse(window, 'mousemove', { x: 110, y: 104 }, 1);
    });
    const steps: string[] = [];
    for (let step = 1; step <= 3; step++) {
      act(() => mouse(window, 'mousemove', { x: 110 + step * 30, y: 104 + step * 20 }, 1));
      steps.push(drawn());
    }
    expect(new Set([before, ...steps]).size).toBe(4);
    act(() => mouse(window, 'mouseup', { x: 200, y: 164 }, 0));
    expect(store().map.nodes.find((n) => n.id === dragged)?.position).not.toEqual(
      MAP.nodes.find((n) => n.id === dragged)?.position,
    );
  });
});
