import { createElement } from 'react';
import type { WorkbenchStore } from '../state/store/types';
import { showLivePanel, showPresentRound } from './liveSlot';
import { defaultSyncServer, pageWithoutRoom, readRoomLink } from './doc/roomLink';
import { startLiveRound } from './round/liveRound';
import { startLiveSession } from './session';
import { rememberedSyncServer, takeJustShared } from './shareLive';
import { LivePanel } from './ui/LivePanel';
import { PresentRound } from './ui/round/PresentRound';
import { SharePanel } from './ui/SharePanel';

/*
 * The two ways into src/collab, both loaded on demand: src/main.tsx imports this module only when the
 * page address has `?room=`, and the Share live button only when it is pressed.
 */

/** The sync server a link without `sync=` uses (set VITE_COLLAB_SYNC when building for a team). */
export function defaultSync(): string {
  const configured: unknown = import.meta.env.VITE_COLLAB_SYNC;
  return defaultSyncServer(window.location, typeof configured === 'string' ? configured : undefined);
}

/**
 * Joins the live session the page address names. When the link cannot be used, says why (a notice),
 * takes the room out of the address and returns false: the caller then opens this browser's own maps.
 */
export async function joinLiveSessionFromPage(store: WorkbenchStore): Promise<boolean> {
  const result = readRoomLink(window.location.search, defaultSync());
  let problem = result === null ? null : result.ok ? null : result.message;
  if (result?.ok) {
    try {
      const session = await startLiveSession(store, result.link);
      const round = startLiveRound({
        awareness: session.awareness,
        store,
        binding: session.binding,
        mode: result.link.mode,
      });
      showLivePanel(
        createElement(LivePanel, { session, round, justShared: takeJustShared(result.link.room) }),
      );
      showPresentRound(createElement(PresentRound, { round }));
      return true;
    } catch {
      problem = 'The live session could not be started in this browser.';
    }
  }
  if (problem)
    store.getState().setNotice({ tone: 'error', text: `${problem} Showing the maps kept in this browser.` });
  window.history.replaceState(null, '', pageWithoutRoom(window.location.href));
  showLivePanel(null);
  showPresentRound(null);
  return false;
}

/** Opens the Share live dialog (the room is created when it is confirmed). */
export function openShareLive(store: WorkbenchStore): void {
  const sync = rememberedSyncServer() ?? defaultSync();
  showLivePanel(createElement(SharePanel, { store, defaultSync: sync, onClose: () => showLivePanel(null) }));
}
