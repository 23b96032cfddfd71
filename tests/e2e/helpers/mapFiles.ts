import { serializeMapFile } from '../../../src/domain/format/serialize';
import type { DecisionMap } from '../../../src/domain/records/map';
import { makeMapFile, makeSmallMap } from '../../builders';

/* Decision map files for the end-to-end tests, built from the shared builders. */

export const EXPORTED_AT = '2026-11-24T10:00:00.000Z';

/**
 * A small workshop map, different from the sample: a skeptical veto CFO who needs a claimed SOC 2
 * report and fears lock-in, a Legal counsel nobody has asked, an SSO friction, one anchored plan item.
 */
export function workshopMap(overrides: Partial<DecisionMap> = {}): DecisionMap {
  return makeSmallMap({
    id: 'workshop-2026-q4',
    title: 'Enterprise security buyers',
    period: '2026-Q4',
    ...overrides,
  });
}

/** The map as Export JSON writes it. */
export const mapFileText = (map: DecisionMap = workshopMap()): string => serializeMapFile(map, EXPORTED_AT);

/** The map file as plain JSON (nothing typed: a test is about to break it). */
export const mapFileJson = (map: DecisionMap = workshopMap()): unknown =>
  JSON.parse(JSON.stringify(makeMapFile(map, EXPORTED_AT)));

/** `map.nodes[3].severity` → ['map', 'nodes', 3, 'severity']. */
const pathSteps = (path: string): (string | number)[] =>
  path.split(/\.|(?=\[)/).map((step) => (/^\[\d+\]$/.test(step) ? Number(step.slice(1, -1)) : step));

/**
 * Sets (or with `undefined`, deletes) the value at a path in JSON, the way file problems name paths:
 * `withValue(mapFileJson(), 'map.nodes[3].severity', 7)`. Returns the same JSON for chaining.
 */
export function withValue(json: unknown, path: string, value: unknown): unknown {
  const steps = pathSteps(path);
  const last = steps.pop();
  let at: unknown = json;
  for (const step of steps) at = (at as Record<string | number, unknown>)[step];
  if (typeof at !== 'object' || at === null || last === undefined) throw new Error(`no ${path} in this JSON`);
  const parent = at as Record<string | number, unknown>;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return json;
}

/** The value at a path (for copying one record into another place). */
export function valueAt(json: unknown, path: string): unknown {
  return pathSteps(path).reduce<unknown>((at, step) => (at as Record<string | number, unknown>)[step], json);
}

/** A file for the file input, a drop or a paste. */
export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export const jsonFile = (text: string | Buffer, name = 'map.obvious.json'): FilePayload => ({
  name,
  mimeType: 'application/json',
  buffer: typeof text === 'string' ? Buffer.from(text, 'utf8') : text,
});
