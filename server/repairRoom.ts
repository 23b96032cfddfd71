import * as Y from 'yjs';
import type { MapProblem } from '../src/collab/doc/checkMap';
import type { Collection, MapDoc } from '../src/collab/doc/mapDoc';
import { readMapDoc, type DocReading, type RawRecord } from '../src/collab/doc/readMapDoc';
import { REPAIR_SCOPES, repairDoc } from '../src/collab/doc/repairDoc';
import { LIMITS } from '../src/domain/limits';
import { dealSchema } from '../src/domain/records/deal';
import { edgeSchema } from '../src/domain/records/edge';
import { mapSchema, type DecisionMap } from '../src/domain/records/map';
import { nodeSchema } from '../src/domain/records/node';
import { planItemSchema } from '../src/domain/records/planItem';
import { checkRoom, foreignRoots, NO_MAP, ROOTS } from './roomMap';

/*
 * Making a room's document valid again, with the app's own repair (src/collab/repairDoc.ts): the parts
 * the problems name are put back as a valid map has them — first only the fields, then the whole
 * records, then the whole map — and what is left over is marked deleted, never removed (everyone's
 * copy merges with the repair). The valid map is the room's last valid one (or its last valid
 * snapshot, on load); without one, every record that is valid on its own is kept (`salvage`).
 */

const LIMIT_OF: Record<Collection, number> = {
  nodes: LIMITS.nodes,
  edges: LIMITS.edges,
  plan: LIMITS.planItems,
  deals: LIMITS.deals,
};
const SCHEMA_OF = { nodes: nodeSchema, edges: edgeSchema, plan: planItemSchema, deals: dealSchema } as const;
const MAX_SALVAGE_ROUNDS = 5;

/** Indexes of the records a problem names, per collection. */
function namedIndexes(problems: readonly MapProblem[]): Record<Collection, Set<number>> {
  const named: Record<Collection, Set<number>> = {
    nodes: new Set(),
    edges: new Set(),
    plan: new Set(),
    deals: new Set(),
  };
  for (const { path } of problems) {
    const [head, index] = path;
    if (
      (head === 'nodes' || head === 'edges' || head === 'plan' || head === 'deals') &&
      typeof index === 'number'
    )
      named[head].add(index);
  }
  return named;
}

function salvageRecords<T extends { id: string }>(
  collection: Collection,
  raws: readonly RawRecord[],
  skip: Set<number>,
): T[] {
  const kept: T[] = [];
  const seen = new Set<string>();
  raws.forEach((raw, i) => {
    if (skip.has(i) || kept.length >= LIMIT_OF[collection]) return;
    const parsed = SCHEMA_OF[collection].safeParse(raw.fields);
    if (parsed.success && !seen.has(parsed.data.id)) {
      seen.add(parsed.data.id);
      kept.push(parsed.data as unknown as T);
    }
  });
  return kept;
}

/**
 * A map made of what the document holds that is valid on its own: the map's fields (those that are
 * not valid replaced by plain defaults) and the records no problem names that pass their schema.
 */
export function salvageMap(reading: DocReading, problems: readonly MapProblem[], room: string): DecisionMap {
  const named = namedIndexes(problems);
  const defaults = {
    id: room.slice(0, LIMITS.id),
    title: 'Recovered live map',
    decision: '',
    market: '',
    period: '',
  };
  const fields = mapSchema.safeParse({ ...reading.fields, nodes: [], edges: [], plan: [] });
  const base = fields.success ? fields.data : { ...defaults, ...pickValidFields(reading.fields, defaults) };
  return {
    ...base,
    nodes: salvageRecords('nodes', reading.nodes, named.nodes),
    edges: salvageRecords('edges', reading.edges, named.edges),
    plan: salvageRecords('plan', reading.plan, named.plan),
    deals: salvageRecords('deals', reading.deals, named.deals),
  };
}

/** The map fields that are valid one at a time (each tried against the defaults). */
function pickValidFields(
  fields: Record<string, unknown>,
  defaults: Record<string, string>,
): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    const parsed = mapSchema.safeParse({ ...defaults, [key]: value, nodes: [], edges: [], plan: [] });
    if (parsed.success) kept[key] = value;
  }
  return kept;
}

/** Empties top-level names the app never writes (they can only come from a stored state nobody checked). */
export function clearForeignRoots(doc: Y.Doc): number {
  const foreign = new Set(foreignRoots(doc));
  if (foreign.size === 0) return 0;
  let cleared = 0;
  doc.transact((transaction) => {
    for (const [name, type] of doc.share) {
      if (!foreign.has(name) || ROOTS.has(name)) continue;
      for (const item of type._map.values()) if (!item.deleted) item.delete(transaction);
      for (let item = type._start; item !== null; item = item.right)
        if (!item.deleted) item.delete(transaction);
      cleared += 1;
    }
  }, REPAIR_ORIGIN);
  return cleared;
}

/** The origin of the server's own repairs: a local change for Hocuspocus (saved and sent to everyone). */
export const REPAIR_ORIGIN = { source: 'local' as const, context: { repair: true } };

export type RepairOutcome =
  { ok: true; map: DecisionMap | null; how: string } | { ok: false; reason: string };

/**
 * Repairs `d` in place until it holds a valid map: against `valid` (fields, then records, then the
 * whole map), then by salvage. Each step is one transaction with REPAIR_ORIGIN.
 */
export function repairRoom(d: MapDoc, valid: DecisionMap | null, room: string): RepairOutcome {
  let check = checkRoom(d, undefined, valid);
  if (check.ok) return { ok: true, map: check.map, how: 'nothing to repair' };
  if (clearForeignRoots(d.doc) > 0) {
    check = checkRoom(d, undefined, valid);
    if (check.ok) return { ok: true, map: check.map, how: 'emptied what is not part of a decision map' };
  }
  if (valid !== null)
    for (const scope of REPAIR_SCOPES) {
      if (check.ok) break;
      const reading = readMapDoc(d);
      const problems = check.problems;
      d.doc.transact(() => repairDoc(d, reading, problems, valid, scope), REPAIR_ORIGIN);
      check = checkRoom(d, undefined, valid);
      if (check.ok)
        return { ok: true, map: check.map, how: `put back as the last valid map has it (${scope})` };
    }
  for (let round = 0; round < MAX_SALVAGE_ROUNDS && !check.ok; round++) {
    const reading = readMapDoc(d);
    const salvage = salvageMap(reading, check.problems, room);
    const problems = check.problems;
    d.doc.transact(() => repairDoc(d, reading, problems, salvage, 'records'), REPAIR_ORIGIN);
    check = checkRoom(d, undefined, NO_MAP);
  }
  return check.ok
    ? {
        ok: true,
        map: check.map,
        how: 'kept every record that is valid on its own; the others are marked deleted',
      }
    : { ok: false, reason: check.reason };
}
