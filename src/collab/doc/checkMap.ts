import type { z } from 'zod/mini';
import { LIMITS } from '../../domain/limits';
import { dealSchema, type Deal } from '../../domain/records/deal';
import { edgeSchema, type Edge } from '../../domain/records/edge';
import { findReferenceProblems, mapSchema, type DecisionMap } from '../../domain/records/map';
import { nodeSchema, type DecisionNode } from '../../domain/records/node';
import { planItemSchema, type PlanItem } from '../../domain/records/planItem';
import { MAP_FIELDS, type Collection } from './mapDoc';
import type { DocReading, RawRecord } from './readMapDoc';
import { definedEntries, sameJson } from './sameJson';

/** A rule the document breaks: where in the map (`nodes.3.label`) and what is wrong, in the domain's words. */
export interface MapProblem {
  path: (string | number)[];
  message: string;
}

export type CheckedMap = { ok: true; map: DecisionMap } | { ok: false; problems: MapProblem[] };

const LIMIT_OF: Record<Collection, number> = {
  nodes: LIMITS.nodes,
  edges: LIMITS.edges,
  plan: LIMITS.planItems,
  deals: LIMITS.deals,
};

const pathOf = (path: readonly PropertyKey[]): (string | number)[] =>
  path.map((key) => (typeof key === 'symbol' ? String(key) : key));

/**
 * Fields read from the document known to equal a record (both are never changed once made, so this
 * stays true): a record map nobody touched is matched without comparing it field by field again.
 */
const knownEqual = new WeakMap<object, object>();

/** A raw record with the same fields as a record of the last valid map. */
function sameRecord(fields: Record<string, unknown>, previous: object): boolean {
  if (knownEqual.get(fields) === previous) return true;
  const same = definedEntries(previous).length === Object.keys(fields).length && sameJson(fields, previous);
  if (same) knownEqual.set(fields, previous);
  return same;
}

/** Only positions (or other node fields) changed: same node ids and kinds in the same order, same edges and plan. */
const sameStructure = (map: DecisionMap, previous: DecisionMap): boolean =>
  map.edges === previous.edges &&
  map.plan === previous.plan &&
  map.deals === previous.deals &&
  map.nodes.length === previous.nodes.length &&
  map.nodes.every((node, i) => node.id === previous.nodes[i]?.id && node.kind === previous.nodes[i]?.kind);

/**
 * Validates one collection. Records equal to one of the last valid map keep that object (it was valid,
 * and the canvas re-renders only records whose identity changed); the others go through the domain's
 * schema. Returns the previous array itself when nothing in it changed.
 */
function checkRecords<T extends { id: string }>(
  collection: Collection,
  raws: readonly RawRecord[],
  previous: readonly T[],
  schema: z.ZodMiniType<T>,
  problems: MapProblem[],
): T[] {
  const previousById = new Map(previous.map((record) => [record.id, record]));
  const records: T[] = [];
  let unchanged = raws.length === previous.length;
  raws.forEach((raw, i) => {
    const id = raw.fields.id;
    const before = typeof id === 'string' ? previousById.get(id) : undefined;
    if (before !== undefined && sameRecord(raw.fields, before)) {
      records.push(before);
      if (previous[i] !== before) unchanged = false;
      return;
    }
    unchanged = false;
    const parsed = schema.safeParse(raw.fields);
    if (parsed.success) records.push(parsed.data);
    else
      for (const issue of parsed.error.issues)
        problems.push({ path: [collection, i, ...pathOf(issue.path)], message: issue.message });
  });
  if (raws.length > LIMIT_OF[collection])
    problems.push({
      path: [collection],
      message: `at most ${LIMIT_OF[collection].toLocaleString('en-US')} are allowed`,
    });
  return unchanged ? (previous as T[]) : records;
}

const NO_DEALS: Deal[] = [];

type MapFields = Pick<DecisionMap, (typeof MAP_FIELDS)[number]>;

function checkFields(
  fields: Record<string, unknown>,
  previous: DecisionMap,
  problems: MapProblem[],
): MapFields | null {
  if (MAP_FIELDS.every((key) => sameJson(fields[key], previous[key]))) return previous;
  // The map's own fields through the map schema, with empty lists (the records are checked one by one).
  const parsed = mapSchema.safeParse({ ...fields, nodes: [], edges: [], plan: [], deals: [] });
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues)
    problems.push({ path: pathOf(issue.path), message: issue.message });
  return null;
}

/**
 * The domain's validation of a map read from the document (mapSchema's rules, checked record by record
 * so that a peer dragging a node costs one node's check, not the whole map's). The result is the map to
 * show, sharing every unchanged record with `previous` (the last valid map), or every problem found.
 * `tests/collab/checkMap.test.ts` checks that it accepts exactly what `mapSchema` accepts.
 */
export function checkMap(reading: DocReading, previous: DecisionMap): CheckedMap {
  const problems: MapProblem[] = [];
  const fields = checkFields(reading.fields, previous, problems);
  const nodes = checkRecords<DecisionNode>('nodes', reading.nodes, previous.nodes, nodeSchema, problems);
  const edges = checkRecords<Edge>('edges', reading.edges, previous.edges, edgeSchema, problems);
  const plan = checkRecords<PlanItem>('plan', reading.plan, previous.plan, planItemSchema, problems);
  // A map without a deal record and a document without deals stay without one (not an empty list).
  const checkedDeals = checkRecords<Deal>(
    'deals',
    reading.deals,
    previous.deals ?? NO_DEALS,
    dealSchema,
    problems,
  );
  const deals = checkedDeals === NO_DEALS ? previous.deals : checkedDeals;
  if (problems.length > 0 || fields === null) return { ok: false, problems };

  const sameLists =
    nodes === previous.nodes &&
    edges === previous.edges &&
    plan === previous.plan &&
    deals === previous.deals;
  if (sameLists && fields === previous) return { ok: true, map: previous };
  const map: DecisionMap = {
    id: fields.id,
    title: fields.title,
    decision: fields.decision,
    market: fields.market,
    period: fields.period,
    ...(fields.basedOn === undefined ? {} : { basedOn: fields.basedOn }),
    nodes,
    edges,
    plan,
    ...(deals === undefined ? {} : { deals }),
    ...(fields.notes === undefined ? {} : { notes: fields.notes }),
  };
  // The same records (or the same ids, kinds, edges and plan): the references between them were valid already.
  if (!sameLists && !sameStructure(map, previous))
    for (const problem of findReferenceProblems(map)) problems.push(problem);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, map };
}

/** "nodes.3.label: must not be empty" — the way the file format names problems. */
export const describeProblem = (problem: MapProblem): string =>
  problem.path.length === 0 ? problem.message : `${problem.path.join('.')}: ${problem.message}`;
