import { vi } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { startLiveRound, type LiveRound } from '../../src/collab/round/liveRound';
import type { LiveMode } from '../../src/collab/doc/roomLink';
import { makeApprover, makeMap, makeProof } from '../builders';
import { peersOn, type LivePeer } from './livePeers';

/* People in one live session running private rounds: presence linked as the server links it. */

export const map = makeMap({
  nodes: [
    makeApprover({ id: 'cfo', label: 'CFO', stance: 'unknown' }),
    makeApprover({ id: 'cio', label: 'CIO', stance: 'neutral' }),
    makeProof({ id: 'soc2', label: 'SOC 2 report' }),
  ],
});

export interface Person extends LivePeer {
  awareness: Awareness;
  round: LiveRound;
}

const everyone: Person[] = [];
/** Ends every round made by `room` (call after each test). */
export function disposeRooms(): void {
  everyone.forEach((p) => p.round.dispose());
  everyone.length = 0;
}

/** People in one room: presence reaches everyone else at once, with the mode the server would stamp. */
export function room(modes: LiveMode[], clock = () => Date.UTC(2026, 11, 5, 10)): Person[] {
  const peers = peersOn(map, modes.length, modes);
  const people = peers.map((peer, i) => {
    const awareness = new Awareness(peer.doc);
    awareness.setLocalState({
      name: `P${i}`,
      mode: modes[i],
      viewport: { x: i, y: 0, zoom: 1, width: 800, height: 600 },
    });
    const round = startLiveRound({
      awareness,
      store: peer.store,
      binding: peer.binding,
      mode: modes[i] ?? 'edit',
      now: clock,
    });
    return { ...peer, awareness, round };
  });
  for (const from of people)
    from.awareness.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      if (origin === 'remote') return;
      const changed = [...(added ?? []), ...(updated ?? []), ...(removed ?? [])];
      const update = encodeAwarenessUpdate(from.awareness, changed);
      for (const to of people) if (to !== from) applyAwarenessUpdate(to.awareness, update, 'remote');
    });
  // The map's document too: every update reaches everyone else at once (applied at `flushAll`).
  for (const from of people)
    from.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'remote') return;
      for (const to of people) if (to !== from) Y.applyUpdate(to.doc, update, 'remote');
    });
  // Everyone's first presence, to everyone.
  for (const from of people) from.awareness.setLocalStateField('name', from.awareness.getLocalState()?.name);
  everyone.push(...people);
  return people;
}


/** jsdom's TextEncoder gives bytes of another realm, which tweetnacl refuses: seal with this realm's. */
export function sealInJsdom(): void {
  vi.stubGlobal(
    'TextEncoder',
    class extends TextEncoder {
      override encode(text?: string) {
        return new Uint8Array(super.encode(text));
      }
    },
  );
}
