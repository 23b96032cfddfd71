import { useEffect, useState, useSyncExternalStore } from 'react';
import type { LiveRound, LiveRoundView, RoundPerson } from '../../round/liveRound';

/** The round's view (who answered, the spreads…); re-renders when it changes. */
export function useLiveRound(round: LiveRound): LiveRoundView {
  return useSyncExternalStore(round.subscribe, round.getView);
}

/** Seconds left before `endsAt` (ticking each second), or null without a timer. */
export function useSecondsLeft(endsAt: number | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (endsAt === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [endsAt]);
  return endsAt === null ? null : Math.max(0, Math.ceil((endsAt - now) / 1000));
}

export const clock = (seconds: number): string =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** Who the round asks: everyone, the facilitator once they have put in their own estimate. */
export const answering = (view: LiveRoundView): RoundPerson[] =>
  view.people.filter((p) => !(p.clientId === view.facilitator?.clientId && !p.answered));
