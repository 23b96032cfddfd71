import { grown, RectGrid, type Rect } from './cardGeometry';
import { CORRIDOR, routeAroundCards, type Route } from './routeAroundCards';

/** A card on the canvas, by id. */
export interface PlacedCard extends Rect {
  id: string;
}

/** An edge to route: from the right side of its source card to the left side of its target card. */
export interface EdgeEnds {
  id: string;
  source: string;
  target: string;
}

interface Remembered {
  key: string;
  /** The positions and sizes of the edge's two cards when it was routed. */
  ends: string;
  route: Route | null;
}

/** How a pass may route: not at all (a card is being dragged), or for at most so long. */
export interface RoutingPass {
  /** A card is being dragged: nothing is routed (see routeAll). */
  frozen?: boolean;
  /** The most milliseconds the pass may spend routing; the edges left over wait for the next pass. */
  budget?: number;
  /** The clock the budget is read on (performance.now unless told). */
  now?: () => number;
}

/**
 * Routes every edge around the cards (routeAroundCards.ts) within its corridor (the box its two ends
 * span, grown by CORRIDOR), remembering each edge's route with the positions and sizes of its two cards
 * and of every card in that corridor: when those are unchanged, so is the route (the same object), so a
 * dropped card re-routes only the edges it was near.
 *
 * An edge not routed in a pass (a drag is under way, or the pass ran out of time) keeps its last route
 * while its two cards stay put and draws the plain curve once one of them moved; it is routed by the
 * next pass that has the time.
 */
export class EdgeRouter {
  private remembered = new Map<string, Remembered>();
  /** How many edges the last call routed afresh (the rest it remembered or left for later). */
  routedLast = 0;
  /** Whether the last call left edges to route for want of time (never set by a frozen pass). */
  pending = false;

  routeAll(
    cards: readonly PlacedCard[],
    edges: readonly EdgeEnds[],
    pass: RoutingPass = {},
  ): Map<string, Route | null> {
    const { frozen = false, budget = Infinity, now = () => performance.now() } = pass;
    const started = budget === Infinity ? 0 : now();
    const byId = new Map<string, PlacedCard>();
    const grid = new RectGrid<PlacedCard>(480);
    for (const card of cards) byId.set(card.id, card);
    if (!frozen) for (const card of cards) grid.add(card);
    const routes = new Map<string, Route | null>();
    const remembered = new Map<string, Remembered>();
    this.routedLast = 0;
    this.pending = false;
    for (const edge of edges) {
      const source = byId.get(edge.source);
      const target = byId.get(edge.target);
      if (!source || !target) continue;
      const ends = `${cardKey(source)};${cardKey(target)}`;
      const last = this.remembered.get(edge.id);
      const keepLast = () => {
        if (last) remembered.set(edge.id, last);
        routes.set(edge.id, last?.ends === ends ? last.route : null);
      };
      if (frozen) {
        keepLast();
        continue;
      }
      const from = { x: source.x + source.width, y: source.y + source.height / 2 };
      const to = { x: target.x, y: target.y + target.height / 2 };
      const line = {
        x: Math.min(from.x, to.x),
        y: Math.min(from.y, to.y),
        width: Math.abs(to.x - from.x),
        height: Math.abs(to.y - from.y),
      };
      const others = grid.near(grown(line, CORRIDOR)).filter((c) => c !== source && c !== target);
      const key = [ends, ...others.map(cardKey)].join(';');
      let entry = last;
      if (entry?.key !== key) {
        if (this.pending || (this.routedLast > 0 && now() - started > budget)) {
          this.pending = true;
          keepLast();
          continue;
        }
        entry = { key, ends, route: routeAroundCards({ from, to, source, target }, others) };
        this.routedLast++;
      }
      remembered.set(edge.id, entry);
      routes.set(edge.id, entry.route);
    }
    this.remembered = remembered;
    return routes;
  }
}

const cardKey = (c: PlacedCard) => `${c.id}@${c.x},${c.y},${c.width},${c.height}`;
