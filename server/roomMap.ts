import * as Y from 'yjs';
import { checkMap, describeProblem, type MapProblem } from '../src/collab/doc/checkMap';
import { isDocEmpty, mapDoc, type MapDoc } from '../src/collab/doc/mapDoc';
import { readMapDoc, type RecordCache } from '../src/collab/doc/readMapDoc';
import type { DecisionMap } from '../src/domain/records/map';

/*
 * Whether a room's document holds a valid decision map, by the same rules the app applies to every
 * change from a peer (src/collab/readMapDoc.ts, then src/collab/checkMap.ts: the domain's schema,
 * record by record). An empty document is valid (nobody has shared a map yet); anything the app
 * never writes (another top-level name) is not.
 */

/** The document's top-level names (src/collab/mapDoc.ts); anything else is not written by the app. */
export const ROOTS: ReadonlySet<string> = new Set(['map', 'nodes', 'edges', 'plan', 'deals']);

type RootType = Y.Doc['share'] extends Map<string, infer T> ? T : never;

const hasContent = (type: RootType): boolean =>
  type._length > 0 || [...type._map.values()].some((item) => !item.deleted);

/** Top-level names the app never writes that hold something. */
export const foreignRoots = (doc: Y.Doc): string[] =>
  [...doc.share].filter(([name, type]) => !ROOTS.has(name) && hasContent(type)).map(([name]) => name);

/** Compared against when there is no valid map yet: every record is checked. */
export const NO_MAP: DecisionMap = {
  id: '',
  title: '',
  decision: '',
  market: '',
  period: '',
  nodes: [],
  edges: [],
  plan: [],
};

export type RoomCheck =
  { ok: true; map: DecisionMap | null } | { ok: false; reason: string; problems: MapProblem[] };

/** "nodes.3.label: must not be empty (and 2 more)": what a refusal says. */
export function summarise(problems: readonly MapProblem[]): string {
  const first = problems[0];
  const what = first ? describeProblem(first) : 'the map is not valid';
  return problems.length > 1 ? `${what} (and ${problems.length - 1} more)` : what;
}

export function checkRoom(
  d: MapDoc,
  cache: RecordCache | undefined,
  previous: DecisionMap | null,
): RoomCheck {
  const foreign = foreignRoots(d.doc);
  if (foreign.length > 0)
    return {
      ok: false,
      reason: `the document may hold only a decision map, not “${foreign[0]?.slice(0, 40)}”`,
      problems: [],
    };
  if (isDocEmpty(d)) return { ok: true, map: null };
  const checked = checkMap(readMapDoc(d, cache), previous ?? NO_MAP);
  return checked.ok
    ? { ok: true, map: checked.map }
    : {
        ok: false,
        reason: `the map would not be valid: ${summarise(checked.problems)}`,
        problems: checked.problems,
      };
}

/** The valid map a stored state holds, or null (empty, or not valid). */
export function mapOfState(state: Uint8Array): DecisionMap | null {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const check = checkRoom(mapDoc(doc), undefined, null);
    return check.ok ? check.map : null;
  } catch {
    return null;
  } finally {
    doc.destroy();
  }
}
