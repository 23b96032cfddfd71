import { fetchUpdates, IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { WorkbenchStore } from '../state/store/types';
import { keyOf, requestLinks } from './doc/linksApi';
import { mapDoc } from './doc/mapDoc';
import { roomUrl, syncServerProblem, type RoomLink } from './doc/roomLink';
import { localCopyName } from './session';
import { writeMapChange } from './doc/writeMapDoc';

/*
 * Share live: the open map becomes a room on the sync server. The server makes the room (an
 * unguessable name) and signs its links, given the server's key — or, given an edit link to an empty
 * room, that room's links. The map is written into this browser's copy of the room, then the page
 * opens the room's edit link; from there on it is a live page like anyone else's (the room is saved
 * in this browser and on the server, not in the list of maps).
 */

const JUST_SHARED_KEY = 'obvious:live-just-shared';
const SYNC_KEY = 'obvious:live-sync';

/** The sync server used last in this browser, if any. */
export function rememberedSyncServer(): string | null {
  try {
    return localStorage.getItem(SYNC_KEY);
  } catch {
    return null;
  }
}

/** Copies text; false when the browser does not allow it (the dialog shows the link to copy by hand). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts a live session on the open map, copies its link, and opens it. Returns a message when the sync
 * server cannot be used or refuses the key; otherwise the page navigates away.
 */
export async function shareMapLive(store: WorkbenchStore, sync: string, key: string): Promise<string | null> {
  const problem = syncServerProblem(sync);
  if (problem) return problem;
  if (keyOf(key) === '') return 'Enter the key to start live sessions on this server (whoever runs it has it).';
  const server = sync.replace(/\/+$/, '');
  const answer = await requestLinks(server, keyOf(key));
  if (!answer.ok) return answer.message;
  if (!answer.links.empty)
    return 'That link’s room already holds a map: open the link itself, or use a link to an empty room.';
  const link: RoomLink = { room: answer.links.room, sync: server, token: answer.links.edit, mode: 'edit' };
  const url = roomUrl(window.location.href, link);
  // First, while the click still counts as the person's own gesture (browsers require it to copy).
  const copying = copyText(url);
  try {
    localStorage.setItem(SYNC_KEY, link.sync);
  } catch {
    // Not remembered: the default is offered next time.
  }
  const doc = new Y.Doc();
  doc.transact(() => writeMapChange(mapDoc(doc), null, store.getState().map));
  const localCopy = new IndexeddbPersistence(localCopyName(link), doc);
  await localCopy.whenSynced;
  // A read-write transaction after the writes: once it is done, they are on disk.
  await fetchUpdates(localCopy);
  await localCopy.destroy();
  const copied = await copying;
  try {
    sessionStorage.setItem(JUST_SHARED_KEY, JSON.stringify({ room: link.room, copied }));
  } catch {
    // The links dialog just does not open by itself.
  }
  window.location.assign(url);
  return null;
}

/** Whether this page was opened by Share live just now (and if the link was copied); asked once. */
export function takeJustShared(room: string): { copied: boolean } | null {
  try {
    const raw = sessionStorage.getItem(JUST_SHARED_KEY);
    sessionStorage.removeItem(JUST_SHARED_KEY);
    const value: unknown = raw === null ? null : JSON.parse(raw);
    if (typeof value !== 'object' || value === null || !('room' in value) || value.room !== room) return null;
    return { copied: 'copied' in value && value.copied === true };
  } catch {
    return null;
  }
}
