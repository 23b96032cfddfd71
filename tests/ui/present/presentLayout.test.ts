import { describe, expect, it } from 'vitest';
import {
  PRESENT_GRID,
  presentLayout,
  type PresentColumn,
  readableZoom,
} from '../../../src/ui/present/presentLayout';

const cards = (prefix: string, count: number, height = 120) =>
  Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i}`, height }));

const overlaps = (positions: Map<string, { x: number; y: number }>, heights: Map<string, number>) => {
  const boxes = [...positions].map(([id, p]) => ({ id, ...p, h: heights.get(id)! }));
  return boxes.some((a, i) =>
    boxes.some(
      (b, j) =>
        i < j &&
        a.x < b.x + PRESENT_GRID.cardWidth &&
        b.x < a.x + PRESENT_GRID.cardWidth &&
        a.y < b.y + b.h &&
        b.y < a.y + a.h,
    ),
  );
};

describe('the shared screen’s layout', () => {
  const columns: PresentColumn[] = [
    { key: 'plan', cards: cards('p', 8) },
    { key: 'friction', cards: cards('f', 4) },
    { key: 'approver', cards: cards('a', 7, 100) },
    { key: 'proof', cards: cards('n', 8, 160) },
    { key: 'risk', cards: cards('r', 5) },
  ];
  const heights = new Map(columns.flatMap((c) => c.cards.map((card) => [card.id, card.height] as const)));

  it('places every card once, in its kind’s column, never on another card', () => {
    const layout = presentLayout(columns, { width: 1920, height: 860 });
    expect(layout.positions.size).toBe(32);
    expect(overlaps(layout.positions, heights)).toBe(false);
    // Columns left to right in the order given, each under its heading.
    const xs = layout.headings.map((h) => h.position.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    for (const [index, column] of columns.entries()) {
      const heading = layout.headings[index]!;
      for (const card of column.cards) {
        const x = layout.positions.get(card.id)!.x;
        expect(x).toBeGreaterThanOrEqual(heading.position.x);
        expect(x + PRESENT_GRID.cardWidth).toBeLessThanOrEqual(heading.position.x + heading.width);
        expect(layout.positions.get(card.id)!.y).toBeGreaterThanOrEqual(PRESENT_GRID.headingHeight);
      }
    }
  });

  it('wraps tall columns on a wide screen, and fits at a larger zoom than one unbroken column each', () => {
    const wide = presentLayout(columns, { width: 1920, height: 860 });
    const unbroken = presentLayout(columns, { width: 500, height: 5000 });
    expect(wide.headings.some((h) => h.width > PRESENT_GRID.cardWidth)).toBe(true);
    expect(unbroken.headings.every((h) => h.width === PRESENT_GRID.cardWidth)).toBe(true);
    // Unbroken, the same map would fit the wide screen at a smaller zoom (860 px tall for 8 proofs).
    const tallest = 56 + 8 * 160 + 7 * PRESENT_GRID.gap;
    expect(wide.zoom).toBeGreaterThan(860 / tallest);
  });

  it('leaves out the heading of a kind the map does not have', () => {
    const layout = presentLayout([{ key: 'plan', cards: [] }, ...columns.slice(1)], {
      width: 1280,
      height: 600,
    });
    expect(layout.headings.map((h) => h.key)).toEqual(['friction', 'approver', 'proof', 'risk']);
  });
});

describe('readableZoom', () => {
  it('keeps the smallest word at 18 px on a 1920-wide screen and 14 px at 1280, in proportion between', () => {
    expect(readableZoom(1920, 28) * 28).toBeCloseTo(18);
    expect(readableZoom(3840, 28) * 28).toBeCloseTo(18);
    expect(readableZoom(1280, 28) * 28).toBeCloseTo(14);
    expect(readableZoom(800, 28) * 28).toBeCloseTo(14);
    expect(readableZoom(1600, 28) * 28).toBeCloseTo(16);
  });
});
