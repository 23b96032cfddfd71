import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { Awareness } from 'y-protocols/awareness';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { Position } from '../domain/records/common';
import type { WorkbenchStore } from '../state/store/types';
import { bindMapDoc, type MapBinding } from './binding';
import { lockedText, readLockedNotice } from './doc/lockNotice';
import { isDocEmpty } from './doc/mapDoc';
import { bindPersonalUndo, type PersonalUndo } from './personalUndo';
import { colorFor, guestName, peopleIn, MAX_NAME_LENGTH, type Person, type SharedViewport } from './presence';
import { pageWithoutRoom, type RoomLink } from './doc/roomLink';

/*
 * One live session in the browser: the map's Yjs document, kept in this browser (y-indexeddb: edits
 * made offline survive a reload and merge on reconnect) and synced through the room's server
 * (Hocuspocus, with the link's token), bound to the workbench store (binding.ts) with per-person undo
 * (personalUndo.ts), and presence over awareness (presence.ts).
 */

/** `connected`: in sync with the server. `offline`: edits are kept here and merge when it is back. */
export type ConnectionStatus = 'connecting' | 'connected' | 'offline';

/** What the live panel shows; a new object whenever something in it changes. */
export interface LiveView {
  link: RoomLink;
  status: ConnectionStatus;
  /** False until the map was loaded (from this browser or the server). */
  joined: boolean;
  people: Person[];
  /** The person whose viewport this canvas follows. */
  following: Person | null;
  /** Why the server refused this link (expired, altered, another server's…), or null. */
  refused: string | null;
}

export interface LiveSession {
  readonly link: RoomLink;
  subscribe: (listener: () => void) => () => void;
  getView: () => LiveView;
  setName: (name: string) => void;
  /** Follows someone's viewport (null: stop). */
  follow: (clientId: number | null) => void;
  setCursor: (cursor: Position | null) => void;
  setViewport: (viewport: SharedViewport | null) => void;
  /** Leaves the room: back to this browser's own maps. */
  leave: () => void;
  dispose: () => void;
  readonly binding: MapBinding;
  readonly undo: PersonalUndo;
  /** Presence, for what travels beside it (private rounds: src/collab/round/). */
  readonly awareness: Awareness;
}

const NAME_KEY = 'obvious:live-name';
/** How long to wait for this browser's copy of the room before going on without it. */
const LOCAL_COPY_WAIT_MS = 3000;
/** Reconnecting after the server went away: first at once, then backing off to at most this. */
const MAX_RECONNECT_DELAY_MS = 4000;
/** Close codes the sync server uses for its own reasons (server/guardedRoom.ts): said in a notice. */
const SERVER_CLOSE_CODES = { min: 4000, max: 4999 };

/** The name of this browser's copy of a room (one per server and room). */
export const localCopyName = (link: RoomLink): string =>
  `obvious-live:${new URL(link.sync).host}/${link.room}`;

function storedName(): string {
  try {
    return (localStorage.getItem(NAME_KEY) ?? '').slice(0, MAX_NAME_LENGTH);
  } catch {
    return '';
  }
}

/** Opens this browser's copy of a room and waits until it is read (or gives up quietly). */
async function openLocalCopy(link: RoomLink, doc: Y.Doc): Promise<IndexeddbPersistence | null> {
  if (typeof indexedDB === 'undefined') return null;
  const copy = new IndexeddbPersistence(localCopyName(link), doc);
  await Promise.race([copy.whenSynced, new Promise((resolve) => setTimeout(resolve, LOCAL_COPY_WAIT_MS))]);
  return copy;
}

