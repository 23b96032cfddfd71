import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Point, Rect } from '../../src/ui/flow/cardGeometry';
import {
  CARD_MARGIN,
  MOST_CARDS,
  curveCrosses,
  roundedPath,
  routeAroundCards,
  segmentEnters,
  type Route,
} from '../../src/ui/flow/routeAroundCards';
import { EdgeRouter, type PlacedCard } from '../../src/ui/flow/edgeRoutes';

const card = (x: number, y: number, width = 280, height = 110): Rect => ({ x, y, width, height });
const ends = (source: Rect, target: Rect) => ({
  from: { x: source.x + source.width, y: source.y + source.height / 2 },
  to: { x: target.x, y: target.y + target.height / 2 },
  source,
  target,
});

/** Points every few units along an SVG path of M, L and Q commands (as roundedPath writes them). */
function sampled(d: string): Point[] {
  const numbers = (s: string) => s.trim().split(/[ ,]+/).map(Number);
  const points: Point[] = [];
  let at: Point = { x: 0, y: 0 };
  for (const [, command, args] of d.matchAll(/([MLQ])([^MLQ]*)/g)) {
    const n = numbers(args!);
    if (command === 'M') at = { x: n[0]!, y: n[1]! };
    else if (command === 'L') {
      const to = { x: n[0]!, y: n[1]! };
      for (let k = 0; k <= 50; k++)
        points.push({ x: at.x + ((to.x - at.x) * k) / 50, y: at.y + ((to.y - at.y) * k) / 50 });
      at = to;
    } else {
      const [c, to] = [
        { x: n[0]!, y: n[1]! },
        { x: n[2]!, y: n[3]! },
      ];
      for (let k = 0; k <= 20; k++) {
        const t = k / 20;
        const [a, b, e] = [(1 - t) ** 2, 2 * (1 - t) * t, t ** 2];
        points.push({ x: a * at.x + b * c.x + e * to.x, y: a * at.y + b * c.y + e * to.y });
      }
      at = to;
    }
  }
  return points;
}

const inside = (p: Point, r: Rect) => p.x > r.x && p.x < r.x + r.width && p.y > r.y && p.y < r.y + r.height;

/** The cards the drawn line (rounded corners and all) passes inside. */
function crossed(route: Route, cards: readonly Rect[]): Rect[] {
  const points = sampled(roundedPath(route.points, route.corner));
  return cards.filter((c) => points.some((p) => inside(p, c)));
}

