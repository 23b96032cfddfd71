import type * as Y from 'yjs';
import type { DecisionMap } from '../../domain/records/map';
import type { MapProblem } from './checkMap';
import {
  COLLECTIONS,
  DELETED,
  MAP_FIELDS,
  deleteIndexes,
  indexById,
  listOf,
  recordsIn,
  type Collection,
  type MapDoc,
  type MapField,
} from './mapDoc';
import type { DocReading, RawRecord } from './readMapDoc';
import { newRecordMap, plainValue, writeFields } from './writeMapDoc';

/**
 * How much a repair puts back: only the fields the problems name, the whole records they name, or the
 * whole map. The binding tries them in this order until the document is valid again.
 */
export type RepairScope = 'fields' | 'records' | 'map';
export const REPAIR_SCOPES: readonly RepairScope[] = ['fields', 'records', 'map'];

const isCollection = (key: unknown): key is Collection => COLLECTIONS.some((c) => c === key);
const isMapField = (key: unknown): key is MapField => MAP_FIELDS.some((f) => f === key);

function restoreMapField(d: MapDoc, key: MapField, valid: DecisionMap): void {
  const value = valid[key];
  if (value === undefined) d.fields.delete(key);
  else d.fields.set(key, plainValue(value));
}

/** Where the repair of one collection is going: records to remove (not records at all), by index. */
interface Work {
  doomed: Record<Collection, number[]>;
  validById: Record<Collection, Map<string, object>>;
}

/**
 * Puts one record (or, with `field`, one of its fields) back as the last valid map has it. A record that
 * map does not have is marked deleted; an entry that is not a record at all is removed.
 */
function restoreRecord(collection: Collection, raw: RawRecord, work: Work, field?: string): void {
  const id = raw.fields.id;
  const before = typeof id === 'string' ? work.validById[collection].get(id) : undefined;
  if (raw.record === null) work.doomed[collection].push(raw.index);
  else if (before === undefined) raw.record.set(DELETED, true);
  else if (field === undefined) writeFields(raw.record, raw.record.toJSON(), before);
  else {
    const now = (before as Record<string, unknown>)[field];
    writeFields(
      raw.record,
      { [field]: raw.fields[field] ?? null },
      now === undefined ? {} : { [field]: now },
    );
  }
}

const byId = (records: readonly { id: string }[]): Map<string, object> =>
  new Map(records.map((r) => [r.id, r]));

/**
 * Repairs the document after a refused change, putting back what the problems name as the last valid
 * map has it (see RepairScope). Everything else — other people's valid edits that arrived at the same
 * time — stays. Call inside `doc.transact(…, origin)` with an origin undo does not track.
 */
export function repairDoc(
  d: MapDoc,
  reading: DocReading,
  problems: readonly MapProblem[],
  valid: DecisionMap,
  scope: RepairScope,
): void {
  const work: Work = {
    doomed: { nodes: [], edges: [], plan: [], deals: [] },
    validById: {
      nodes: byId(valid.nodes),
      edges: byId(valid.edges),
      plan: byId(valid.plan),
      deals: byId(valid.deals ?? []),
    },
  };
  if (scope === 'map') restoreWholeMap(d, reading, valid, work);
  else
    for (const { path } of problems) {
      const [head, index, field] = path;
      if (isMapField(head)) restoreMapField(d, head, valid);
      else if (isCollection(head) && typeof index === 'number') {
        const raw = reading[head][index];
        const named = scope === 'fields' && typeof field === 'string' ? field : undefined;
        if (raw) restoreRecord(head, raw, work, named);
      } else if (isCollection(head)) {
        // Over the size limit: what the last valid map did not have goes.
        for (const raw of reading[head]) {
          const id = raw.fields.id;
          if (typeof id !== 'string' || !work.validById[head].has(id)) restoreRecord(head, raw, work);
        }
      } else restoreWholeMap(d, reading, valid, work);
    }
  for (const collection of COLLECTIONS) deleteIndexes(listOf(d, collection), work.doomed[collection]);
}

function restoreWholeMap(d: MapDoc, reading: DocReading, valid: DecisionMap, work: Work): void {
  for (const key of MAP_FIELDS) restoreMapField(d, key, valid);
  for (const collection of COLLECTIONS) {
    const present = new Set<string>();
    for (const raw of reading[collection]) {
      restoreRecord(collection, raw, work);
      if (typeof raw.fields.id === 'string') present.add(raw.fields.id);
    }
    const list = listOf(d, collection);
    const inDoc = indexById(list);
    const added: Y.Map<unknown>[] = [];
    for (const record of recordsIn(valid, collection)) {
      if (present.has(record.id)) continue;
      const target = inDoc.get(record.id);
      if (target === undefined) {
        added.push(newRecordMap(record));
        continue;
      }
      const { [DELETED]: _mark, ...fields } = target.toJSON();
      writeFields(target, fields, record);
      target.delete(DELETED);
    }
    if (added.length > 0) list.push(added);
  }
}
