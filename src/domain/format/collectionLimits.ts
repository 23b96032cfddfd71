import { LIMITS } from '../limits';
import type { FileKind } from './envelope';
import { isJsonObject, type JsonObject } from './migrations';
import type { FileProblem } from './types';

const count = (n: number): string => n.toLocaleString('en-US');

const COLLECTIONS = [
  { key: 'nodes', limit: LIMITS.nodes, noun: 'nodes' },
  { key: 'edges', limit: LIMITS.edges, noun: 'edges' },
  { key: 'plan', limit: LIMITS.planItems, noun: 'plan items' },
  { key: 'deals', limit: LIMITS.deals, noun: 'deals' },
] as const;

function oversizedInMap(map: unknown, path: string, problems: FileProblem[]): void {
  if (!isJsonObject(map)) return;
  for (const { key, limit, noun } of COLLECTIONS) {
    const list = Object.hasOwn(map, key) ? map[key] : undefined;
    if (Array.isArray(list) && list.length > limit) {
      problems.push({
        path: `${path}.${key}`,
        message: `at most ${count(limit)} ${noun} are allowed, got ${count(list.length)}`,
      });
    }
  }
}

/**
 * The list-length limits, checked on the raw JSON before any schema walks the elements, so a file
 * with 20,001 nodes (or 10,001 deals) is refused at once instead of after validating every one of them.
 */
export function findOversizedCollections(kind: FileKind, file: JsonObject): FileProblem[] {
  const problems: FileProblem[] = [];
  if (kind === 'map') {
    oversizedInMap(Object.hasOwn(file, 'map') ? file.map : undefined, 'map', problems);
    return problems;
  }
  const maps = Object.hasOwn(file, 'maps') ? file.maps : undefined;
  if (!Array.isArray(maps)) return problems;
  if (maps.length > LIMITS.maps) {
    problems.push({
      path: 'maps',
      message: `at most ${count(LIMITS.maps)} maps are allowed in a workspace, got ${count(maps.length)}`,
    });
    return problems;
  }
  maps.forEach((map: unknown, i) => oversizedInMap(map, `maps[${i}]`, problems));
  return problems;
}
