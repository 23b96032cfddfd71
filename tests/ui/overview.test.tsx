// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateMap } from '../../bench/generateMap';
import { Canvas } from '../../src/ui/canvas/Canvas';
import {
  cardsBounds,
  mapPointAt,
  overviewPaths,
  overviewViewBox,
  shadePath,
  UNMEASURED_CARD,
  visibleArea,
  type OverviewCard,
} from '../../src/ui/canvas/overview';
import { loadMap, store } from './helpers';

const card = (id: string, type: string, x: number, y: number, measured?: { width: number; height: number }) =>
  ({ id, type, position: { x, y }, ...(measured ? { measured } : {}) }) satisfies OverviewCard;

describe('overview geometry', () => {
  const cards = [
    card('a', 'approver', 0, 0, { width: 100, height: 50 }),
    card('b', 'approver', 300, 100, { width: 100, height: 50 }),
    card('p', 'proof', 600, 400),
    card('i', 'planItem', -200, 0, { width: 80, height: 40 }),
  ];

  it('draws one path per type, one rectangle per card', () => {
    const paths = overviewPaths(cards);
    expect(paths.map((p) => [p.type, p.count])).toEqual([
      ['approver', 2],
      ['proof', 1],
      ['planItem', 1],
    ]);
    expect(paths[0]?.d).toBe('M0 0h100v50h-100zM300 100h100v50h-100z');
    // An unmeasured card is drawn at about a card's size.
    expect(paths[1]?.d).toBe(
      `M600 400h${UNMEASURED_CARD.width}v${UNMEASURED_CARD.height}h-${UNMEASURED_CARD.width}z`,
    );
  });

  it('bounds every card, measured or not; none for an empty map', () => {
    expect(cardsBounds(cards)).toEqual({
      x: -200,
      y: 0,
      width: 600 + UNMEASURED_CARD.width + 200,
      height: 400 + UNMEASURED_CARD.height,
    });
    expect(cardsBounds([])).toBeNull();
  });

  it('the visible area is the pane seen through the viewport transform', () => {
    expect(visibleArea([100, -50, 0.5], { width: 800, height: 600 })).toEqual({
      x: -200,
      y: 100,
      width: 1600,
      height: 1200,
    });
  });

  it('the view box holds the cards and the visible area, in the overview’s proportions, and maps points back', () => {
    const bounds = cardsBounds(cards);
    const visible = { x: 2000, y: 2000, width: 400, height: 300 };
    const box = overviewViewBox(bounds, visible, { width: 200, height: 150 });
    expect(box.width / box.height).toBeCloseTo(200 / 150, 6);
    for (const inside of [bounds, visible]) {
      if (!inside) throw new Error('no bounds');
      expect(box.x).toBeLessThanOrEqual(inside.x);
      expect(box.y).toBeLessThanOrEqual(inside.y);
      expect(box.x + box.width).toBeGreaterThanOrEqual(inside.x + inside.width);
      expect(box.y + box.height).toBeGreaterThanOrEqual(inside.y + inside.height);
    }
    const screenBox = { left: 10, top: 20, width: 200, height: 150 };
    expect(mapPointAt(box, screenBox, { x: 10, y: 20 })).toEqual({ x: box.x, y: box.y });
    const centre = mapPointAt(box, screenBox, { x: 110, y: 95 });
    expect(centre?.x).toBeCloseTo(box.x + box.width / 2, 6);
    expect(centre?.y).toBeCloseTo(box.y + box.height / 2, 6);
    expect(mapPointAt(box, { ...screenBox, width: 0 }, { x: 1, y: 1 })).toBeNull();
  });

  it('shades the view box around the visible area (two rectangles, even-odd)', () => {
    const d = shadePath({ x: 0, y: 0, width: 100, height: 80 }, { x: 10, y: 10, width: 20, height: 20 });
    expect(d).toBe('M0 0h100v80h-100zM10 10h20v20h-20z');
  });
});

describe('the overview on the canvas', () => {
  const MAP = generateMap(60, 11);
  beforeEach(() => loadMap(MAP));
  afterEach(cleanup);

  it('shows the whole map as a few paths, one per kind, and not one element per card', () => {
    render(<Canvas />);
    const overview = screen.getByRole('img', { name: 'Overview of the map' });
    const paths = [...overview.querySelectorAll('path[data-type]')];
    const kinds = new Set(MAP.nodes.map((n) => n.kind));
    expect(paths.map((p) => p.getAttribute('data-type')).sort()).toEqual(
      [...kinds, ...(MAP.plan.length > 0 ? ['planItem'] : [])].sort(),
    );
    const drawn = paths.reduce((sum, p) => sum + Number(p.getAttribute('data-count')), 0);
    expect(drawn).toBe(MAP.nodes.length + MAP.plan.length);
  });

  it('pressing on it moves the canvas to look there', () => {
    render(<Canvas />);
    const overview = screen.getByRole('img', { name: 'Overview of the map' });
    Object.assign(overview, { setPointerCapture: () => {}, hasPointerCapture: () => true });
    overview.getBoundingClientRect = () =>
      ({ left: 0, top: 0, width: 200, height: 150, right: 200, bottom: 150, x: 0, y: 0 }) as DOMRect;
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    const before = viewport?.style.transform;
    fireEvent.pointerDown(overview, { clientX: 20, clientY: 20, pointerId: 1 });
    const afterPress = viewport?.style.transform;
    expect(afterPress).not.toBe(before);
    fireEvent.pointerMove(overview, { clientX: 180, clientY: 130, pointerId: 1 });
    expect(viewport?.style.transform).not.toBe(afterPress);
  });

  it('scrolling on it zooms the canvas, and leaves the map alone', () => {
    const before = store().map;
    render(<Canvas />);
    const overview = screen.getByRole('img', { name: 'Overview of the map' });
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    const scale = () => Number(/scale\(([\d.]+)\)/.exec(viewport?.style.transform ?? '')?.[1]);
    const start = scale();
    fireEvent.wheel(overview, { deltaY: -100 });
    expect(scale()).toBeCloseTo(start * 1.2, 6);
    fireEvent.wheel(overview, { deltaY: 100 });
    fireEvent.wheel(overview, { deltaY: 100 });
    expect(scale()).toBeCloseTo(start / 1.2, 6);
    expect(store().map).toBe(before);
  });
});
