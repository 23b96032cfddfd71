import * as Y from 'yjs';
import { evidenceWithSource } from '../../domain/format/migrations';
import { ADDRESSES, MAP_FIELDS, allowedKeys, isDeleted, type Collection, type MapDoc } from './mapDoc';

/** One record as the document holds it: not validated yet. */
export interface RawRecord {
  fields: Record<string, unknown>;
  /** Where it is in its list, and its Y.Map (null when the entry is not a record at all): what a repair edits. */
  index: number;
  record: Y.Map<unknown> | null;
}

/**
 * What building the map left out because concurrent edits made it meaningless — not an invalid map:
 * an edge or address whose node was deleted meanwhile, the same record or edge added twice at once.
 */
export type RepairKind =
  | 'duplicate-id'
  | 'id-taken-by-node'
  | 'edge-to-missing-node'
  | 'duplicate-edge'
  | 'address-of-missing-node'
  | 'duplicate-address'
  | 'stall-at-missing-node'
  | 'duplicate-stall';

export interface Repair {
  kind: RepairKind;
  collection: Collection;
  id: string;
}

/** The document read as a map, with the repairs applied; validation comes next (checkMap.ts). */
export interface DocReading {
  fields: Record<string, unknown>;
  nodes: RawRecord[];
  edges: RawRecord[];
  plan: RawRecord[];
  deals: RawRecord[];
  repairs: Repair[];
}

const plain = (value: unknown): unknown => (value instanceof Y.AbstractType ? value.toJSON() : value);

/**
 * The fields read from each record map, until that map changes (reading every record on every update
 * would cost a large map several milliseconds). `forget` is called for every record a transaction
 * touched: the binding does it from `observeDeep` (see `watchRecords`).
 */
export class RecordCache {
  private readonly fields = new WeakMap<Y.Map<unknown>, Record<string, unknown>>();

  read(collection: Collection, record: Y.Map<unknown>): Record<string, unknown> {
    const known = this.fields.get(record);
    if (known) return known;
    const allowed = allowedKeys(collection, record.get('kind'));
    const fields: Record<string, unknown> = {};
    for (const [key, value] of record.entries()) {
      if (allowed.has(key) && value !== undefined) fields[key] = plain(value);
    }
    // Evidence written before format version 2 has no source: read as "unspecified", as a file would be.
    if (collection === 'nodes' && Array.isArray(fields.evidence))
      fields.evidence = (fields.evidence as unknown[]).map(evidenceWithSource);
    this.fields.set(record, fields);
    return fields;
  }

  forget(record: Y.Map<unknown>): void {
    this.fields.delete(record);
  }
}

/** Keeps `cache` true to the document: forgets every record a change touches. Returns the unsubscriber. */
export function watchRecords(d: MapDoc, cache: RecordCache): () => void {
  const lists = [d.nodes, d.edges, d.plan, d.deals];
  const onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    for (const event of events) {
      // Up from what changed (a record, or a plan item's addresses) to the record in its list.
      let type: Y.AbstractType<unknown> | null = event.target;
      while (type !== null && !lists.some((list) => list === type?.parent)) type = type.parent;
      if (type instanceof Y.Map) cache.forget(type);
    }
  };
  for (const list of lists) list.observeDeep(onChange);
  return () => lists.forEach((list) => list.unobserveDeep(onChange));
}

/** The records of a list, without those marked deleted; an entry that is not a record is kept for validation to refuse. */
function readList(list: Y.Array<unknown>, collection: Collection, cache: RecordCache): RawRecord[] {
  return list.toArray().flatMap((entry, index): RawRecord[] => {
    if (!(entry instanceof Y.Map)) return [{ fields: {}, index, record: null }];
    return isDeleted(entry) ? [] : [{ fields: cache.read(collection, entry), index, record: entry }];
  });
}

const idOf = (raw: RawRecord): string | null => (typeof raw.fields.id === 'string' ? raw.fields.id : null);

