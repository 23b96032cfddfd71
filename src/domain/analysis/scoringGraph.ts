import type { Edge } from '../records/edge';
import type { DecisionMap } from '../records/map';
import type { DecisionNode } from '../records/node';
import { EDGE_ENDS, EDGE_KINDS, type EdgeKind, type NodeKind } from '../records/states';
import { identity, stableSortBy, TripleList, type Adjacency } from './graphTables';

/**
 * The structure the score is computed over: every node (by kind and id) and every edge (by kind,
 * source and target) of one or more maps. Nodes are numbered in id order, edges in (kind, source,
 * target) order, and every adjacency is sorted by node number, so no result depends on the order
 * of records in a file. Which nodes and edges exist, and in which state, is a separate "side" per
 * map, so one graph serves a map, its what-ifs and the two maps of a comparison.
 */
export interface ScoringGraph {
  /** Node ids, by node number (sorted by id, then kind). */
  ids: string[];
  kinds: NodeKind[];
  /** Node numbers of the approvers, in id order. */
  approvers: number[];
  edgeKinds: EdgeKind[];
  edgeSources: Int32Array;
  edgeTargets: Int32Array;
  /**
   * `requires`, `fears` and `burdens` edges, which link an approver to an item: for an approver,
   * its links by item; for a proof, risk or friction, its links by approver.
   */
  links: Adjacency;
  /** For a link edge: the approver's and the item's node numbers (−1 for other edges). */
  linkApprover: Int32Array;
  linkItem: Int32Array;
  /** `reduces` edges: for a proof, to the risks it reduces; for a risk, from the proofs that reduce it. */
  reduces: Adjacency;
  /** The node number of a kind and id, if the graph has it. */
  numberOf(kind: NodeKind, id: string): number | undefined;
  /** The node number of an id whatever its kind (the first kind, if a later map changed it). */
  firstNumberOf(id: string): number | undefined;
}

/** One map's view of a graph: its record at each node and edge number (undefined when absent). */
export interface GraphSide {
  nodes: (DecisionNode | undefined)[];
  edgeRecords: (Edge | undefined)[];
  /** 1 where the map has the edge. */
  edges: Uint8Array;
}

const KIND_NUMBER: Record<NodeKind, number> = { approver: 0, proof: 1, risk: 2, friction: 3 };
const EDGE_KIND_NUMBER: Record<EdgeKind, number> = {
  requires: 0,
  fears: 1,
  reduces: 2,
  burdens: 3,
  influences: 4,
};

const KIND_BY_NUMBER = Object.keys(KIND_NUMBER) as NodeKind[];

/** Every (id, kind) of the maps, numbered in id order, then kind. */
function numberNodes(maps: readonly DecisionMap[]) {
  // The kinds each id has, as bits by KIND_NUMBER (almost always one).
  const kindsOf = new Map<string, number>();
  for (const map of maps) {
    for (const node of map.nodes)
      kindsOf.set(node.id, (kindsOf.get(node.id) ?? 0) | (1 << KIND_NUMBER[node.kind]));
  }
  // The default sort compares strings by UTF-16 code units, as compareIds does, without a call per comparison.
  const sorted = [...kindsOf.keys()].sort();
  const ids: string[] = [];
  const kinds: NodeKind[] = [];
  const firstNumber = new Map<string, number>();
  // Numbers of the (rare) ids with a second kind, e.g. a later quarter reused an id.
  const otherKindNumber = new Map<string, number>();
  for (const id of sorted) {
    const bits = kindsOf.get(id)!;
    firstNumber.set(id, ids.length);
    for (let k = 0; k < KIND_BY_NUMBER.length; k++) {
      if ((bits & (1 << k)) === 0) continue;
      const kind = KIND_BY_NUMBER[k]!;
      if (ids.length > firstNumber.get(id)!) otherKindNumber.set(`${kind}\u0000${id}`, ids.length);
      ids.push(id);
      kinds.push(kind);
    }
  }
  const numberOf = (kind: NodeKind, id: string): number | undefined => {
    const n = firstNumber.get(id);
    if (n === undefined || kinds[n] === kind) return n;
    return otherKindNumber.size === 0 ? undefined : otherKindNumber.get(`${kind}\u0000${id}`);
  };
  return { ids, kinds, numberOf, firstNumberOf: (id: string) => firstNumber.get(id) };
}

/**
 * One number per (kind, source, target) over all maps, in that order (counting sorts): the same
 * edge in two maps, or twice in one, gets one number. Edges whose ends are missing from their own
 * map, or of the wrong kinds, are left out.
 */
function numberEdges(
  maps: readonly DecisionMap[],
  sideNodes: (DecisionNode | undefined)[][],
  numberOf: (kind: NodeKind, id: string) => number | undefined,
) {
  const capacity = maps.reduce((sum, map) => sum + map.edges.length, 0);
  const kindOf = new Int32Array(capacity);
  const sourceOf = new Int32Array(capacity);
  const targetOf = new Int32Array(capacity);
  const mapOf = new Int32Array(capacity);
  const records = new Array<Edge>(capacity);
  let count = 0;
  maps.forEach((map, m) => {
    const nodes = sideNodes[m]!;
    for (const edge of map.edges) {
      const ends = EDGE_ENDS[edge.kind];
      const s = numberOf(ends.source, edge.source);
      const t = numberOf(ends.target, edge.target);
      if (s === undefined || t === undefined || s === t || nodes[s] === undefined || nodes[t] === undefined)
        continue;
      kindOf[count] = EDGE_KIND_NUMBER[edge.kind];
      sourceOf[count] = s;
      targetOf[count] = t;
      mapOf[count] = m;
      records[count] = edge;
      count++;
    }
  });
  const nodeCount = sideNodes[0]?.length ?? 0;
  let order = identity(count);
  order = stableSortBy(order, targetOf, nodeCount);
  order = stableSortBy(order, sourceOf, nodeCount);
  order = stableSortBy(order, kindOf, EDGE_KINDS.length);

  const edgeOf = new Int32Array(count);
  const edgeKinds: EdgeKind[] = [];
  const sources: number[] = [];
  const targets: number[] = [];
  let lastKind = -1;
  for (const i of order) {
    const last = sources.length - 1;
    if (kindOf[i] !== lastKind || sourceOf[i] !== sources[last] || targetOf[i] !== targets[last]) {
      lastKind = kindOf[i]!;
      edgeKinds.push(EDGE_KINDS[lastKind]!);
      sources.push(sourceOf[i]!);
      targets.push(targetOf[i]!);
    }
    edgeOf[i] = sources.length - 1;
  }
  return {
    edgeKinds,
    edgeSources: Int32Array.from(sources),
    edgeTargets: Int32Array.from(targets),
    edgeOf,
    mapOf,
    records,
  };
}

