/**
 * Compact integer tables for the scoring graph, built with counting sorts: O(items + buckets),
 * no comparisons, no hashing. Loops over typed arrays are indexed: `for … of` allocated an iterator
 * result per element here (about 2 MB of garbage per 10,000-node analysis).
 */

/**
 * Edges of each node: the edges of node n are `edges[start[n]]` … `edges[start[n + 1] - 1]`,
 * sorted by the node at their other end.
 */
export interface Adjacency {
  start: Int32Array;
  edges: Int32Array;
}

/** 0, 1, …, count − 1. */
export function identity(count: number): Int32Array {
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  return order;
}

/** The positions in `order`, stably sorted by `key` (integers from 0 to buckets − 1). */
export function stableSortBy(order: Int32Array, key: Int32Array, buckets: number): Int32Array {
  const slot = new Int32Array(buckets + 1);
  for (let k = 0; k < order.length; k++) slot[key[order[k]!]! + 1]!++;
  for (let b = 0; b < buckets; b++) slot[b + 1]! += slot[b]!;
  const sorted = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    sorted[slot[key[i]!]!++] = i;
  }
  return sorted;
}

/** An adjacency from (owner, edge, other end) triples, each owner's edges sorted by other end. */
export function adjacency(
  nodeCount: number,
  owner: Int32Array,
  edge: Int32Array,
  otherEnd: Int32Array,
): Adjacency {
  const byOtherEnd = stableSortBy(identity(owner.length), otherEnd, nodeCount);
  const start = new Int32Array(nodeCount + 1);
  for (let k = 0; k < owner.length; k++) start[owner[k]! + 1]!++;
  for (let n = 0; n < nodeCount; n++) start[n + 1]! += start[n]!;
  const next = start.slice(0, nodeCount);
  const edges = new Int32Array(owner.length);
  for (let k = 0; k < byOtherEnd.length; k++) {
    const i = byOtherEnd[k]!;
    edges[next[owner[i]!]!++] = edge[i]!;
  }
  return { start, edges };
}

/** Collects up to `capacity` (owner, edge, other end) triples for `adjacency`. */
export class TripleList {
  private readonly owners: Int32Array;
  private readonly edges: Int32Array;
  private readonly others: Int32Array;
  private count = 0;

  constructor(capacity: number) {
    this.owners = new Int32Array(capacity);
    this.edges = new Int32Array(capacity);
    this.others = new Int32Array(capacity);
  }

  add(owner: number, edge: number, other: number): void {
    this.owners[this.count] = owner;
    this.edges[this.count] = edge;
    this.others[this.count] = other;
    this.count++;
  }

  toAdjacency(nodeCount: number): Adjacency {
    const n = this.count;
    return adjacency(
      nodeCount,
      this.owners.subarray(0, n),
      this.edges.subarray(0, n),
      this.others.subarray(0, n),
    );
  }
}
