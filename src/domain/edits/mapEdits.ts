import { nextFreePosition } from '../layout/columns';
import { kindWithArticle } from '../words';
import { LIMITS } from '../limits';
import { approverSchema } from '../records/approver';
import { frictionSchema } from '../records/friction';
import { mapSchema, type DecisionMap } from '../records/map';
import { DEFAULT_LABELS, defaultNode, type DecisionNode } from '../records/node';
import { proofSchema } from '../records/proof';
import { riskSchema } from '../records/risk';
import type { NodeKind } from '../records/states';
import {
  clampPosition,
  refuse,
  refusalFromZod,
  structuralRefusal,
  tidyLabel,
  type EditOutcome,
} from './editChecks';
import type { IdSource } from './ids';
import { applyPatch } from './patch';
import type { MapFieldsPatch, NewNode, NodeMove, NodePatch, Selection } from './types';

/*
 * Pure edits of a decision map: DecisionMap in, DecisionMap out. The store's actions are thin wrappers
 * over these. Records an edit does not touch keep their identity (the canvas and the analysis memo rely
 * on it), and an edit that changes nothing returns the very same map (so undo records no empty step).
 */

const SCHEMA_BY_KIND = {
  approver: approverSchema,
  proof: proofSchema,
  risk: riskSchema,
  friction: frictionSchema,
};

/** How far a copy lands from its original. */
export const DUPLICATE_OFFSET = 40;

function isIdTaken(map: DecisionMap, id: string): boolean {
  return (
    map.nodes.some((n) => n.id === id) ||
    map.plan.some((p) => p.id === id) ||
    map.edges.some((e) => e.id === id)
  );
}

/** Adds a node of `kind` with the kind's defaults; label and position are tidied rather than refused. */
export function addNode(map: DecisionMap, kind: NodeKind, id: string, partial: NewNode = {}): EditOutcome {
  if (map.nodes.length >= LIMITS.nodes)
    return refuse(`A map holds at most ${LIMITS.nodes.toLocaleString('en-US')} nodes.`);
  if (isIdTaken(map, id)) return refuse(`The id ${JSON.stringify(id)} is already used.`);
  const label = tidyLabel(partial.label, DEFAULT_LABELS[kind], LIMITS.label);
  const position = (partial.position && clampPosition(partial.position)) ?? nextFreePosition(map.nodes, kind);
  return { ok: true, map: { ...map, nodes: [...map.nodes, defaultNode(kind, id, label, position)] } };
}

/** Changes fields of one node. Fields of another kind, an id or kind change, and invalid values are refused. */
export function updateNode(map: DecisionMap, id: string, patch: NodePatch): EditOutcome {
  const index = map.nodes.findIndex((n) => n.id === id);
  const node = map.nodes[index];
  if (!node) return refuse(`No node has id ${JSON.stringify(id)}.`);
  const schema = SCHEMA_BY_KIND[node.kind];
  const patched = applyPatch(node, patch, schema.shape, ['id', 'kind']);
  if (!patched.ok)
    return patched.fixed
      ? refuse(`The ${patched.key} of a node cannot be changed.`, patched.key)
      : refuse(`${kindWithArticle(node.kind)} has no ${patched.key}.`, patched.key);
  const { next, changed } = patched;
  if (!changed) return { ok: true, map };
  const checked = schema.safeParse(next);
  if (!checked.success) return refusalFromZod(checked.error);
  const nodes = map.nodes.slice();
  nodes[index] = next as DecisionNode;
  return { ok: true, map: { ...map, nodes } };
}

/**
 * Moves nodes. Only `position` changes: every other field keeps its identity, so the analysis memo can
 * tell a move from an edit. Coordinates are clamped to ±1,000,000; non-finite ones are ignored.
 */
export function moveNodes(map: DecisionMap, moves: readonly NodeMove[]): DecisionMap {
  const target = new Map<string, { x: number; y: number }>();
  for (const move of moves) {
    const position = clampPosition(move.position);
    if (position) target.set(move.id, position);
  }
  if (target.size === 0) return map;
  let changed = false;
  const nodes = map.nodes.map((node) => {
    const position = target.get(node.id);
    if (!position || (position.x === node.position.x && position.y === node.position.y)) return node;
    changed = true;
    return { ...node, position };
  });
  return changed ? { ...map, nodes } : map;
}

/** The deal record without the given nodes among where deals stalled (the same array when none was there). */
function dealsWithout(deals: DecisionMap['deals'], nodeIds: ReadonlySet<string>): DecisionMap['deals'] {
  if (
    deals === undefined ||
    nodeIds.size === 0 ||
    !deals.some((d) => d.stalledAt.some((id) => nodeIds.has(id)))
  )
    return deals;
  return deals.map((deal) =>
    deal.stalledAt.some((id) => nodeIds.has(id))
      ? { ...deal, stalledAt: deal.stalledAt.filter((id) => !nodeIds.has(id)) }
      : deal,
  );
}