/** The graph over all nodes and edges of the given maps, and each map's side of it. */
export function buildScoringGraph(maps: readonly DecisionMap[]): { graph: ScoringGraph; sides: GraphSide[] } {
  const { ids, kinds, numberOf, firstNumberOf } = numberNodes(maps);
  const nodeCount = ids.length;
  const sideNodes = maps.map((map) => {
    const nodes = new Array<DecisionNode | undefined>(nodeCount).fill(undefined);
    for (const node of map.nodes) nodes[numberOf(node.kind, node.id)!] ??= node;
    return nodes;
  });
  const { edgeKinds, edgeSources, edgeTargets, edgeOf, mapOf, records } = numberEdges(
    maps,
    sideNodes,
    numberOf,
  );

  const edgeCount = edgeKinds.length;
  const linkApprover = new Int32Array(edgeCount).fill(-1);
  const linkItem = new Int32Array(edgeCount).fill(-1);
  const links = new TripleList(2 * edgeCount);
  const reduces = new TripleList(2 * edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    const kind = edgeKinds[e]!;
    const source = edgeSources[e]!;
    const target = edgeTargets[e]!;
    if (kind === 'reduces') {
      reduces.add(source, e, target);
      reduces.add(target, e, source);
    } else if (kind !== 'influences') {
      const approver = kind === 'burdens' ? target : source;
      const item = kind === 'burdens' ? source : target;
      linkApprover[e] = approver;
      linkItem[e] = item;
      links.add(approver, e, item);
      links.add(item, e, approver);
    }
  }

  const graph: ScoringGraph = {
    ids,
    kinds,
    approvers: kinds.flatMap((kind, n) => (kind === 'approver' ? [n] : [])),
    edgeKinds,
    edgeSources,
    edgeTargets,
    links: links.toAdjacency(nodeCount),
    linkApprover,
    linkItem,
    reduces: reduces.toAdjacency(nodeCount),
    numberOf,
    firstNumberOf,
  };
  const sides = sideNodes.map((nodes): GraphSide => ({
    nodes,
    edgeRecords: new Array<Edge | undefined>(edgeCount).fill(undefined),
    edges: new Uint8Array(edgeCount),
  }));
  // Each map's side keeps its first record of an edge.
  edgeOf.forEach((e, i) => {
    const side = sides[mapOf[i]!]!;
    if (side.edges[e] === 1) return;
    side.edges[e] = 1;
    side.edgeRecords[e] = records[i];
  });
  return { graph, sides };
}

/** The edges of node n in an adjacency, as a list. */
export function edgesOf(adjacency: Adjacency, n: number): number[] {
  return Array.from(adjacency.edges.subarray(adjacency.start[n], adjacency.start[n + 1]));
}

interface KnownGraph {
  graph: ScoringGraph;
  /** The map's node ids and kinds in its own order, and each one's node number. */
  ids: string[];
  kinds: NodeKind[];
  numberAt: Int32Array;
  side: GraphSide;
}

/** Graphs by the edges array they were built from: an entry lives only as long as its map's edges. */
const knownGraphs = new WeakMap<readonly Edge[], KnownGraph>();

const sameNodes = (known: KnownGraph, nodes: readonly DecisionNode[]): boolean =>
  known.ids.length === nodes.length &&
  nodes.every((node, i) => node.id === known.ids[i] && node.kind === known.kinds[i]);

/**
 * The scoring graph of one map and the map's side of it. An edit that changes what nodes say but not
 * which nodes and edges there are (a state, a label, a severity — the same edges array and the same
 * node ids and kinds in the same order) reuses the graph built for the map before it: only the side's
 * node records are new. That is most edits in a workshop, and the graph is a third of an analysis.
 */
export function scoringGraphOf(map: DecisionMap): { graph: ScoringGraph; side: GraphSide } {
  const known = knownGraphs.get(map.edges);
  if (known && sameNodes(known, map.nodes)) {
    const nodes = new Array<DecisionNode | undefined>(known.graph.ids.length).fill(undefined);
    map.nodes.forEach((node, i) => {
      nodes[known.numberAt[i]!] ??= node;
    });
    return { graph: known.graph, side: { ...known.side, nodes } };
  }
  const { graph, sides } = buildScoringGraph([map]);
  const side = sides[0]!;
  knownGraphs.set(map.edges, {
    graph,
    ids: map.nodes.map((node) => node.id),
    kinds: map.nodes.map((node) => node.kind),
    numberAt: Int32Array.from(map.nodes, (node) => graph.numberOf(node.kind, node.id) ?? 0),
    side,
  });
  return { graph, side };
}
