import { compareIds } from '../analysis/compareIds';
import type { GraphSide, ScoringGraph } from '../analysis/scoringGraph';
import type { DecisionNode } from '../records/node';
import type { DecisionMap } from '../records/map';
import type { RecordChange } from './types';

/** Structural equality of JSON-like values; a missing key and an `undefined` one are the same. */
export function deepEqual(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) || Array.isArray(y)) {
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!deepEqual(x[i], y[i])) return false;
    return true;
  }
  const a = x as Record<string, unknown>;
  const b = y as Record<string, unknown>;
  let keys = 0;
  for (const key of Object.keys(a)) {
    if (a[key] === undefined) continue;
    keys++;
    if (!Object.hasOwn(b, key) || !deepEqual(a[key], b[key])) return false;
  }
  for (const key of Object.keys(b)) if (b[key] !== undefined) keys--;
  return keys === 0;
}

/** Plan items list what they address; the order of that list is not a change. */
const sameAddresses = (x: unknown, y: unknown): boolean =>
  Array.isArray(x) &&
  Array.isArray(y) &&
  deepEqual([...x].map(String).sort(compareIds), [...y].map(String).sort(compareIds));

const sameField = (key: string, x: unknown, y: unknown): boolean =>
  deepEqual(x, y) || (key === 'addresses' && sameAddresses(x, y));

/** Fields (other than `ignored`) whose values differ, each as [before, after], in field-name order. */
export function changedFields(
  before: object,
  after: object,
  ignored: readonly string[],
): Record<string, [unknown, unknown]> {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const changed: string[] = [];
  for (const key of Object.keys(a)) {
    if (!ignored.includes(key) && !sameField(key, a[key], Object.hasOwn(b, key) ? b[key] : undefined))
      changed.push(key);
  }
  for (const key of Object.keys(b)) {
    if (!ignored.includes(key) && !Object.hasOwn(a, key) && b[key] !== undefined) changed.push(key);
  }
  const fields: Record<string, [unknown, unknown]> = {};
  for (const key of changed.sort(compareIds)) {
    const value: [unknown, unknown] = [
      Object.hasOwn(a, key) ? a[key] : undefined,
      Object.hasOwn(b, key) ? b[key] : undefined,
    ];
    Object.defineProperty(fields, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return fields;
}

interface Identified {
  id: string;
}

/** Records matched by id: which were added, removed and changed (ids in id order). */
export function compareById<T extends Identified>(
  before: readonly T[],
  after: readonly T[],
  ignored: readonly string[],
): {
  added: string[];
  removed: string[];
  changed: RecordChange[];
  unchangedApartFrom: (id: string) => boolean;
} {
  const beforeById = new Map(before.map((record) => [record.id, record]));
  const afterById = new Map(after.map((record) => [record.id, record]));
  const added = [...afterById.keys()].filter((id) => !beforeById.has(id)).sort(compareIds);
  const removed = [...beforeById.keys()].filter((id) => !afterById.has(id)).sort(compareIds);
  const changed: RecordChange[] = [];
  const identical = new Set<string>();
  for (const id of [...afterById.keys()].sort(compareIds)) {
    const old = beforeById.get(id);
    if (!old) continue;
    const fields = changedFields(old, afterById.get(id)!, ignored);
    if (Object.keys(fields).length > 0) changed.push({ id, fields });
    else identical.add(id);
  }
  return { added, removed, changed, unchangedApartFrom: (id) => identical.has(id) };
}

const NODE_FIELDS_NOT_COMPARED = ['id', 'position'];

/**
 * Node changes, nodes matched by id (the scoring graph numbers them in id order, one number per
 * kind). A node whose only change is its position on the canvas is `moved`, not changed.
 */
export function compareNodes(graph: ScoringGraph, from: GraphSide, to: GraphSide) {
  const added: string[] = [];
  const removed: string[] = [];
  const changed: RecordChange[] = [];
  const moved: string[] = [];
  const count = graph.ids.length;
  for (let n = 0; n < count;) {
    const id = graph.ids[n]!;
    let before: DecisionNode | undefined;
    let after: DecisionNode | undefined;
    // An id has one number per kind it has in either map (two only if a map changed its kind).
    for (; n < count && graph.ids[n] === id; n++) {
      before ??= from.nodes[n];
      after ??= to.nodes[n];
    }
    if (!before) added.push(id);
    else if (!after) removed.push(id);
    else if (before !== after) {
      const fields = changedFields(before, after, NODE_FIELDS_NOT_COMPARED);
      if (Object.keys(fields).length > 0) changed.push({ id, fields });
      else if (!deepEqual(before.position, after.position)) moved.push(id);
    }
  }
  return { added, removed, changed, moved };
}

/**
 * Edges matched by kind, source and target (the scoring graph numbers each such edge once): ids of
 * the later map's new edges and of the earlier map's gone ones.
 */
export function compareEdges(from: GraphSide, to: GraphSide): { added: string[]; removed: string[] } {
  const added: string[] = [];
  const removed: string[] = [];
  from.edges.forEach((inFrom, e) => {
    const inTo = to.edges[e];
    if (inFrom === 1 && inTo === 0) removed.push(from.edgeList[from.edgePlaces[e]!]!.id);
    if (inFrom === 0 && inTo === 1) added.push(to.edgeList[to.edgePlaces[e]!]!.id);
  });
  return { added: added.sort(compareIds), removed: removed.sort(compareIds) };
}

/** Map-level fields that changed (title, decision, market, period, basedOn, notes). */
export function compareMapFields(a: DecisionMap, b: DecisionMap): Record<string, [unknown, unknown]> {
  return changedFields(a, b, ['id', 'nodes', 'edges', 'plan']);
}
