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
  /**
   * Each edge's kind, as its place in EDGE_KINDS (EDGE_KIND_NUMBER): a typed array, where 25,000
   * strings would be an array in V8's large-object space, fresh memory on every build.
   */
  edgeKindNumbers: Uint8Array;
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
  /** The place of the map's first record of each edge in `edgeList` (−1 when the map lacks the edge). */
  edgePlaces: Int32Array;
  /** The map's edges. */
  edgeList: readonly Edge[];
  /** 1 where the map has the edge. */
  edges: Uint8Array;
}

/** Each edge kind's place in EDGE_KINDS: what `ScoringGraph.edgeKindNumbers` holds. */
export const EDGE_KIND_NUMBER = Object.fromEntries(EDGE_KINDS.map((kind, k) => [kind, k])) as Record<
  EdgeKind,
  number
>;

const KIND_NUMBER: Record<NodeKind, number> = { approver: 0, proof: 1, risk: 2, friction: 3 };
const KIND_BY_NUMBER = Object.keys(KIND_NUMBER) as NodeKind[];

/** An edge kind's number (its place in EDGE_KINDS), by comparing strings: no keyed lookup per edge. */
function edgeKindNumber(kind: EdgeKind): number {
  for (let k = 0; k < EDGE_KINDS.length; k++) if (EDGE_KINDS[k] === kind) return k;
  return -1;
}
const REDUCES = EDGE_KIND_NUMBER.reduces;
const BURDENS = EDGE_KIND_NUMBER.burdens;
const INFLUENCES = EDGE_KIND_NUMBER.influences;
/** The kind bits (by KIND_NUMBER) an edge kind's source and target must have, by edge kind number. */
const SOURCE_BIT = EDGE_KINDS.map((kind) => 1 << KIND_NUMBER[EDGE_ENDS[kind].source]);
const TARGET_BIT = EDGE_KINDS.map((kind) => 1 << KIND_NUMBER[EDGE_ENDS[kind].target]);

/**
 * The id table is split into this many hash tables by a cheap function of the id. One table of
 * 10,000 entries outgrows V8's regular heap (past about 8,000 entries it is reallocated in the
 * large-object space, fresh memory each time): 2–2.5 ms to fill on the benchmark machine, where
 * 16 tables of about 600 entries take 0.4 ms.
 */
const ID_SHARDS = 16;

/** Which of the id table's hash tables holds an id (an empty id goes to the first: NaN & 15 is 0). */
const shardOf = (id: string): number =>
  (id.charCodeAt(0) * 31 + id.charCodeAt(id.length - 1) * 7 + id.length) & (ID_SHARDS - 1);

/**
 * The ids of the maps: each id's entry (its place in first-seen order, one hash entry per id), and
 * per entry the kinds the id has, as bits by KIND_NUMBER (almost always one), and its first node
 * number. Numbers and bits in typed arrays: no object per id.
 */
interface IdTable {
  shards: Map<string, number>[];
  bits: Int32Array;
  first: Int32Array;
}

const entryOf = (table: IdTable, id: string): number | undefined => table.shards[shardOf(id)]!.get(id);

/** The node number of the id's node of the kind with this bit, or −1 if the id has no such node. */
function numberAt(table: IdTable, id: string, bit: number): number {
  const entry = entryOf(table, id);
  if (entry === undefined) return -1;
  const bits = table.bits[entry]!;
  return (bits & bit) === 0 ? -1 : numberOfKind(bits, table.first[entry]!, bit);
}

/** The node number of the kind with `bit` among an id's kinds (`bits`), its first kind numbered `first`. */
function numberOfKind(bits: number, first: number, bit: number): number {
  // Kinds of one id follow each other in KIND_NUMBER order: count the id's kinds before this one.
  let before = bits & (bit - 1);
  let n = first;
  for (; before !== 0; before &= before - 1) n++;
  return n;
}

/**
 * Every (id, kind) of the maps, numbered in id order, then kind; and, per map, the number of each
 * of its nodes in the map's own order. One hash entry per id, looked up once per node.
 */
