import type { DecisionMap } from '../records/map';

/** Makes a fresh id with a prefix ("approver", "edge", "plan"); never one the map or this source already used. */
export type IdSource = (prefix: string) => string;

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Eight random base-36 characters. `crypto.getRandomValues` works outside secure contexts too (unlike randomUUID). */
export function randomSuffix(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return out;
}

/**
 * Ids are random rather than counted so that a deleted node's id is never given to a different node
 * later: maps of successive quarters are compared by node id.
 */
export function createIdSource(map: DecisionMap, suffix: () => string = randomSuffix): IdSource {
  const taken = new Set<string>();
  for (const node of map.nodes) taken.add(node.id);
  for (const edge of map.edges) taken.add(edge.id);
  for (const item of map.plan) taken.add(item.id);
  return (prefix) => {
    for (;;) {
      const id = `${prefix}-${suffix()}`;
      if (!taken.has(id)) {
        taken.add(id);
        return id;
      }
    }
  };
}
