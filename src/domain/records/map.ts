import { z } from 'zod/mini';
import { LIMITS } from '../limits';
import { withArticle } from '../words';
import { id, optionalText, text } from './common';
import { dealSchema } from './deal';
import { edgeKey, edgeSchema } from './edge';
import { nodeSchema } from './node';
import { planItemSchema } from './planItem';
import { EDGE_ENDS } from './states';

const mapShape = z.object({
  id,
  title: text(1, LIMITS.title),
  decision: text(0, LIMITS.decision),
  market: text(0, LIMITS.market),
  period: text(0, LIMITS.period),
  basedOn: z.optional(id),
  nodes: z
    .array(nodeSchema)
    .check(
      z.maxLength(LIMITS.nodes, {
        error: `at most ${LIMITS.nodes.toLocaleString('en-US')} nodes are allowed`,
      }),
    ),
  edges: z
    .array(edgeSchema)
    .check(
      z.maxLength(LIMITS.edges, {
        error: `at most ${LIMITS.edges.toLocaleString('en-US')} edges are allowed`,
      }),
    ),
  plan: z.array(planItemSchema).check(z.maxLength(LIMITS.planItems)),
  /** The deal record (version 2). Absent means none recorded: readers treat it as an empty list. */
  deals: z.optional(
    z
      .array(dealSchema)
      .check(
        z.maxLength(LIMITS.deals, {
          error: `at most ${LIMITS.deals.toLocaleString('en-US')} deals are allowed`,
        }),
      ),
  ),
  notes: optionalText(LIMITS.notes),
});

/** The map's fields without their cross-record rules: what version 1's published schema is built from. */
export const mapShapeSchema = mapShape;

/** A problem found across records: the path inside the map and what is wrong, in plain words. */
export interface ReferenceProblem {
  path: (string | number)[];
  message: string;
}

/**
 * The rules that span records (FORMAT.md "Rules for readers"): unique ids across nodes and plan
 * items, edges that join existing nodes of the right kinds, no duplicate edges, no self-influence,
 * plan items that address existing nodes, deals with unique ids that stalled at existing nodes.
 */
export function findReferenceProblems(map: z.infer<typeof mapShape>): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const kindById = new Map<string, string>();
  map.nodes.forEach((node, i) => {
    if (kindById.has(node.id))
      problems.push({
        path: ['nodes', i, 'id'],
        message: `another node already has id ${JSON.stringify(node.id)}`,
      });
    else kindById.set(node.id, node.kind);
  });
  const planIds = new Set<string>();
  map.plan.forEach((item, i) => {
    if (kindById.has(item.id))
      problems.push({
        path: ['plan', i, 'id'],
        message: `a node already has id ${JSON.stringify(item.id)}; ids must be unique among nodes and plan items`,
      });
    else if (planIds.has(item.id))
      problems.push({
        path: ['plan', i, 'id'],
        message: `another plan item already has id ${JSON.stringify(item.id)}`,
      });
    planIds.add(item.id);
    const seen = new Set<string>();
    item.addresses.forEach((target, j) => {
      if (!kindById.has(target))
        problems.push({
          path: ['plan', i, 'addresses', j],
          message: `no node has id ${JSON.stringify(target)}`,
        });
      else if (seen.has(target))
        problems.push({
          path: ['plan', i, 'addresses', j],
          message: `${JSON.stringify(target)} is listed twice`,
        });
      seen.add(target);
    });
  });
  const edgeIds = new Set<string>();
  const edgeKeys = new Set<string>();
  map.edges.forEach((edge, i) => {
    if (edgeIds.has(edge.id))
      problems.push({
        path: ['edges', i, 'id'],
        message: `another edge already has id ${JSON.stringify(edge.id)}`,
      });
    edgeIds.add(edge.id);
    const ends = EDGE_ENDS[edge.kind];
    const sourceKind = kindById.get(edge.source);
    const targetKind = kindById.get(edge.target);
    if (sourceKind === undefined)
      problems.push({
        path: ['edges', i, 'source'],
        message: `no node has id ${JSON.stringify(edge.source)}`,
      });
    else if (sourceKind !== ends.source)
      problems.push({
        path: ['edges', i, 'source'],
        message: `a "${edge.kind}" edge starts at ${withArticle(ends.source)}, but ${JSON.stringify(edge.source)} is ${withArticle(sourceKind)}`,
      });
    if (targetKind === undefined)
      problems.push({
        path: ['edges', i, 'target'],
        message: `no node has id ${JSON.stringify(edge.target)}`,
      });
    else if (targetKind !== ends.target)
      problems.push({
        path: ['edges', i, 'target'],
        message: `a "${edge.kind}" edge ends at ${withArticle(ends.target)}, but ${JSON.stringify(edge.target)} is ${withArticle(targetKind)}`,
      });
    if (edge.kind === 'influences' && edge.source === edge.target)
      problems.push({ path: ['edges', i, 'target'], message: 'an approver cannot influence itself' });
    const key = edgeKey(edge);
    if (edgeKeys.has(key))
      problems.push({
        path: ['edges', i],
        message: `duplicate of another "${edge.kind}" edge from ${JSON.stringify(edge.source)} to ${JSON.stringify(edge.target)}`,
      });
    edgeKeys.add(key);
  });
  findDealProblems(map, kindById, problems);
  return problems;
}

/** Deals: ids unique among the map's deals, and every node a deal stalled at exists (once). */
function findDealProblems(
  map: z.infer<typeof mapShape>,
  kindById: ReadonlyMap<string, string>,
  problems: ReferenceProblem[],
): void {
  const dealIds = new Set<string>();
  (map.deals ?? []).forEach((deal, i) => {
    if (dealIds.has(deal.id))
      problems.push({
        path: ['deals', i, 'id'],
        message: `another deal already has id ${JSON.stringify(deal.id)}`,
      });
    dealIds.add(deal.id);
    const seen = new Set<string>();
    deal.stalledAt.forEach((target, j) => {
      if (!kindById.has(target))
        problems.push({
          path: ['deals', i, 'stalledAt', j],
          message: `no node has id ${JSON.stringify(target)}`,
        });
      else if (seen.has(target))
        problems.push({
          path: ['deals', i, 'stalledAt', j],
          message: `${JSON.stringify(target)} is listed twice`,
        });
      seen.add(target);
    });
  });
}

/** One market's buying decision at one point in time (FORMAT.md "Map"), with every cross-record rule. */
export const mapSchema = mapShape.check(
  z.superRefine((map, ctx) => {
    for (const problem of findReferenceProblems(map))
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  }),
);
export type DecisionMap = z.infer<typeof mapSchema>;

/** A map with nothing on it yet: what the workbench shows before anything is loaded, and a blank new map. */
export const emptyMap = (id: string): DecisionMap => ({
  id,
  title: 'Untitled decision map',
  decision: '',
  market: '',
  period: '',
  nodes: [],
  edges: [],
  plan: [],
});
