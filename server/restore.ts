import * as Y from 'yjs';
import { mapDoc, type MapDoc } from '../src/collab/doc/mapDoc';
import { writeMapChange } from '../src/collab/doc/writeMapDoc';
import type { DecisionMap } from '../src/domain/records/map';
import { repairRoom } from './repairRoom';
import { checkRoom, mapOfState } from './roomMap';
import type { RoomStore, Snapshot } from './store/roomStore';

/*
 * Rolling a room back to a snapshot (`npm run collab:restore ROOM --at TIME`). A Yjs document only
 * grows, and every browser that joined holds a copy that would bring the vandalism back; so a restore
 * is written as new edits that make the map what the snapshot holds (fields set back, records marked
 * deleted or brought back), exactly like one person's edit. The state before it is kept as a snapshot,
 * so a restore can itself be undone.
 */

export type RestoreResult = { ok: true; snapshot: Snapshot } | { ok: false; message: string };

/** The newest snapshot taken at or before `at` that holds a valid map. */
export async function findSnapshot(
  store: RoomStore,
  room: string,
  at: Date,
): Promise<{ snapshot: Snapshot; map: DecisionMap } | null> {
  for (const snapshot of await store.snapshotsBefore(room, at, 100)) {
    const map = mapOfState(snapshot.state);
    if (map) return { snapshot, map };
  }
  return null;
}

export const noSnapshot = (room: string, at: Date): string =>
  `Room ${room} has no snapshot with a valid map taken at or before ${at.toISOString()} (see: npm run collab:restore -- ${room} --list).`;

/** Writes, as new edits, what makes `d` hold `target` (after repairing it, should it not be valid). */
export function writeRestore(d: MapDoc, target: DecisionMap, room: string): void {
  let current = checkRoom(d, undefined, null);
  if (!current.ok) {
    const repaired = repairRoom(d, null, room);
    current = repaired.ok ? { ok: true, map: repaired.map } : current;
  }
  const before = current.ok ? current.map : null;
  d.doc.transact(() => writeMapChange(d, before, target));
}

/**
 * Restores a room that no server has open, in the database itself (when the server is not running).
 * A server that has the room open would overwrite it on its next save: the command uses the running
 * server when it can reach it.
 */
export async function restoreStored(store: RoomStore, room: string, at: Date): Promise<RestoreResult> {
  const found = await findSnapshot(store, room, at);
  if (!found) return { ok: false, message: noSnapshot(room, at) };
  const state = await store.load(room);
  const doc = new Y.Doc();
  try {
    if (state) {
      Y.applyUpdate(doc, state);
      await store.snapshot(room, state, 'before-restore');
    }
    writeRestore(mapDoc(doc), found.map, room);
    await store.save(room, Y.encodeStateAsUpdate(doc));
  } finally {
    doc.destroy();
  }
  return { ok: true, snapshot: found.snapshot };
}