/** Keeps the first record of each id; `taken` ids (of another collection) are left out too. */
function dropDuplicates(
  raws: RawRecord[],
  collection: Collection,
  repairs: Repair[],
  taken: ReadonlySet<string> = new Set(),
): RawRecord[] {
  const seen = new Set<string>();
  return raws.filter((raw) => {
    const id = idOf(raw);
    if (id === null) return true; // validation says what is wrong with it
    if (taken.has(id)) {
      repairs.push({ kind: 'id-taken-by-node', collection, id });
      return false;
    }
    if (seen.has(id)) {
      repairs.push({ kind: 'duplicate-id', collection, id });
      return false;
    }
    seen.add(id);
    return true;
  });
}

function dropLooseEdges(edges: RawRecord[], nodeIds: ReadonlySet<string>, repairs: Repair[]): RawRecord[] {
  const keys = new Set<string>();
  return edges.filter((edge) => {
    const { id, kind, source, target } = edge.fields;
    if (typeof id !== 'string') return true;
    if (
      (typeof source === 'string' && !nodeIds.has(source)) ||
      (typeof target === 'string' && !nodeIds.has(target))
    ) {
      repairs.push({ kind: 'edge-to-missing-node', collection: 'edges', id });
      return false;
    }
    const key = JSON.stringify([kind, source, target]);
    if (keys.has(key)) {
      repairs.push({ kind: 'duplicate-edge', collection: 'edges', id });
      return false;
    }
    keys.add(key);
    return true;
  });
}

/** A list of node ids in each record (plan items' addresses, deals' stalls) without deleted nodes or repeats. */
function tidyNodeLists(
  records: RawRecord[],
  collection: 'plan' | 'deals',
  nodeIds: ReadonlySet<string>,
  repairs: Repair[],
): RawRecord[] {
  const key = collection === 'plan' ? ADDRESSES : 'stalledAt';
  const [missing, twice]: [RepairKind, RepairKind] =
    collection === 'plan'
      ? ['address-of-missing-node', 'duplicate-address']
      : ['stall-at-missing-node', 'duplicate-stall'];
  return records.map((item) => {
    const targets = item.fields[key];
    const id = idOf(item);
    if (!Array.isArray(targets) || id === null) return item;
    const seen = new Set<unknown>();
    const kept = targets.filter((target: unknown) => {
      if (typeof target === 'string' && !nodeIds.has(target)) {
        repairs.push({ kind: missing, collection, id });
        return false;
      }
      if (seen.has(target)) {
        repairs.push({ kind: twice, collection, id });
        return false;
      }
      seen.add(target);
      return true;
    });
    return kept.length === targets.length ? item : { ...item, fields: { ...item.fields, [key]: kept } };
  });
}

/**
 * Reads the document as a map. A deleted node stays deleted: whatever still points at it (edges, plan
 * items' addresses, deals' stalls) is dropped here and counted as a repair. Records the document holds twice (two
 * people adding the same id at once) keep their first copy.
 */
export function readMapDoc(d: MapDoc, cache: RecordCache = new RecordCache()): DocReading {
  const repairs: Repair[] = [];
  const fields: Record<string, unknown> = {};
  for (const key of MAP_FIELDS) {
    const value = d.fields.get(key);
    if (value !== undefined) fields[key] = plain(value);
  }
  const nodes = dropDuplicates(readList(d.nodes, 'nodes', cache), 'nodes', repairs);
  const nodeIds = new Set(nodes.map(idOf).filter((id): id is string => id !== null));
  const plan = tidyNodeLists(
    dropDuplicates(readList(d.plan, 'plan', cache), 'plan', repairs, nodeIds),
    'plan',
    nodeIds,
    repairs,
  );
  const deals = tidyNodeLists(
    dropDuplicates(readList(d.deals, 'deals', cache), 'deals', repairs),
    'deals',
    nodeIds,
    repairs,
  );
  const edges = dropLooseEdges(
    dropDuplicates(readList(d.edges, 'edges', cache), 'edges', repairs),
    nodeIds,
    repairs,
  );
  return { fields, nodes, edges, plan, deals, repairs };
}
