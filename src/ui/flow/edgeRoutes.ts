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
  route: Route | null;
}

/**
 * Routes every edge around the cards (routeAroundCards.ts) within its corridor (the box its two ends
 * span, grown by CORRIDOR), remembering each edge's route with the positions and sizes of its two cards
 * and of every card in that corridor: when those are unchanged, so is the route (the same object), so a
 * dragged card re-routes only the edges it was near.
 */
export class EdgeRouter {
  private remembered = new Map<string, Remembered>();
  /** How many edges the last call routed afresh (the rest it remembered). */
  routedLast = 0;

  routeAll(cards: readonly PlacedCard[], edges: readonly EdgeEnds[]): Map<string, Route | null> {
    const byId = new Map<string, PlacedCard>();
    const grid = new RectGrid<PlacedCard>(480);
    for (const card of cards) {
      byId.set(card.id, card);
      grid.add(card);
    }
    const routes = new Map<string, Route | null>();
    const remembered = new Map<string, Remembered>();
    this.routedLast = 0;
    for (const edge of edges) {
      const source = byId.get(edge.source);
      const target = byId.get(edge.target);
      if (!source || !target) continue;
      const from = { x: source.x + source.width, y: source.y + source.height / 2 };
      const to = { x: target.x, y: target.y + target.height / 2 };
      const line = {
        x: Math.min(from.x, to.x),
        y: Math.min(from.y, to.y),
        width: Math.abs(to.x - from.x),
        height: Math.abs(to.y - from.y),
      };
      const others = grid.near(grown(line, CORRIDOR)).filter((c) => c !== source && c !== target);
      const key = [source, target, ...others].map(cardKey).join(';');
      let entry = this.remembered.get(edge.id);
      if (entry?.key !== key) {
        entry = { key, route: routeAroundCards({ from, to, source, target }, others) };
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
