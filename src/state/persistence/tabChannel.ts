/*
 * Tabs of the same browser tell each other what they saved, so that a change made in one tab is never
 * silently overwritten by another. BroadcastChannel where the browser has it; nothing otherwise (the
 * save itself still checks the index before it writes: see autosave.ts).
 */

export type TabMessage =
  /** A tab saved map `id`: its latest text is now under `key`. */
  | { type: 'saved'; id: string; key: string }
  /** A tab changed the library's list (added, renamed, deleted, restored a map). */
  | { type: 'library' };

export interface TabChannel {
  post: (message: TabMessage) => void;
  /** Calls `listener` for every message another tab posts; returns the unsubscribe function. */
  listen: (listener: (message: TabMessage) => void) => () => void;
  close: () => void;
}

export const CHANNEL_NAME = 'obvious:library';

const isTabMessage = (data: unknown): data is TabMessage => {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  if (message.type === 'library') return true;
  return message.type === 'saved' && typeof message.id === 'string' && typeof message.key === 'string';
};

/** A channel that goes nowhere: where BroadcastChannel is missing (tests, old browsers). */
export const silentChannel = (): TabChannel => ({ post: () => {}, listen: () => () => {}, close: () => {} });

/** The browser's BroadcastChannel, feature-detected; a message that is not ours is ignored. */
export function browserTabChannel(): TabChannel {
  if (typeof BroadcastChannel !== 'function') return silentChannel();
  const channel = new BroadcastChannel(CHANNEL_NAME);
  return {
    post: (message) => channel.postMessage(message),
    listen: (listener) => {
      const onMessage = (event: MessageEvent) => {
        if (isTabMessage(event.data)) listener(event.data);
      };
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
    close: () => channel.close(),
  };
}