function numberNodes(maps: readonly DecisionMap[]) {
  const shards = Array.from({ length: ID_SHARDS }, () => new Map<string, number>());
  const unique: string[] = [];
  const total = maps.reduce((sum, map) => sum + map.nodes.length, 0);
  const bits = new Int32Array(total);
  const first = new Int32Array(total);
  // Per map, each node's entry and kind bit, so that numbering it needs no second lookup.
  const entryOfNode: Int32Array[] = [];
  const bitOfNode: Int32Array[] = [];
  for (const map of maps) {
    const nodes = map.nodes;
    const entries = new Int32Array(nodes.length);
    const bitOf = new Int32Array(nodes.length);
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      const id = node.id;
      const bit = 1 << KIND_NUMBER[node.kind];
      const shard = shards[shardOf(id)]!;
      let entry = shard.get(id);
      if (entry === undefined) {
        entry = unique.length;
        shard.set(id, entry);
        unique.push(id);
      }
      bits[entry]! |= bit;
      entries[i] = entry;
      bitOf[i] = bit;
    }
    entryOfNode.push(entries);
    bitOfNode.push(bitOf);
  }
  // The default sort compares strings by UTF-16 code units, as compareIds does, without a call per comparison.
  const sorted = unique.sort();
  const table: IdTable = { shards, bits, first };
  const ids: string[] = [];
  const kinds: NodeKind[] = [];
  for (const id of sorted) {
    const entry = entryOf(table, id)!;
    first[entry] = ids.length;
    const idBits = bits[entry]!;
    for (let k = 0; k < KIND_BY_NUMBER.length; k++) {
      if ((idBits & (1 << k)) === 0) continue;
      ids.push(id);
      kinds.push(KIND_BY_NUMBER[k]!);
    }
  }
  const numbersOfNodes = maps.map((map, m) => {
    const entries = entryOfNode[m]!;
    const bitOf = bitOfNode[m]!;
    const numbers = new Int32Array(entries.length);
    for (let i = 0; i < numbers.length; i++) {
      const entry = entries[i]!;
      numbers[i] = numberOfKind(bits[entry]!, first[entry]!, bitOf[i]!);
    }
    return numbers;
  });
  return {
    ids,
    kinds,
    table,
    numbersOfNodes,
    numberOf: (kind: NodeKind, id: string): number | undefined => {
      const n = numberAt(table, id, 1 << KIND_NUMBER[kind]);
      return n < 0 ? undefined : n;
    },
    firstNumberOf: (id: string): number | undefined => {
      const entry = entryOf(table, id);
      return entry === undefined ? undefined : first[entry];
    },
  };
}

/**
 * One number per (kind, source, target) over all maps, in that order (counting sorts): the same
 * edge in two maps, or twice in one, gets one number. Edges whose ends are missing from their own
 * map, or of the wrong kinds, are left out.
 */
function numberEdges(
  maps: readonly DecisionMap[],
  sideNodes: (DecisionNode | undefined)[][],
  table: IdTable,
) {
  const capacity = maps.reduce((sum, map) => sum + map.edges.length, 0);
  const kindOf = new Int32Array(capacity);
  const sourceOf = new Int32Array(capacity);
  const targetOf = new Int32Array(capacity);
  const mapOf = new Int32Array(capacity);
  // Where the record is in its map's edges (no array of 25,000 references to build).
  const placeOf = new Int32Array(capacity);
  let count = 0;
  for (let m = 0; m < maps.length; m++) {
    const nodes = sideNodes[m]!;
    const edges = maps[m]!.edges;
    for (let place = 0; place < edges.length; place++) {
      const edge = edges[place]!;
      const kind = edgeKindNumber(edge.kind);
      if (kind < 0) continue;
      const s = numberAt(table, edge.source, SOURCE_BIT[kind]!);
      const t = numberAt(table, edge.target, TARGET_BIT[kind]!);
      if (s < 0 || t < 0 || s === t || nodes[s] === undefined || nodes[t] === undefined) continue;
      kindOf[count] = kind;
      sourceOf[count] = s;
      targetOf[count] = t;
      mapOf[count] = m;
      placeOf[count] = place;
      count++;
    }
  }
  const nodeCount = sideNodes[0]?.length ?? 0;
  let order = identity(count);
  order = stableSortBy(order, targetOf, nodeCount);
  order = stableSortBy(order, sourceOf, nodeCount);
  order = stableSortBy(order, kindOf, EDGE_KINDS.length);

  const edgeOf = new Int32Array(count);
  const kinds = new Int32Array(count);
  const sources = new Int32Array(count);
  const targets = new Int32Array(count);
  let last = -1;
  let lastKind = -1;
  // Indexed, as in graphTables: no iterator result per edge.
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (kindOf[i] !== lastKind || sourceOf[i] !== sources[last] || targetOf[i] !== targets[last]) {
      lastKind = kindOf[i]!;
      kinds[++last] = lastKind;
      sources[last] = sourceOf[i]!;
      targets[last] = targetOf[i]!;
    }
    edgeOf[i] = last;
  }
  // One allocation of the final length, not an array grown by 25,000 pushes.
  return {
    edgeKindNumbers: Uint8Array.from(kinds.subarray(0, last + 1)),
    edgeSources: sources.slice(0, last + 1),
    edgeTargets: targets.slice(0, last + 1),
    edgeOf,
    mapOf,
    placeOf,
  };
}

