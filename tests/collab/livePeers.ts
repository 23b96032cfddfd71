import * as Y from 'yjs';
import { bindMapDoc, type MapBinding } from '../../src/collab/binding';
import type { LiveMode } from '../../src/collab/doc/roomLink';
import { mapDoc } from '../../src/collab/doc/mapDoc';
import { bindPersonalUndo, type PersonalUndo } from '../../src/collab/personalUndo';
import { readMapDoc } from '../../src/collab/doc/readMapDoc';
import { writeMapChange } from '../../src/collab/doc/writeMapDoc';
import { checkMap } from '../../src/collab/doc/checkMap';
import type { DecisionMap } from '../../src/domain/records/map';
import { emptyMap } from '../../src/domain/records/map';
import { createWorkbenchStore } from '../../src/state/store/createWorkbenchStore';
import type { WorkbenchStore } from '../../src/state/store/types';

/** One person in a live session: their store, their copy of the document, the binding and their undo. */
export interface LivePeer {
  name: string;
  store: WorkbenchStore;
  doc: Y.Doc;
  binding: MapBinding;
  undo: PersonalUndo;
}

/** A document holding `map`, as Share live leaves it. */
export function docWith(map: DecisionMap): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => writeMapChange(mapDoc(doc), null, map));
  return doc;
}

/** A copy of `source` (what a peer has after syncing with it). */
export function copyOf(source: Y.Doc): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
  return doc;
}

/**
 * Joins a person to `doc`. Remote changes wait for `binding.flush()` (tests decide when the batch
 * timer fires); ids made in this store start with the person's name, so two people never make the same id.
 */
export function joinPeer(name: string, doc: Y.Doc, mode: LiveMode = 'edit'): LivePeer {
  let n = 0;
  const store = createWorkbenchStore({ map: emptyMap(`${name}-own-map`), idSuffix: () => `${name}${++n}` });
  const binding = bindMapDoc(store, doc, { mode, schedule: () => () => {} });
  const undo = bindPersonalUndo(store, binding);
  binding.join();
  return { name, store, doc, binding, undo };
}

/** `count` people who all start from `map` (named a, b, c…). */
export function peersOn(map: DecisionMap, count: number, modes: readonly LiveMode[] = []): LivePeer[] {
  const first = docWith(map);
  return Array.from({ length: count }, (_, i) =>
    joinPeer(String.fromCharCode(97 + i), i === 0 ? first : copyOf(first), modes[i] ?? 'edit'),
  );
}

export const flushAll = (peers: readonly LivePeer[]): void => peers.forEach((p) => p.binding.flush());

/** The map the document holds, validated (throws when it is not valid). */
export function mapInDoc(doc: Y.Doc, previous: DecisionMap): DecisionMap {
  const checked = checkMap(readMapDoc(mapDoc(doc)), previous);
  if (!checked.ok) throw new Error(`the document is not valid: ${JSON.stringify(checked.problems)}`);
  return checked.map;
}