/** Removes nodes (with every edge touching them, their ids in plan items' addresses and in deals' stalls), edges and plan items. */
export function deleteItems(map: DecisionMap, selection: Selection): DecisionMap {
  const nodeIds = new Set(selection.nodes);
  const edgeIds = new Set(selection.edges);
  const planIds = new Set(selection.planItems);
  const nodes = map.nodes.filter((n) => !nodeIds.has(n.id));
  const edges = map.edges.filter(
    (e) => !edgeIds.has(e.id) && !nodeIds.has(e.source) && !nodeIds.has(e.target),
  );
  let planChanged = false;
  const plan = map.plan.flatMap((item) => {
    if (planIds.has(item.id)) {
      planChanged = true;
      return [];
    }
    if (!item.addresses.some((id) => nodeIds.has(id))) return [item];
    planChanged = true;
    return [{ ...item, addresses: item.addresses.filter((id) => !nodeIds.has(id)) }];
  });
  const deals = dealsWithout(map.deals, nodeIds);
  const nodesChanged = nodes.length !== map.nodes.length;
  const edgesChanged = edges.length !== map.edges.length;
  if (!nodesChanged && !edgesChanged && !planChanged) return map;
  return {
    ...map,
    nodes: nodesChanged ? nodes : map.nodes,
    edges: edgesChanged ? edges : map.edges,
    plan: planChanged ? plan : map.plan,
    ...(deals === map.deals ? {} : { deals }),
  };
}

/**
 * Copies the selected nodes (offset down-right), the edges joining two selected nodes, and the selected
 * plan items (addressing the same nodes as their originals). Gives the copies' ids as a selection.
 */
export function duplicateItems(
  map: DecisionMap,
  selection: Selection,
  newId: IdSource,
): EditOutcome<{ selection: Selection }> {
  const chosen = new Set(selection.nodes);
  const copyOf = new Map<string, string>();
  const nodeCopies: DecisionNode[] = [];
  for (const node of map.nodes) {
    if (!chosen.has(node.id)) continue;
    const id = newId(node.kind);
    copyOf.set(node.id, id);
    const position =
      clampPosition({ x: node.position.x + DUPLICATE_OFFSET, y: node.position.y + DUPLICATE_OFFSET }) ??
      node.position;
    nodeCopies.push({ ...node, id, position });
  }
  const edgeCopies = map.edges.flatMap((edge) => {
    const source = copyOf.get(edge.source);
    const target = copyOf.get(edge.target);
    return source && target ? [{ id: newId('edge'), kind: edge.kind, source, target }] : [];
  });
  const planChosen = new Set(selection.planItems);
  const planCopies = map.plan
    .filter((item) => planChosen.has(item.id))
    .map((item) => ({ ...item, id: newId('plan'), addresses: item.addresses.slice() }));
  const copied: Selection = {
    nodes: nodeCopies.map((n) => n.id),
    edges: edgeCopies.map((e) => e.id),
    planItems: planCopies.map((p) => p.id),
  };
  if (nodeCopies.length === 0 && planCopies.length === 0) return { ok: true, map, selection: copied };
  const next: DecisionMap = {
    ...map,
    nodes: nodeCopies.length ? [...map.nodes, ...nodeCopies] : map.nodes,
    edges: edgeCopies.length ? [...map.edges, ...edgeCopies] : map.edges,
    plan: planCopies.length ? [...map.plan, ...planCopies] : map.plan,
  };
  const refusal = structuralRefusal(next);
  return refusal ?? { ok: true, map: next, selection: copied };
}

export function deleteEdge(map: DecisionMap, id: string): DecisionMap {
  const edges = map.edges.filter((e) => e.id !== id);
  return edges.length === map.edges.length ? map : { ...map, edges };
}

const MAP_FIELDS = ['title', 'decision', 'market', 'period', 'notes'] as const;

/** Changes the map's own fields (title, decision, market, period, notes); `notes: undefined` removes the notes. */
export function updateMapFields(map: DecisionMap, patch: MapFieldsPatch): EditOutcome {
  const next: Record<string, unknown> = { ...map };
  let changed = false;
  for (const [key, value] of Object.entries(patch)) {
    const field = MAP_FIELDS.find((f) => f === key);
    if (!field) return refuse(`A map has no editable field ${key}.`, key);
    if (value === undefined) {
      if (field === 'notes') {
        if ('notes' in next) {
          delete next.notes;
          changed = true;
        }
        continue;
      }
      return refuse('must not be empty', field);
    }
    const checked = mapSchema.shape[field].safeParse(value);
    if (!checked.success)
      return refuse(checked.error.issues[0]?.message ?? 'This value is not allowed.', field);
    if (next[field] !== value) {
      next[field] = value;
      changed = true;
    }
  }
  return changed ? { ok: true, map: next as DecisionMap } : { ok: true, map };
}
