/** Where saved maps live: a key–value store (IndexedDB in the app, memory in tests). */
export interface MapStorage {
  get: (key: string) => Promise<unknown>;
  set: (key: string, value: unknown) => Promise<void>;
  del: (key: string) => Promise<void>;
  /** Reads and writes one key in one step (IndexedDB: one transaction); get-then-set where it is missing. */
  update?: (key: string, updater: (old: unknown) => unknown) => Promise<void>;
}

/** Before the library: the pointer to the single saved map. Read once, to move that map into the library. */
export const CURRENT_KEY = 'obvious:current';
/** Before the library: a saved copy that could not be opened. Moved into the library as such, never deleted. */
export const KEPT_KEY = 'obvious:kept';
/** Every saved copy of a map has a key starting with this. */
export const COPY_PREFIX = 'obvious:map:';
export const SAVE_FAILED_TEXT = 'Could not save in this browser: export a file to keep your work.';