describe('routing a line around cards', () => {
  it('keeps the plain curve when no card is in the way', () => {
    const a = card(0, 0);
    const b = card(700, 300);
    expect(routeAroundCards(ends(a, b), [card(0, 600), card(700, 0)])).toBeNull();
  });

  it('goes around a card between the two ends, and starts and ends on them', () => {
    const a = card(0, 200);
    const b = card(840, 200);
    const between = card(420, 180, 280, 150);
    const e = ends(a, b);
    expect(curveCrosses(e.from, e.to, [between])).toBe(true);
    const route = routeAroundCards(e, [between])!;
    expect(route).not.toBeNull();
    expect(route.points[0]).toEqual(e.from);
    expect(route.points[route.points.length - 1]).toEqual(e.to);
    expect(crossed(route, [between, a, b])).toEqual([]);
    // Straight stretches only, and no more bends than going over or under the card takes.
    for (let k = 1; k < route.points.length; k++) {
      const [p, q] = [route.points[k - 1]!, route.points[k]!];
      expect(p.x === q.x || p.y === q.y).toBe(true);
    }
    expect(route.points.length).toBeLessThanOrEqual(6);
  });

  it('finds a way when a third card sits inside the margin at the line’s start', () => {
    const a = card(0, 0, 220, 120);
    const close = card(230, 70, 220, 120); // 10 units right of the source, just below its handle
    const b = card(700, 220, 220, 120);
    const e = ends(a, b);
    expect(curveCrosses(e.from, e.to, [close])).toBe(true);
    const route = routeAroundCards(e, [close])!;
    expect(route).not.toBeNull();
    expect(crossed(route, [close])).toEqual([]);
  });

  it('squeezes between cards closer together than twice the margin rather than through them', () => {
    // A column of cards 12 units apart between the two ends.
    const column = [0, 1, 2, 3, 4].map((k) => card(420, k * 122, 280, 110));
    const a = card(0, 250);
    const b = card(840, 250);
    const route = routeAroundCards(ends(a, b), column)!;
    expect(route).not.toBeNull();
    expect(crossed(route, column)).toEqual([]);
    const ys = route.points.map((p) => p.y);
    expect(Math.min(...ys)).toBeGreaterThan(0); // through a gap, not over the top of the column
  });

  it('never enters a card other than its ends on random layouts', () => {
    const layout = fc.array(
      fc.record({ x: fc.integer({ min: 0, max: 1400 }), y: fc.integer({ min: 0, max: 1000 }) }),
      { minLength: 3, maxLength: 14 },
    );
    fc.assert(
      fc.property(layout, (spots) => {
        // Cards at least a unit apart (none overlaps another), the first two the line's ends.
        const cards: Rect[] = [];
        for (const s of spots) {
          const c = card(s.x, s.y, 200, 90);
          if (cards.every((o) => gapBetween(c, o) >= 1)) cards.push(c);
        }
        if (cards.length < 3) return;
        const [source, target, ...others] = cards as [Rect, Rect, ...Rect[]];
        const e = ends(source, target);
        const stubs = [
          { x: e.from.x + CARD_MARGIN, y: e.from.y },
          { x: e.to.x - CARD_MARGIN, y: e.to.y },
        ];
        // A way round exists when nothing sits right at either handle.
        fc.pre(
          others.every(
            (o) => !segmentEnters(e.from, stubs[0]!, grown1(o)) && !segmentEnters(stubs[1]!, e.to, grown1(o)),
          ),
        );
        const route = routeAroundCards(e, others);
        if (route === null) expect(curveCrosses(e.from, e.to, others)).toBe(false);
        else expect(crossed(route, others)).toEqual([]);
      }),
      { numRuns: 400, seed: 20261206 },
    );
  });

  it('keeps the curve among more cards than a drag step can afford to route around', () => {
    const a = card(0, 0);
    const b = card(3000, 0);
    const between = card(1400, -20, 280, 150);
    const crowd = Array.from({ length: MOST_CARDS }, (_, k) =>
      card(400 + (k % 8) * 300, 400 + Math.floor(k / 8) * 200),
    );
    expect(routeAroundCards(ends(a, b), [between, ...crowd.slice(1)])).not.toBeNull();
    expect(routeAroundCards(ends(a, b), [between, ...crowd])).toBeNull();
  });

  it('gives the same line for the same cards', () => {
    const a = card(0, 200);
    const b = card(840, 260);
    const others = [card(420, 150, 280, 200), card(420, 400)];
    expect(routeAroundCards(ends(a, b), others)).toEqual(routeAroundCards(ends(a, b), others));
  });
});

describe('routing a whole map', () => {
  const placed = (id: string, r: Rect): PlacedCard => ({ id, ...r });
  const map = () => [
    placed('a', card(0, 200)),
    placed('b', card(840, 200)),
    placed('between', card(420, 180, 280, 150)),
    placed('c', card(0, 2000)),
    placed('d', card(840, 2100)),
    placed('far', card(3000, 3000)),
  ];
  const edges = [
    { id: 'a-b', source: 'a', target: 'b' },
    { id: 'c-d', source: 'c', target: 'd' },
  ];

  it('re-routes only the edges whose cards or near cards moved', () => {
    const router = new EdgeRouter();
    const first = router.routeAll(map(), edges);
    expect(first.get('a-b')).not.toBeNull();
    expect(first.get('c-d')).toBeNull();

    const again = router.routeAll(map(), edges);
    expect(router.routedLast).toBe(0);
    expect(again.get('a-b')).toBe(first.get('a-b'));

    // A card far from every line moves: nothing is routed afresh.
    router.routeAll(
      map().map((c) => (c.id === 'far' ? { ...c, x: 3100 } : c)),
      edges,
    );
    expect(router.routedLast).toBe(0);

    // The card in the way moves: only its line is routed afresh, and now keeps clear of it.
    const moved = map().map((c) => (c.id === 'between' ? { ...c, y: 140 } : c));
    const after = router.routeAll(moved, edges);
    expect(router.routedLast).toBe(1);
    expect(after.get('a-b')).not.toEqual(first.get('a-b'));
    expect(crossed(after.get('a-b')!, [moved[2]!])).toEqual([]);
  });

  it('draws the plain curve for an edge whose cards are not measured yet', () => {
    const routes = new EdgeRouter().routeAll(map(), [{ id: 'x', source: 'a', target: 'nowhere' }]);
    expect(routes.has('x')).toBe(false);
  });
});

function gapBetween(a: Rect, b: Rect): number {
  return Math.max(b.x - a.x - a.width, a.x - b.x - b.width, b.y - a.y - a.height, a.y - b.y - b.height);
}
const grown1 = (r: Rect): Rect => ({ x: r.x - 1, y: r.y - 1, width: r.width + 2, height: r.height + 2 });
