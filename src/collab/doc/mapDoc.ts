import * as Y from 'yjs';
import type { DecisionMap } from '../../domain/records/map';
import { approverSchema } from '../../domain/records/approver';
import { dealSchema } from '../../domain/records/deal';
import { edgeSchema } from '../../domain/records/edge';
import { frictionSchema } from '../../domain/records/friction';
import { planItemSchema } from '../../domain/records/planItem';
import { proofSchema } from '../../domain/records/proof';
import { riskSchema } from '../../domain/records/risk';

/*
 * The decision map as a Yjs document — only what FORMAT.md saves. Selection, dragging state and the
 * viewport are never in it (they travel as awareness, see presence.ts).
 *
 *   map    Y.Map    the map's own fields: id, title, decision, market, period, basedOn, notes
 *   nodes  Y.Array  one Y.Map per node        ┐ in the order the map lists them. Each record is created
 *   edges  Y.Array  one Y.Map per edge        │ once and then edited field by field, never replaced;
 *   plan   Y.Array  one Y.Map per plan item   │ deleting it sets `deleted: true` in it (see below).
 *   deals  Y.Array  one Y.Map per deal        ┘ (format version 2: the deal record)
 *
 * Why a mark and not a removal: someone who has not seen the delete yet may still move or rename the
 * node. Their edit lands in the same record, which stays marked deleted — no ghost node — and if the
 * person who deleted it undoes the delete, the record comes back with everyone's latest edits (had it
 * been removed, Y.UndoManager would re-create it without the fields someone else changed meanwhile).
 * Nothing but a delete sets the mark and nothing but undoing that delete clears it.
 *
 * A plan item's `addresses` is a nested Y.Array (two people linking the same plan item at once both
 * count); every other field is a plain JSON value, last writer wins (a deal's `stalledAt` too: deals
 * mostly arrive by the hundred from a CRM export, rarely two people at once).
 */

export const COLLECTIONS = ['nodes', 'edges', 'plan', 'deals'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** The map's own fields, in FORMAT.md order. */
export const MAP_FIELDS = ['id', 'title', 'decision', 'market', 'period', 'basedOn', 'notes'] as const;
export type MapField = (typeof MAP_FIELDS)[number];

/** The one field held as a nested Y.Array rather than a plain value. */
export const ADDRESSES = 'addresses';

/** The mark of a deleted record (not a field of the format: never part of the map that is built). */
export const DELETED = 'deleted';

export const isDeleted = (record: Y.Map<unknown>): boolean => record.get(DELETED) === true;

export interface MapDoc {
  doc: Y.Doc;
  fields: Y.Map<unknown>;
  nodes: Y.Array<unknown>;
  edges: Y.Array<unknown>;
  plan: Y.Array<unknown>;
  deals: Y.Array<unknown>;
}

/** The shared types of a document (created on first use, the same objects afterwards). */
export function mapDoc(doc: Y.Doc): MapDoc {
  return {
    doc,
    fields: doc.getMap('map'),
    nodes: doc.getArray('nodes'),
    edges: doc.getArray('edges'),
    plan: doc.getArray('plan'),
    deals: doc.getArray('deals'),
  };
}

/** True while nobody has written a map into the document yet. */
export const isDocEmpty = (d: MapDoc): boolean =>
  d.fields.size === 0 &&
  d.nodes.length === 0 &&
  d.edges.length === 0 &&
  d.plan.length === 0 &&
  d.deals.length === 0;

const keysOf = (shape: object): ReadonlySet<string> => new Set(Object.keys(shape));

/** Which keys a record may carry: anything else in the document is dropped when the map is built. */
const NODE_KEYS: Record<string, ReadonlySet<string>> = {
  approver: keysOf(approverSchema.shape),
  proof: keysOf(proofSchema.shape),
  risk: keysOf(riskSchema.shape),
  friction: keysOf(frictionSchema.shape),
};
const EDGE_KEYS = keysOf(edgeSchema.shape);
const PLAN_KEYS = keysOf(planItemSchema.shape);
const DEAL_KEYS = keysOf(dealSchema.shape);
/** A node of an unknown kind keeps only these: enough for validation to say what is wrong. */
const UNKNOWN_KIND_KEYS: ReadonlySet<string> = new Set(['id', 'kind']);

export function allowedKeys(collection: Collection, kind: unknown): ReadonlySet<string> {
  if (collection === 'edges') return EDGE_KEYS;
  if (collection === 'plan') return PLAN_KEYS;
  if (collection === 'deals') return DEAL_KEYS;
  return (
    (typeof kind === 'string' && Object.hasOwn(NODE_KEYS, kind) ? NODE_KEYS[kind] : undefined) ??
    UNKNOWN_KIND_KEYS
  );
}

/** A map's records of one collection (a map without a deal record has none). */
export const recordsIn = (map: DecisionMap, collection: Collection): readonly { id: string }[] =>
  map[collection] ?? [];

/** The `Y.Array` of a collection. */
export const listOf = (d: MapDoc, collection: Collection): Y.Array<unknown> => d[collection];

/** The record maps of a collection with their index; entries that are not records are skipped. */
export function recordsOf(list: Y.Array<unknown>): { record: Y.Map<unknown>; index: number }[] {
  const out: { record: Y.Map<unknown>; index: number }[] = [];
  list.toArray().forEach((entry, index) => {
    if (entry instanceof Y.Map) out.push({ record: entry, index });
  });
  return out;
}

/**
 * The record map of each id: the first one not marked deleted (the one the map shows), or else the
 * first one marked deleted (where a late edit of a deleted record goes, harmlessly).
 */
export function indexById(list: Y.Array<unknown>): Map<string, Y.Map<unknown>> {
  const byId = new Map<string, Y.Map<unknown>>();
  for (const { record } of recordsOf(list)) {
    const id = record.get('id');
    if (typeof id !== 'string') continue;
    const known = byId.get(id);
    if (known === undefined || (isDeleted(known) && !isDeleted(record))) byId.set(id, record);
  }
  return byId;
}

/** Deletes entries of a list by index (highest first, so earlier indexes stay right). */
export function deleteIndexes(list: Y.Array<unknown>, indexes: Iterable<number>): void {
  const sorted = [...new Set(indexes)].sort((a, b) => b - a);
  for (const index of sorted) list.delete(index, 1);
}
