import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels, type LabelledEdge, type Rect } from '../../src/ui/flow/labelPlacement';
import { wordObstacles } from '../../src/ui/flow/labelSpots';

const WORD = { width: 80, height: 28 };
const rect = (id: string, x: number, y: number, width = 220, height = 120) => ({ id, x, y, width, height });
const cardOf = (r: Rect & { id: string }, constraint = false) => ({
  id: r.id,
  position: { x: r.x, y: r.y },
  measured: { width: r.width, height: r.height },
  data: { constraint },
});

// Two cards joined by a line, and under the middle of that line the constraint's card: its tag (36 px
// above it on the workbench) reaches up to the line.
const a = rect('a', 0, 0);
const b = rect('b', 600, 0);
const constraint = rect('c', 340, 100, 160, 120);
const rects = new Map([a, b, constraint].map((r) => [r.id, r]));
const cards = [cardOf(a), cardOf(b), cardOf(constraint, true)];
const line: LabelledEdge = {
  id: 'e',
  from: { x: a.x + a.width, y: a.y + a.height / 2 },
  to: { x: b.x, y: b.y + b.height / 2 },
  label: WORD,
};
const wordBox = (center: { x: number; y: number }): Rect => ({
  x: center.x - WORD.width / 2,
  y: center.y - WORD.height / 2,
  ...WORD,
});

describe('edge words keep clear of what the constraint’s card shows around it', () => {
  it('the constraint’s card counts with its frame, and with its tag above it on the workbench', () => {
    const [, , workbench] = wordObstacles(cards, rects, true);
    const [, , shared] = wordObstacles(cards, rects, false);
    expect(workbench).toEqual({ x: 319, y: 64, width: 202, height: 177 });
    expect(shared).toEqual({ x: 319, y: 79, width: 202, height: 162 });
    expect(wordObstacles(cards, rects, true).slice(0, 2)).toEqual([a, b]);
  });

  it('a word that would sit on the tag moves off it; with the card alone it stayed', () => {
    const tag: Rect = { x: constraint.x, y: constraint.y - 36, width: constraint.width, height: 36 };
    const alone = placeLabels([a, b, constraint], [line]).get('e')!;
    expect(overlaps(wordBox(alone.center), tag)).toBe(true);
    const spot = placeLabels(wordObstacles(cards, rects, true), [line]).get('e')!;
    expect(spot.clear).toBe(true);
    expect(overlaps(wordBox(spot.center), tag)).toBe(false);
  });
});