export async function startLiveSession(store: WorkbenchStore, link: RoomLink): Promise<LiveSession> {
  const actions = () => store.getState();
  actions().setReadOnly(link.mode === 'view');
  actions().setLoading(true);

  const doc = new Y.Doc();
  const binding = bindMapDoc(store, doc, { mode: link.mode });
  const undo = bindPersonalUndo(store, binding);
  const localCopy = await openLocalCopy(link, doc);
  const awareness = new Awareness(doc);
  const socket = new HocuspocusProviderWebsocket({ url: link.sync, maxDelay: MAX_RECONNECT_DELAY_MS });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: link.room,
    document: doc,
    awareness,
    token: link.token,
  });
  provider.attach();

  const listeners = new Set<() => void>();
  let status: ConnectionStatus = 'connecting';
  let joined = false;
  let followingId: number | null = null;
  let refused: string | null = null;
  let view: LiveView = { link, status, joined, people: [], following: null, refused };
  const refresh = () => {
    const people = peopleIn(awareness);
    const following = people.find((p) => p.clientId === followingId && !p.isYou) ?? null;
    if (followingId !== null && following === null) followingId = null; // they left
    view = { link, status, joined, people, following, refused };
    listeners.forEach((listener) => listener());
  };

  awareness.setLocalState({
    name: storedName() || guestName(awareness.clientID),
    color: colorFor(awareness.clientID),
    mode: link.mode,
    cursor: null,
    selection: [],
    viewport: null,
    following: null,
  });
  awareness.on('change', refresh);

  const join = () => {
    if (joined) return;
    joined = true;
    const outcome = binding.join();
    actions().setLoading(false);
    if (outcome === 'empty' && link.mode === 'edit')
      actions().setNotice({
        tone: 'info',
        text: 'This live map is empty: what you build here is shared with everyone in the room.',
      });
    refresh();
  };
  // This browser's copy first (it may hold edits made offline); otherwise the server's.
  if (!isDocEmpty(binding.doc)) join();
  provider.on('synced', join);
  if (provider.synced) join();
  const onConnection = () => {
    const next: ConnectionStatus =
      socket.status === 'connected' && provider.synced
        ? 'connected'
        : socket.status === 'disconnected'
          ? 'offline'
          : 'connecting';
    if (next === status) return;
    status = next;
    refresh();
  };
  provider.on('status', onConnection);
  provider.on('synced', onConnection);
  provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
    refused = reason;
    actions().setLoading(false);
    refresh();
  });
  provider.on('authenticated', () => {
    if (refused === null) return;
    refused = null;
    refresh();
  });
  provider.on('close', ({ event }: { event: { code: number; reason: string } }) => {
    if (event.code < SERVER_CLOSE_CODES.min || event.code > SERVER_CLOSE_CODES.max || !event.reason) return;
    actions().setNotice({
      tone: 'warning',
      text: `The sync server closed the connection: ${event.reason}. Reconnecting…`,
    });
  });

  // The server dropped a change of ours: someone else holds the room's lock (server/lockGuard.ts).
  provider.on('stateless', ({ payload }: { payload: string }) => {
    const notice = readLockedNotice(payload);
    if (notice) actions().setNotice({ tone: 'info', text: lockedText(notice) });
  });

  const unsubscribeSelection = store.subscribe((state, previous) => {
    if (state.selection === previous.selection) return;
    awareness.setLocalStateField('selection', [...state.selection.nodes, ...state.selection.planItems]);
  });

  const dispose = () => {
    unsubscribeSelection();
    awareness.off('change', refresh);
    undo.dispose();
    binding.dispose();
    provider.destroy();
    socket.destroy();
    void localCopy?.destroy();
    doc.destroy();
    actions().setReadOnly(false);
  };

  return {
    link,
    binding,
    undo,
    awareness,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getView: () => view,
    setName: (name) => {
      const tidy = name.trim().slice(0, MAX_NAME_LENGTH);
      try {
        localStorage.setItem(NAME_KEY, tidy);
      } catch {
        // Private mode: the name lasts this session only.
      }
      awareness.setLocalStateField('name', tidy || guestName(awareness.clientID));
    },
    follow: (clientId) => {
      followingId = clientId;
      awareness.setLocalStateField('following', clientId);
      refresh();
    },
    setCursor: (cursor) => awareness.setLocalStateField('cursor', cursor),
    setViewport: (viewport) => awareness.setLocalStateField('viewport', viewport),
    leave: () => {
      dispose();
      window.location.assign(pageWithoutRoom(window.location.href));
    },
    dispose,
  };
}
