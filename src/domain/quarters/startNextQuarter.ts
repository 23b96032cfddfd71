import type { DecisionMap } from '../records/map';
import type { DecisionNode } from '../records/node';
import { nextPeriod } from './period';

const copyNode = (node: DecisionNode): DecisionNode => ({
  ...node,
  position: { ...node.position },
  ...(node.evidence ? { evidence: node.evidence.map((item) => ({ ...item })) } : {}),
});

/**
 * Next quarter's map, started from this one: the same nodes, edges and plan items under the same
 * ids (so the two quarters diff node by node), a new map id, `basedOn` naming this map, and the
 * period after this one ("" when this map's period is not one `nextPeriod` understands).
 * Nothing is shared with the map given: editing the copy never changes last quarter.
 */
export function startNextQuarter(map: DecisionMap, newId: string): DecisionMap {
  return {
    ...map,
    id: newId,
    basedOn: map.id,
    period: nextPeriod(map.period),
    nodes: map.nodes.map(copyNode),
    edges: map.edges.map((edge) => ({ ...edge })),
    plan: map.plan.map((item) => ({ ...item, addresses: [...item.addresses] })),
    // The deal record is the market's history, not this quarter's: it carries over.
    ...(map.deals ? { deals: map.deals.map((deal) => ({ ...deal, stalledAt: [...deal.stalledAt] })) } : {}),
  };
}
