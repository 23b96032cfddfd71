import { analyze } from '../../domain/analysis/analyze';
import type { Analysis } from '../../domain/analysis/types';
import type { Edge } from '../../domain/records/edge';
import type { DecisionMap } from '../../domain/records/map';
import type { DecisionNode } from '../../domain/records/node';
import type { PlanItem } from '../../domain/records/planItem';
import type { WorkbenchState } from './types';

/** True when two nodes differ at most in their position (fields compared by identity, as moveNodes keeps them). */
function sameButPosition(a: DecisionNode, b: DecisionNode): boolean {
  if (a === b) return true;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  const fieldsA = a as Record<string, unknown>;
  const fieldsB = b as Record<string, unknown>;
  return keysA.every(
    (key) => key === 'position' || (Object.hasOwn(fieldsB, key) && fieldsA[key] === fieldsB[key]),
  );
}

/**
 * True when two maps make the same decision: the same edges, plan and deals (by identity) and the same nodes
 * in the same order apart from positions. Positions never change an analysis, so a drag can reuse it.
 */
export function sameDecision(a: DecisionMap, b: DecisionMap): boolean {
  if (a === b) return true;
  if (a.edges !== b.edges || a.plan !== b.plan || a.deals !== b.deals || a.nodes.length !== b.nodes.length)
    return false;
  return a.nodes.every((node, i) => {
    const other = b.nodes[i];
    return other !== undefined && sameButPosition(node, other);
  });
}

/**
 * A memoised `analyze`: once per map object (WeakMap), and when a map differs from the last one analysed
 * only in node positions (a drag, an auto-layout), the last analysis is reused without calling analyze.
 * Every panel therefore reads the very same Analysis object.
 */
export function createAnalysisSelector(analyzeMap: (map: DecisionMap) => Analysis = analyze) {
  const byMap = new WeakMap<DecisionMap, Analysis>();
  let last: { map: DecisionMap; analysis: Analysis } | null = null;
  return (state: Pick<WorkbenchState, 'map'>): Analysis => {
    const { map } = state;
    const cached = byMap.get(map);
    if (cached) {
      // Remember the map asked for, not the last one computed: otherwise a map closed long ago stays
      // in memory through `last` (found by the browser bench's heap check).
      if (last?.map !== map) last = { map, analysis: cached };
      return cached;
    }
    const analysis = last && sameDecision(last.map, map) ? last.analysis : analyzeMap(map);
    byMap.set(map, analysis);
    last = { map, analysis };
    return analysis;
  };
}

export const selectAnalysis = createAnalysisSelector();

/** Id → record lookups, built once per array object. */
function indexer<T extends { id: string }>() {
  const cache = new WeakMap<readonly T[], Map<string, T>>();
  return (records: readonly T[]): Map<string, T> => {
    let index = cache.get(records);
    if (!index) {
      index = new Map(records.map((r) => [r.id, r]));
      cache.set(records, index);
    }
    return index;
  };
}
const nodeIndex = indexer<DecisionNode>();
const edgeIndex = indexer<Edge>();
const planIndex = indexer<PlanItem>();

export const findNode = (map: DecisionMap, id: string): DecisionNode | undefined =>
  nodeIndex(map.nodes).get(id);
export const findEdge = (map: DecisionMap, id: string): Edge | undefined => edgeIndex(map.edges).get(id);
export const findPlanItem = (map: DecisionMap, id: string): PlanItem | undefined =>
  planIndex(map.plan).get(id);

/** The one selected node when exactly one thing (a node) is selected: what the inspector edits. */
export function selectSelectedNode(state: Pick<WorkbenchState, 'map' | 'selection'>): DecisionNode | null {
  const { nodes, edges, planItems } = state.selection;
  if (nodes.length !== 1 || edges.length + planItems.length > 0 || nodes[0] === undefined) return null;
  return findNode(state.map, nodes[0]) ?? null;
}

export function selectSelectedEdge(state: Pick<WorkbenchState, 'map' | 'selection'>): Edge | null {
  const { nodes, edges, planItems } = state.selection;
  if (edges.length !== 1 || nodes.length + planItems.length > 0 || edges[0] === undefined) return null;
  return findEdge(state.map, edges[0]) ?? null;
}

export function selectSelectedPlanItem(state: Pick<WorkbenchState, 'map' | 'selection'>): PlanItem | null {
  const { nodes, edges, planItems } = state.selection;
  if (planItems.length !== 1 || nodes.length + edges.length > 0 || planItems[0] === undefined) return null;
  return findPlanItem(state.map, planItems[0]) ?? null;
}

export const selectHasSelection = (state: Pick<WorkbenchState, 'selection'>): boolean =>
  state.selection.nodes.length + state.selection.edges.length + state.selection.planItems.length > 0;
