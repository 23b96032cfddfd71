import type { Evidence } from '../records/common';
import type { Deal } from '../records/deal';
import type { Edge } from '../records/edge';
import { CURRENT_VERSION, MAP_FORMAT, WORKSPACE_FORMAT } from '../records/file';
import type { DecisionMap } from '../records/map';
import type { DecisionNode } from '../records/node';
import type { PlanItem } from '../records/planItem';

/**
 * The one way out. Every record is rebuilt field by field in FORMAT.md's order (optional fields
 * left out when absent, anything else the object carries dropped), so the same map always gives
 * the same bytes. Nodes, edges and plan items keep the order the user made them in.
 */
type Ordered = { [key: string]: unknown };

/** Puts `value` under `key` only when it is defined. */
const optional = (out: Ordered, key: string, value: unknown): Ordered => {
  if (value !== undefined) out[key] = value;
  return out;
};

function evidenceOut(item: Evidence): Ordered {
  const out = optional(optional({ text: item.text }, 'url', item.url), 'date', item.date);
  out.source = item.source;
  return optional(out, 'by', item.by);
}

/** The fields only this kind of node has, in FORMAT.md's order. */
function kindFields(node: DecisionNode): Ordered {
  switch (node.kind) {
    case 'approver':
      return { role: node.role, veto: node.veto, influence: node.influence, stance: node.stance };
    case 'proof':
      return { status: node.status };
    case 'risk':
      return { severity: node.severity, reduction: node.reduction };
    case 'friction':
      return { severity: node.severity, status: node.status };
  }
}

function nodeOut(node: DecisionNode): Ordered {
  const out: Ordered = { id: node.id, kind: node.kind, label: node.label, ...kindFields(node) };
  optional(out, 'notes', node.notes);
  out.position = { x: node.position.x, y: node.position.y };
  return optional(out, 'evidence', node.evidence?.map(evidenceOut));
}

const edgeOut = (edge: Edge): Ordered => ({
  id: edge.id,
  kind: edge.kind,
  source: edge.source,
  target: edge.target,
});

function planItemOut(item: PlanItem): Ordered {
  const out: Ordered = {
    id: item.id,
    title: item.title,
    category: item.category,
    addresses: [...item.addresses],
  };
  optional(out, 'owner', item.owner);
  return optional(out, 'notes', item.notes);
}

function dealOut(deal: Deal): Ordered {
  const out = optional({ id: deal.id, name: deal.name, outcome: deal.outcome }, 'closedOn', deal.closedOn);
  out.stalledAt = [...deal.stalledAt];
  return optional(out, 'notes', deal.notes);
}

/** A map as the plain, ordered object a file holds. */
export function mapOut(map: DecisionMap): Ordered {
  const out: Ordered = {
    id: map.id,
    title: map.title,
    decision: map.decision,
    market: map.market,
    period: map.period,
  };
  optional(out, 'basedOn', map.basedOn);
  out.nodes = map.nodes.map(nodeOut);
  out.edges = map.edges.map(edgeOut);
  out.plan = map.plan.map(planItemOut);
  // Written when the map has a deal record, an empty one too (a migrated version 1 map has `[]`).
  optional(out, 'deals', map.deals?.map(dealOut));
  return optional(out, 'notes', map.notes);
}

const toText = (file: Ordered): string => `${JSON.stringify(file, null, 2)}\n`;

/** A decision map file (FORMAT.md "File"): 2-space indentation, trailing newline, stable bytes. */
export function serializeMapFile(map: DecisionMap, exportedAt: string = new Date().toISOString()): string {
  return toText({ format: MAP_FORMAT, version: CURRENT_VERSION, exportedAt, map: mapOut(map) });
}

/** A workspace file: several maps, in the order given. */
export function serializeWorkspaceFile(
  maps: readonly DecisionMap[],
  exportedAt: string = new Date().toISOString(),
): string {
  return toText({ format: WORKSPACE_FORMAT, version: CURRENT_VERSION, exportedAt, maps: maps.map(mapOut) });
}
