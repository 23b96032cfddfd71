import { describe, expect, it } from 'vitest';
import {
  allowedLength,
  CardIndex,
  curvePoints,
  MAX_DETOUR,
  pointAlong,
  polylineLength,
  ROUTE_MARGIN,
  TIGHT_MARGIN,
  routeAround,
  routeLines,
  rerouteLines,
  segmentHits,
  type Card,
  type LineEnds,
} from '../../src/ui/flow/lineRoute';

const card = (id: string, x: number, y: number, width = 220, height = 120): Card => ({
  id,
  x,
  y,
  width,
  height,
});
/** A line from the right side of `a` to the left side of `b`, as the cards' handles draw it. */
const line = (id: string, a: Card, b: Card): LineEnds => ({
  id,
  source: a.id,
  target: b.id,
  from: { x: a.x + a.width, y: a.y + a.height / 2 },
  to: { x: b.x, y: b.y + b.height / 2 },
});
const grown = (c: Card, by: number) => ({
  x: c.x - by,
  y: c.y - by,
  width: c.width + 2 * by,
  height: c.height + 2 * by,
});

/** Whether a route keeps (almost) the margin from every card, apart from its short runs out of and into its own cards. */
function expectClearOf(
  route: { x: number; y: number }[],
  cards: Card[],
  ends: LineEnds,
  margin = ROUTE_MARGIN,
) {
  for (let i = 1; i < route.length; i++) {
    const a = route[i - 1]!;
    const b = route[i]!;
    for (const c of cards) {
      const own = c.id === ends.source || c.id === ends.target;
      const isEndRun = i === 1 || i === route.length - 1;
      if (own && isEndRun) continue;
      expect(segmentHits(a, b, grown(c, margin - 0.5)), `${JSON.stringify([a, b])} through ${c.id}`).toBe(
        false,
      );
    }
  }
}

describe('line routing around cards', () => {
  const a = card('a', 0, 0);
  const b = card('b', 900, 0);
  const between = card('between', 400, -40, 200, 200);

  it('leaves a line alone when nothing is in its way', () => {
    const beside = card('beside', 400, 400);
    expect(routeLines([a, b, beside], [line('e', a, b)]).size).toBe(0);
  });

  it('routes a line whose curve crosses a card around every card, ends unchanged', () => {
    const ends = line('e', a, b);
    // The plain curve does run through the card in between.
    const curve = curvePoints(ends.from, ends.to);
    expect(curve.some((p, i) => i > 0 && segmentHits(curve[i - 1]!, p, between))).toBe(true);

    const routes = routeLines([a, b, between], [ends]);
    const route = routes.get('e')!;
    expect(route).toBeDefined();
    expect(route[0]).toEqual(ends.from);
    expect(route[route.length - 1]).toEqual(ends.to);
    expectClearOf(route, [a, b, between], ends);
    // Orthogonal: every piece is horizontal or vertical.
    for (let i = 1; i < route.length; i++)
      expect(route[i]!.x === route[i - 1]!.x || route[i]!.y === route[i - 1]!.y).toBe(true);
  });

  it('threads a line through a gap between cards rather than around all of them', () => {
    const top = card('top', 400, -260, 200, 200);
    const bottom = card('bottom', 400, 100, 200, 200); // a 160-unit gap from y -60 to 100 is open
    const mid = card('mid', 400, -60 + 160 + 400, 200, 200);
    const ends = line('e', a, card('b2', 900, 300));
    const target = card('b2', 900, 300);
    const route = routeLines([a, target, top, bottom, mid], [ends]).get('e');
    if (route) expectClearOf(route, [a, target, top, bottom, mid], ends);
    expect(route).toBeDefined();
  });

  it('between cards closer than twice the margin, routes with the tight margin', () => {
    // A long column of cards 16 units apart (as on the shared screen) between the line's ends: the way
    // round it is too long, no gap keeps 14 units from both its cards, and every gap keeps 5.
    const column = Array.from({ length: 14 }, (_, i) => card(`c${i}`, 400, -500 + i * 136, 200, 120));
    const target = card('t', 900, 300);
    const ends = line('e', a, target);
    const cards = [a, target, ...column];
    expect(routeAround(ends.from, ends.to, new CardIndex(cards))).toBeNull();
    const route = routeLines(cards, [ends]).get('e');
    expect(route).toBeDefined();
    expectClearOf(route!, cards, ends, TIGHT_MARGIN);
  });

  it('keeps the curve when the only way round is absurdly long', () => {
    // A wall of cards from far above to far below: the way round is many times the straight distance.
    const wall = Array.from({ length: 12 }, (_, i) => card(`w${i}`, 400, -1500 + i * 260, 200, 260));
    const ends = line('e', a, b);
    expect(routeAround(ends.from, ends.to, new CardIndex([a, b, ...wall]))).toBeNull();
    expect(routeLines([a, b, ...wall], [ends]).size).toBe(0);
  });

  it('allows a route up to 2.5 times the straight distance, and no longer', () => {
    expect(MAX_DETOUR).toBe(2.5);
    const from = { x: 0, y: 0 };
    expect(allowedLength(from, { x: 1000, y: 0 })).toBe(2500);
    // A long blocker between far-apart ends: a route round it exists but is longer than allowed.
    const far = card('far', 3000, 0);
    const blocker = card('blocker', 1200, -2600, 200, 5320);
    const ends = line('e', a, far);
    const straight = Math.hypot(ends.to.x - ends.from.x, ends.to.y - ends.from.y);
    expect(routeAround(ends.from, ends.to, new CardIndex([a, far, blocker]))).toBeNull();
    // The same blocker made shorter: a route within the allowed length is found, and it is within it.
    const short = card('blocker', 1200, -400, 200, 920);
    const route = routeAround(ends.from, ends.to, new CardIndex([a, far, short]))!;
    expect(route).not.toBeNull();
    expect(polylineLength(route)).toBeLessThanOrEqual(MAX_DETOUR * straight);
  });

  it('keeps the curve when the line starts hemmed in', () => {
    const hem = card('hem', 230, 20, 100, 80); // 10 units right of a's side, in front of its handle
    expect(routeAround(line('e', a, b).from, line('e', a, b).to, new CardIndex([a, b, hem]))).toBeNull();
  });

  it('routes a backwards line (target left of its source) around both its own cards', () => {
    const src = card('src', 900, 0);
    const dst = card('dst', 0, 40);
    const mid = card('mid', 400, -20, 200, 200);
    const ends = line('e', src, dst);
    const route = routeLines([src, dst, mid], [ends]).get('e');
    expect(route).toBeDefined();
    expectClearOf(route!, [src, dst, mid], ends);
  });

  it('is deterministic: the same cards and lines give the same routes, whatever their order', () => {
    const cards = [a, b, between, card('c', 380, 260), card('d', 600, -300)];
    const lines = [line('e1', a, b), line('e2', a, card('c', 380, 260)), line('e3', cards[4]!, b)];
    const first = routeLines(cards, lines);
    expect(routeLines(cards, lines)).toEqual(first);
    expect(routeLines([...cards].reverse(), [...lines].reverse())).toEqual(first);
  });

  it('finds points along a route by length', () => {
    const route = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 100 },
    ];
    expect(pointAlong(route, 0)).toEqual({ x: 0, y: 0 });
    expect(pointAlong(route, 0.25)).toEqual({ x: 50, y: 0 });
    expect(pointAlong(route, 0.75)).toEqual({ x: 100, y: 50 });
    expect(pointAlong(route, 1)).toEqual({ x: 100, y: 100 });
  });
});

