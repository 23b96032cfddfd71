import { describe, expect, it } from 'vitest';
import {
  bezierPoint,
  overlaps,
  placeLabels,
  type LabelledEdge,
  type LabelSpot,
  type Rect,
} from '../../src/ui/flow/labelPlacement';

const WORD = { width: 80, height: 28 };
const card = (x: number, y: number, width = 220, height = 120): Rect => ({ x, y, width, height });
/** An edge from the right side of `a` to the left side of `b`, as the cards' handles draw it. */
const edge = (id: string, a: Rect, b: Rect): LabelledEdge => ({
  id,
  from: { x: a.x + a.width, y: a.y + a.height / 2 },
  to: { x: b.x, y: b.y + b.height / 2 },
  label: WORD,
});
const box = (spot: LabelSpot): Rect => ({
  x: spot.center.x - WORD.width / 2,
  y: spot.center.y - WORD.height / 2,
  width: WORD.width,
  height: WORD.height,
});

function expectClear(cards: Rect[], spots: Map<string, LabelSpot>) {
  const boxes = [...spots.values()].map(box);
  for (const b of boxes) for (const c of cards) expect(overlaps(b, c), JSON.stringify({ b, c })).toBe(false);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
}

describe('edge label placement', () => {
  it('puts a lone word at the middle of its line', () => {
    const a = card(0, 0);
    const b = card(600, 0);
    const spots = placeLabels([a, b], [edge('e', a, b)]);
    const spot = spots.get('e')!;
    expect(spot.t).toBe(0.5);
    expect(spot.onLine).toBe(true);
    expect(spot.center).toEqual(bezierPoint(edge('e', a, b).from, edge('e', a, b).to, 0.5));
  });

  it('moves a word whose middle falls inside a third card along its own line, off the card', () => {
    const a = card(0, 0);
    const b = card(900, 0);
    const third = card(340, -20, 220, 160); // straddles the line's middle
    const e = edge('e', a, b);
    const middle = bezierPoint(e.from, e.to, 0.5);
    expect(overlaps(box({ center: middle } as LabelSpot), third)).toBe(true);

    const spots = placeLabels([a, b, third], [e]);
    const spot = spots.get('e')!;
    expect(spot.onLine).toBe(true);
    expect(spot.clear).toBe(true);
    expect(spot.center).toEqual(bezierPoint(e.from, e.to, spot.t));
    expectClear([a, b, third], spots);
  });

  it('keeps three words heading into the same card apart and off every card', () => {
    const target = card(700, 200);
    const sources = [card(0, 0), card(0, 200), card(0, 400)];
    const edges = sources.map((s, i) => edge(`fears-${i}`, s, target));
    const spots = placeLabels([target, ...sources], edges);
    expect(spots.size).toBe(3);
    for (const spot of spots.values()) expect(spot.clear).toBe(true);
    expectClear([target, ...sources], spots);
  });

  it('keeps two words of edges between the same pair of cards apart', () => {
    const a = card(0, 0);
    const b = card(500, 40);
    const spots = placeLabels([a, b], [edge('one', a, b), edge('two', a, b)]);
    expectClear([a, b], spots);
    const [one, two] = [spots.get('one')!, spots.get('two')!];
    expect(one.onLine && two.onLine).toBe(true);
    expect(one.t).not.toBe(two.t);
  });

  it('leaves the line, with an anchor on it, only when the whole line runs under cards', () => {
    const a = card(0, 0);
    const b = card(700, 0);
    // A wall of cards over the whole span between a and b.
    const wall = card(220, -10, 480, 140);
    const e = edge('e', a, b);
    const spots = placeLabels([a, b, wall], [e]);
    const spot = spots.get('e')!;
    expect(spot.onLine).toBe(false);
    expect(spot.clear).toBe(true);
    expect(spot.anchor).toEqual(bezierPoint(e.from, e.to, spot.t));
    expectClear([a, b, wall], spots);
  });

  it('places a word for every edge of a crowded grid without covering a card', () => {
    const cards: Rect[] = [];
    for (let col = 0; col < 4; col++)
      for (let row = 0; row < 4; row++) cards.push(card(col * 360, row * 190));
    const edges: LabelledEdge[] = [];
    for (let col = 0; col < 3; col++)
      for (let row = 0; row < 4; row++)
        for (const to of [row, (row + 1) % 4])
          edges.push(edge(`${col}-${row}-${to}`, cards[col * 4 + row]!, cards[(col + 1) * 4 + to]!));
    const spots = placeLabels(cards, edges);
    expect(spots.size).toBe(edges.length);
    expectClear(cards, new Map([...spots].filter(([, s]) => s.clear)));
    expect([...spots.values()].filter((s) => !s.clear)).toEqual([]);
  });
});
