/**
 * The line router's benchmark: routing every edge of a generated 1,000-node map around its cards
 * (src/ui/flow/edgeRoutes.ts), from nothing remembered (a map just opened) and during a drag (one card
 * moved, the rest remembered), and placing the edge words on the routed lines.
 *
 *   npx tsx bench/routing.bench.ts              # 1,000 nodes
 *   npx tsx bench/routing.bench.ts --nodes 400
 */
import { generateMap } from './generateMap';
import { measure } from './measure';
import { option } from './machine';
import { CARD_WIDTH } from '../src/ui/flow/planLane';
import { estimatedCardHeight } from '../src/ui/flow/cardSize';
import { EdgeRouter, type PlacedCard } from '../src/ui/flow/edgeRoutes';
import { placeLabels } from '../src/ui/flow/labelPlacement';
import { wordSize } from '../src/ui/flow/labelSpots';

const nodeCount = Number(option('nodes') ?? 1_000);
const map = generateMap(nodeCount, 20261206);
const cards: PlacedCard[] = map.nodes.map((node) => ({
  id: node.id,
  x: node.position.x,
  y: node.position.y,
  width: CARD_WIDTH,
  height: estimatedCardHeight(node, { readiness: null, stalls: null }),
}));
const edges = map.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));

const cold = measure(() => new EdgeRouter().routeAll(cards, edges), 5, 2_000);
const routes = new EdgeRouter().routeAll(cards, edges);
const routed = [...routes.values()].filter((r) => r !== null).length;

// A drag step: one card moved a little; only the lines near it are routed afresh.
const router = new EdgeRouter();
router.routeAll(cards, edges);
let step = 0;
let afresh = 0;
const drag = measure(() => {
  step++;
  const moved = cards.map((c, i) => (i === 0 ? { ...c, x: c.x + (step % 2 === 0 ? 8 : -8) } : c));
  const result = router.routeAll(moved, edges);
  afresh = router.routedLast;
  return result;
}, 15);

const byId = new Map(cards.map((c) => [c.id, c]));
const labelled = edges.flatMap((e) => {
  const [s, t] = [byId.get(e.source), byId.get(e.target)];
  if (!s || !t) return [];
  const path = routes.get(e.id)?.points;
  return [
    {
      id: e.id,
      from: { x: s.x + s.width, y: s.y + s.height / 2 },
      to: { x: t.x, y: t.y + t.height / 2 },
      label: wordSize('requires', 16),
      path,
    },
  ];
});
const words = measure(() => placeLabels(cards, labelled), 5, 2_000);

const ms = (t: { median: number; min: number; max: number }) =>
  `${t.median.toFixed(1)} ms (min ${t.min.toFixed(1)}, max ${t.max.toFixed(1)})`;
console.log(`Line routing, ${cards.length} cards and ${edges.length} edges (${routed} go around cards):`);
console.log(`  every edge, nothing remembered   ${ms(cold)}`);
console.log(`  a drag step (one card moved)     ${ms(drag)}, ${afresh} edges routed afresh`);
console.log(`  edge words on the routed lines   ${ms(words)}`);