describe('re-routing after a move', () => {
  const a = card('a', 0, 0);
  const b = card('b', 900, 0);
  const between = card('between', 400, -40, 200, 200);
  const c = card('c', 0, 2000);
  const d = card('d', 900, 2000);
  const cards = [a, b, between, c, d];
  const lines = [line('near', a, b), line('far', c, d)];

  it('keeps the routes of lines no moved card is near, and routes again the lines near a moved card', () => {
    const first = rerouteLines(cards, lines, null);
    expect(first.routes.has('near')).toBe(true);
    // Nothing moved: every line keeps what it had, the very same objects.
    const same = rerouteLines(cards, lines, first);
    expect(same.lines.get('near')).toBe(first.lines.get('near'));
    expect(same.lines.get('far')).toBe(first.lines.get('far'));
    // The card in the way of `near` moves down: `near` is routed again (and differently); `far`, far
    // from it, keeps its last result.
    const moved = [a, b, { ...between, y: 40 }, c, d];
    const after = rerouteLines(moved, lines, first);
    expect(after.lines.get('far')).toBe(first.lines.get('far'));
    expect(after.lines.get('near')).not.toBe(first.lines.get('near'));
    expect(after.routes.get('near')).not.toEqual(first.routes.get('near'));
    expect(after.routes).toEqual(routeLines(moved, lines));
  });

  it('routes a line again when a card comes into the way of its curve', () => {
    const first = rerouteLines([a, b, c, d], lines, null);
    expect(first.routes.size).toBe(0);
    const after = rerouteLines(cards, lines, first);
    expect(after.routes.has('near')).toBe(true);
    expect(after.lines.get('far')).toBe(first.lines.get('far'));
  });

  it('gives what routing every line again gives, after many moves', () => {
    let pass = rerouteLines(cards, lines, null);
    let now = cards;
    for (let step = 0; step < 12; step++) {
      now = now.map((k, i) =>
        i === step % now.length ? { ...k, x: k.x + 37, y: k.y + 53 * ((step % 3) - 1) } : k,
      );
      const ends = lines.map((l) => {
        const s = now.find((k) => k.id === l.source)!;
        const t = now.find((k) => k.id === l.target)!;
        return line(l.id, s, t);
      });
      pass = rerouteLines(now, ends, pass);
      expect(pass.routes).toEqual(routeLines(now, ends));
    }
  });
});