/**
 * The graph over all nodes and edges of the given maps, each map's side of it, and the node number
 * of each map's nodes in the map's own order.
 */
export function buildScoringGraph(maps: readonly DecisionMap[]): {
  graph: ScoringGraph;
  sides: GraphSide[];
  numbersOfNodes: Int32Array[];
} {
  const { ids, kinds, table, numbersOfNodes, numberOf, firstNumberOf } = numberNodes(maps);
  const nodeCount = ids.length;
  const sideNodes = maps.map((map, m) => {
    const nodes = new Array<DecisionNode | undefined>(nodeCount).fill(undefined);
    const numbers = numbersOfNodes[m]!;
    map.nodes.forEach((node, i) => {
      nodes[numbers[i]!] ??= node;
    });
    return nodes;
  });
  const { edgeKindNumbers, edgeSources, edgeTargets, edgeOf, mapOf, placeOf } = numberEdges(
    maps,
    sideNodes,
    table,
  );

  const edgeCount = edgeKindNumbers.length;
  const linkApprover = new Int32Array(edgeCount).fill(-1);
  const linkItem = new Int32Array(edgeCount).fill(-1);
  const links = new TripleList(2 * edgeCount);
  const reduces = new TripleList(2 * edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    const kind = edgeKindNumbers[e]!;
    const source = edgeSources[e]!;
    const target = edgeTargets[e]!;
    if (kind === REDUCES) {
      reduces.add(source, e, target);
      reduces.add(target, e, source);
    } else if (kind !== INFLUENCES) {
      const approver = kind === BURDENS ? target : source;
      const item = kind === BURDENS ? source : target;
      linkApprover[e] = approver;
      linkItem[e] = item;
      links.add(approver, e, item);
      links.add(item, e, approver);
    }
  }

  const graph: ScoringGraph = {
    ids,
    kinds,
    approvers: [],
    edgeKindNumbers,
    edgeSources,
    edgeTargets,
    links: links.toAdjacency(nodeCount),
    linkApprover,
    linkItem,
    reduces: reduces.toAdjacency(nodeCount),
    numberOf,
    firstNumberOf,
  };
  for (let n = 0; n < nodeCount; n++) if (kinds[n] === 'approver') graph.approvers.push(n);
  const sides = sideNodes.map((nodes, m): GraphSide => ({
    nodes,
    edgePlaces: new Int32Array(edgeCount).fill(-1),
    edgeList: maps[m]!.edges,
    edges: new Uint8Array(edgeCount),
  }));
  // Each map's side keeps its first record of an edge.
  for (let i = 0; i < edgeOf.length; i++) {
    const e = edgeOf[i]!;
    const m = mapOf[i]!;
    const side = sides[m]!;
    if (side.edges[e] === 1) continue;
    side.edges[e] = 1;
    side.edgePlaces[e] = placeOf[i]!;
  }
  return { graph, sides, numbersOfNodes };
}

/** The edges of node n in an adjacency, as a list. */
export function edgesOf(adjacency: Adjacency, n: number): number[] {
  return Array.from(adjacency.edges.subarray(adjacency.start[n], adjacency.start[n + 1]));
}

interface KnownGraph {
  graph: ScoringGraph;
  /**
   * The map's nodes array (whose ids and kinds it was built for; maps are never changed in place,
   * as keying on the edges array already assumes), and each node's number.
   */
  nodes: readonly DecisionNode[];
  numberAt: Int32Array;
  side: GraphSide;
}

/** Graphs by the edges array they were built from: an entry lives only as long as its map's edges. */
const knownGraphs = new WeakMap<readonly Edge[], KnownGraph>();

const sameNodes = (known: KnownGraph, nodes: readonly DecisionNode[]): boolean =>
  known.nodes.length === nodes.length &&
  nodes.every((node, i) => node.id === known.nodes[i]!.id && node.kind === known.nodes[i]!.kind);

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
  const { graph, sides, numbersOfNodes } = buildScoringGraph([map]);
  const side = sides[0]!;
  knownGraphs.set(map.edges, {
    graph,
    nodes: map.nodes,
    numberAt: numbersOfNodes[0]!,
    side,
  });
  return { graph, side };
}
