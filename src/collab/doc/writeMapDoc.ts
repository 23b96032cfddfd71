import * as Y from 'yjs';
import type { DecisionMap } from '../../domain/records/map';
import {
  ADDRESSES,
  COLLECTIONS,
  DELETED,
  MAP_FIELDS,
  deleteIndexes,
  indexById,
  isDeleted,
  listOf,
  recordsOf,
  recordsIn,
  type Collection,
  type MapDoc,
} from './mapDoc';
import { definedEntries, sameJson } from './sameJson';

type AnyRecord = { id: string } & object;

const valueOf = (record: object, key: string): unknown => (record as Record<string, unknown>)[key];

/**
 * A JSON value as plain objects and arrays: Yjs stores only those (an object without a prototype, which
 * a parser may produce, would be refused), and a later change of the caller's object never reaches the document.
 */
export function plainValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainValue);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(definedEntries(value).map(([key, inner]) => [key, plainValue(inner)]));
}

/** A nested list (not in a document yet: it is integrated with the record that holds it). */
function newList(values: readonly unknown[]): Y.Array<unknown> {
  const list = new Y.Array<unknown>();
  list.push([...values]);
  return list;
}

/** A new record map: plain values, `addresses` as a nested Y.Array. */
export function newRecordMap(record: object): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of definedEntries(record)) {
    map.set(key, key === ADDRESSES && Array.isArray(value) ? newList(value) : plainValue(value));
  }
  return map;
}

/** Brings a plan item's nested `addresses` from `before` to `after`: removes and appends, so concurrent links all count. */
function writeAddresses(target: Y.Map<unknown>, before: unknown, after: unknown): void {
  const list = target.get(ADDRESSES);
  if (!(list instanceof Y.Array) || !Array.isArray(after)) {
    target.set(ADDRESSES, newList(Array.isArray(after) ? after : []));
    return;
  }
  const wanted = new Set<unknown>(after);
  const had = new Set<unknown>(Array.isArray(before) ? before : []);
  const entries = list.toArray();
  deleteIndexes(
    list,
    entries.flatMap((entry, index) => (had.has(entry) && !wanted.has(entry) ? [index] : [])),
  );
  const present = new Set<unknown>(list.toArray());
  const added = after.filter((id: unknown) => !had.has(id) && !present.has(id));
  if (added.length > 0) list.push(added);
}

/** Writes the fields that differ between `before` and `after` into one record map (its other fields stay). */
export function writeFields(target: Y.Map<unknown>, before: object, after: object): void {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    const was = valueOf(before, key);
    const now = valueOf(after, key);
    if (sameJson(was, now)) continue;
    if (now === undefined) target.delete(key);
    else if (key === ADDRESSES) writeAddresses(target, was, now);
    else target.set(key, plainValue(now));
  }
}

/**
 * One collection: records that left the map are marked deleted (every live copy of their id), new ones
 * appended, changed ones edited field by field. A changed record that someone else deleted meanwhile
 * gets the edit too but stays deleted: no ghost (and an undo of that delete shows the latest fields).
 */
function writeCollection(
  d: MapDoc,
  collection: Collection,
  before: readonly AnyRecord[] | null,
  after: readonly AnyRecord[],
): boolean {
  if (before === after) return false;
  const list = listOf(d, collection);
  const beforeById = new Map((before ?? []).map((record) => [record.id, record]));
  const afterIds = new Set(after.map((record) => record.id));
  const gone = new Set([...beforeById.keys()].filter((id) => !afterIds.has(id)));
  if (gone.size > 0) {
    for (const { record } of recordsOf(list)) {
      const id = record.get('id');
      if (typeof id === 'string' && gone.has(id) && !isDeleted(record)) record.set(DELETED, true);
    }
  }
  const inDoc = indexById(list);
  const added: Y.Map<unknown>[] = [];
  for (const record of after) {
    const was = beforeById.get(record.id);
    if (was === record) continue;
    const target = inDoc.get(record.id);
    if (was !== undefined) {
      if (target) writeFields(target, was, record);
    } else if (target) {
      // New here, but the document knows the id (added elsewhere too, or deleted before and added
      // again here, e.g. by opening the same file again): that record takes these fields and is live.
      const { [DELETED]: _mark, ...fields } = target.toJSON();
      writeFields(target, fields, record);
      if (isDeleted(target)) target.delete(DELETED);
    } else added.push(newRecordMap(record));
  }
  if (added.length > 0) list.push(added);
  return gone.size > 0 || after.some((record) => !beforeById.has(record.id));
}

/**
 * The records `after` adds, written into the document already marked deleted. The change itself (in the
 * person's own, undoable transaction) then only clears the mark: undoing an add sets the mark again and
 * redoing clears it — a record is never removed and re-created, which would lose the fields someone else
 * edited in between. Call inside a transaction that undo does not track.
 */
export function prepareNewRecords(d: MapDoc, before: DecisionMap, after: DecisionMap): void {
  for (const collection of COLLECTIONS) {
    if (before[collection] === after[collection]) continue;
    const had = new Set(recordsIn(before, collection).map((record) => record.id));
    const adds = recordsIn(after, collection).filter((record) => !had.has(record.id));
    if (adds.length === 0) continue;
    const list = listOf(d, collection);
    const inDoc = indexById(list);
    const prepared = adds
      .filter((record) => !inDoc.has(record.id))
      .map((record) => {
        const map = newRecordMap(record);
        map.set(DELETED, true);
        return map;
      });
    if (prepared.length > 0) list.push(prepared);
  }
}

/**
 * Writes a local change of the map into the document: only what changed from `before` to `after`, so a
 * concurrent change by someone else to another field or record is never overwritten. `before` null
 * writes the whole map (the document is empty). Returns whether records were added or removed.
 * Call inside `doc.transact(…, origin)`.
 */
export function writeMapChange(d: MapDoc, before: DecisionMap | null, after: DecisionMap): boolean {
  for (const key of MAP_FIELDS) {
    const now = after[key];
    if (before !== null && sameJson(before[key], now)) continue;
    if (now === undefined) d.fields.delete(key);
    else d.fields.set(key, plainValue(now));
  }
  let structural = false;
  for (const collection of COLLECTIONS) {
    const wrote = writeCollection(
      d,
      collection,
      before ? recordsIn(before, collection) : null,
      recordsIn(after, collection),
    );
    structural = wrote || structural;
  }
  return structural;
}
