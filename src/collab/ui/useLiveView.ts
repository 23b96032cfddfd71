import { useSyncExternalStore } from 'react';
import type { LiveSession, LiveView } from '../session';

/** The live session's view (status, people, who is followed); re-renders when it changes. */
export function useLiveView(session: LiveSession): LiveView {
  return useSyncExternalStore(session.subscribe, session.getView);
}
