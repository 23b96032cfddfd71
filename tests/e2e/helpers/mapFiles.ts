import { serializeMapFile } from '../../../src/domain/format/serialize';
import type { DecisionMap } from '../../../src/domain/records/map';
import {
  burdens,
  fears,
  influences,
  makeApprover,
  makeFriction,
  makeMap,
  makeMapFile,
  makePlanItem,
  makeProof,
  makeRisk,
  reduces,
  requires,
} from '../../builders';

/* Decision map files for the end-to-end tests, built from the shared builders. */

export const EXPORTED_AT = '2026-11-24T10:00:00.000Z';

/**
 * A small workshop map, different from the sample: a skeptical veto CFO who needs a claimed SOC 2
 * report and fears lock-in, a Legal counsel nobody has asked, an SSO friction, one anchored plan item.
 */
export function workshopMap(overrides: Partial<DecisionMap> = {}): DecisionMap {
  const cfo = makeApprover({
    id: 'cfo',
    label: 'CFO',
    veto: true,
    influence: 5,
    stance: 'skeptical',
    position: { x: 300, y: 0 },
  });
  const legal = makeApprover({
    id: 'legal',
    label: 'Legal counsel',
    role: 'legal',
    veto: true,
    stance: 'unknown',
    position: { x: 300, y: 160 },
  });
  const soc2 = makeProof({
    id: 'soc2',
    label: 'SOC 2 Type II report',
    status: 'claimed',
    position: { x: 640, y: 0 },
    evidence: [{ text: 'Report on the trust page', url: 'https://trust.example.com/soc2' }],
  });
  const lockIn = makeRisk({
    id: 'lock-in',
    label: 'Locked into two years',
    severity: 3,
    reduction: 'partial',
    position: { x: 960, y: 0 },
  });
  const sso = makeFriction({
    id: 'sso',
    label: 'SSO setup takes a month',
    severity: 2,
    status: 'present',
    position: { x: 0, y: 0 },
  });
  return makeMap({
    id: 'workshop-2026-q4',
    title: 'Enterprise security buyers',
    period: '2026-Q4',
    nodes: [cfo, legal, soc2, lockIn, sso],
    edges: [
      requires(cfo, soc2),
      fears(cfo, lockIn),
      reduces(soc2, lockIn),
      burdens(sso, cfo),
      influences(legal, cfo),
    ],
    plan: [
      makePlanItem({
        id: 'plan-soc2',
        title: 'Publish the SOC 2 report',
        category: 'process',
        addresses: ['soc2'],
      }),
    ],
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
