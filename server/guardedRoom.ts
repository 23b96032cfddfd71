import * as Y from 'yjs';
import { mapDoc, type MapDoc } from '../src/collab/doc/mapDoc';
import { RecordCache, watchRecords } from '../src/collab/doc/readMapDoc';
import type { DecisionMap } from '../src/domain/records/map';
import { checkRoom, type RoomCheck } from './roomMap';

/*
 * One room's guard: a shadow copy of the room's document on which every update from a connection is
 * tried first. Only an update that leaves the shadow holding a valid map (and within the size limit)
 * goes on to the room's real document; a refused one never touches it, and the shadow is rebuilt from
 * the real document. The shadow follows every change of the real document (other instances, repairs,
 * restores), so it is always the real document plus the updates admitted and not yet applied.
 */

export interface Refusal {
  /** WebSocket close code (4000–4999: this application's). */
  code: number;
  reason: string;
}

export const CLOSE = {
  invalidMap: 4400,
  malformed: 4400,
  forgedPresence: 4403,
  documentTooLarge: 4413,
  tooMany: 4429,
} as const;

/** The origin under which updates are tried on the shadow. */
const TRIAL = { source: 'trial' };

export class GuardedRoom {
  private shadow!: Y.Doc;
  private d!: MapDoc;
  private cache!: RecordCache;
  private unwatch: () => void = () => {};
  /** An upper bound of the document's encoded size, made exact when it nears the limit. */
  private bytes = 0;
  /** Admitted updates not yet applied to the real document, by sender. */
  private readonly admitted = new Map<object, Uint8Array>();
  /** The room's last valid map (null while the room is empty). */
  valid: DecisionMap | null = null;

  constructor(
    private readonly doc: Y.Doc,
    private readonly maxBytes: number,
    private readonly onRemoteChange: (room: GuardedRoom) => void,
  ) {
    this.rebuild();
    doc.on('update', this.follow);
  }

  /** The shadow as a MapDoc (tests and the restore read it). */
  get shadowDoc(): MapDoc {
    return this.d;
  }

  /** Checks the shadow now; on success, remembers the map as the room's last valid one. */
  check(): RoomCheck {
    const result = checkRoom(this.d, this.cache, this.valid);
    if (result.ok) this.valid = result.map;
    return result;
  }

  /** Tries an update from `sender`; null when it may be applied to the room. */
  admit(sender: object, update: Uint8Array): Refusal | null {
    try {
      Y.applyUpdate(this.shadow, update, TRIAL);
    } catch {
      this.rebuild();
      return { code: CLOSE.malformed, reason: 'the update could not be read' };
    }
    const refusal = this.refusalOfShadow(update.byteLength);
    if (refusal) {
      this.rebuild();
      return refusal;
    }
    this.admitted.set(sender, update);
    return null;
  }

  /** The sender's admitted update has been applied to the room (or dropped): it no longer needs keeping. */
  settle(sender: object): void {
    this.admitted.delete(sender);
  }

  dispose(): void {
    this.doc.off('update', this.follow);
    this.unwatch();
    this.shadow.destroy();
  }

  private refusalOfShadow(addedBytes: number): Refusal | null {
    const { pendingStructs, pendingDs } = this.shadow.store;
    if (pendingStructs !== null || pendingDs !== null)
      return { code: CLOSE.invalidMap, reason: 'the update builds on changes this room does not have' };
    this.bytes += addedBytes;
    if (this.bytes > this.maxBytes) {
      this.bytes = Y.encodeStateAsUpdate(this.shadow).byteLength;
      if (this.bytes > this.maxBytes)
        return { code: CLOSE.documentTooLarge, reason: `the room would pass its size limit (${this.maxBytes} bytes)` };
    }
    const result = this.check();
    return result.ok ? null : { code: CLOSE.invalidMap, reason: `refused: ${result.reason}` };
  }

  /** A fresh shadow: the real document plus what was admitted and is on its way to it. */
  private rebuild(): void {
    this.unwatch();
    this.shadow?.destroy();
    this.shadow = new Y.Doc();
    Y.applyUpdate(this.shadow, Y.encodeStateAsUpdate(this.doc));
    for (const update of this.admitted.values()) Y.applyUpdate(this.shadow, update, TRIAL);
    this.d = mapDoc(this.shadow);
    this.cache = new RecordCache();
    this.unwatch = watchRecords(this.d, this.cache);
    this.bytes = Y.encodeStateAsUpdate(this.shadow).byteLength;
  }

  /** Every change of the real document reaches the shadow; one that no connection sent is checked here. */
  private readonly follow = (update: Uint8Array, origin: unknown) => {
    Y.applyUpdate(this.shadow, update, origin);
    const fromConnection = typeof origin === 'object' && origin !== null && 'source' in origin && origin.source === 'connection';
    if (fromConnection) return;
    this.bytes += update.byteLength;
    if (!this.check().ok) this.onRemoteChange(this);
  };
}
