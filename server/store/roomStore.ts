/*
 * Where rooms are kept: each room's Yjs state (the whole document, replaced on every save) and its
 * snapshots (kept when a save finds the last one older than `snapshotEveryMs`, or on demand), so
 * that vandalism can be rolled back (`npm run collab:restore`). Two implementations with the same
 * behaviour: SQLite in a file (the default) and PostgreSQL (DATABASE_URL), tested alike.
 */

export interface SnapshotInfo {
  room: string;
  takenAt: Date;
  /** `daily` (kept while saving), `on-demand`, `before-repair`, `before-restore`. */
  reason: string;
  bytes: number;
}

export interface Snapshot extends SnapshotInfo {
  state: Uint8Array;
}

export interface StoreOptions {
  /** A save keeps a snapshot when the room's last one is older than this. */
  snapshotEveryMs: number;
  /** Snapshots older than this are removed when a newer one is kept. */
  keepMs: number;
}

export interface RoomStore {
  /** `SQLite FILE` or `PostgreSQL`: for the start-up line. */
  readonly description: string;
  /** The room's stored state, or null when it was never saved. */
  load(room: string): Promise<Uint8Array | null>;
  /** Replaces the room's state; keeps a snapshot of it too when one is due. */
  save(room: string, state: Uint8Array, now?: Date): Promise<{ snapshot: boolean }>;
  snapshot(room: string, state: Uint8Array, reason: string, now?: Date): Promise<void>;
  /** The room's snapshots, newest first. */
  listSnapshots(room: string): Promise<SnapshotInfo[]>;
  /** The snapshots taken at or before `at`, newest first, with their state (at most `limit`). */
  snapshotsBefore(room: string, at: Date, limit: number): Promise<Snapshot[]>;
  close(): Promise<void>;
}

export const DAY_MS = 86_400_000;
