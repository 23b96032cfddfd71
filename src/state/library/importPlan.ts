import { serializeMapFile } from '../../domain/format/serialize';
import type { DecisionMap } from '../../domain/records/map';

/*
 * What opening a file does to the library, decided before anything is written: maps with new ids are
 * added; a map identical to the one the library already holds under its id is already there; a map
 * whose id is taken by a different map waits for the user's choice: keep both, or replace.
 */

export interface ImportPlan {
  /** Maps whose id the library does not have. */
  add: DecisionMap[];
  /** Maps the library already holds, unchanged. */
  same: DecisionMap[];
  /** Maps whose id the library has for a different map. */
  collide: DecisionMap[];
}

export type ImportChoice = 'keep-both' | 'replace';

/** Two maps hold the same decision map when they would be written as the same file. */
export const sameMap = (a: DecisionMap, b: DecisionMap): boolean =>
  a === b || serializeMapFile(a, '') === serializeMapFile(b, '');

/**
 * Sorts incoming maps by what the library holds under their ids. `existing(id)` gives the library's map,
 * `null` when the id is taken by a map whose text cannot be opened (a collision: it is never replaced
 * silently), or `undefined` when the id is free.
 */
export function planImport(
  incoming: readonly DecisionMap[],
  existing: (id: string) => DecisionMap | null | undefined,
): ImportPlan {
  const plan: ImportPlan = { add: [], same: [], collide: [] };
  for (const map of incoming) {
    const held = existing(map.id);
    if (held === undefined) plan.add.push(map);
    else if (held !== null && sameMap(held, map)) plan.same.push(map);
    else plan.collide.push(map);
  }
  return plan;
}

/**
 * The maps to write for a choice. Keep both: each colliding map gets a fresh id from `newId`, and an
 * incoming map based on a renamed one follows it (its lineage stays inside the file it came with).
 * Replace: the colliding maps are written under their own ids, over the library's.
 */
export function mapsToWrite(plan: ImportPlan, choice: ImportChoice, newId: () => string): DecisionMap[] {
  if (choice === 'replace') return [...plan.add, ...plan.collide];
  const renamed = new Map<string, string>();
  for (const map of plan.collide) renamed.set(map.id, newId());
  const follow = (map: DecisionMap): DecisionMap => {
    const id = renamed.get(map.id) ?? map.id;
    const basedOn = map.basedOn === undefined ? undefined : (renamed.get(map.basedOn) ?? map.basedOn);
    if (id === map.id && basedOn === map.basedOn) return map;
    return { ...map, id, ...(basedOn === undefined ? {} : { basedOn }) };
  };
  return [...plan.add, ...plan.collide].map(follow);
}
