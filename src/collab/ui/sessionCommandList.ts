import type { SessionCommand } from '../../ui/shared/sessionCommands';
import type { LiveRound, LiveRoundView } from '../round/liveRound';
import type { LiveView } from '../session';
import { answering } from './round/useLiveRound';

/** What the session's commands do beyond the round: the dialogs of the session menu, and following. */
export interface SessionActions {
  openRoundSetup: () => void;
  openLinks: () => void;
  stopFollowing: () => void;
}

/**
 * The live session's commands that can run now, as the command palette lists them: the same as the
 * session menu and the round's dock, so that a facilitator runs a workshop from the keyboard.
 */
export function sessionCommandList(
  view: LiveView,
  roundView: LiveRoundView,
  round: Pick<LiveRound, 'reveal' | 'end' | 'setLock' | 'summon'>,
  actions: SessionActions,
): SessionCommand[] {
  const list: SessionCommand[] = [];
  if (view.following)
    list.push({ id: 'stop-following', label: `Stop following ${view.following.name}`, run: actions.stopFollowing });
  if (view.link.mode === 'view') {
    list.push({ id: 'links', label: 'Links of this session', run: actions.openLinks });
    return list;
  }
  const current = roundView.round;
  if (roundView.youCanRun)
    list.push({ id: 'round-start', label: 'Start a private round…', run: actions.openRoundSetup });
  // As in the round's dock: nothing to reveal before someone has answered.
  if (roundView.youRun && current && !current.revealed && roundView.answeredCount > 0)
    list.push({
      id: 'round-reveal',
      label: `Reveal the round’s answers (${roundView.answeredCount} of ${answering(roundView).length} answered)`,
      run: () => round.reveal(),
    });
  if (roundView.youRun && current)
    list.push({ id: 'round-end', label: 'End the private round', run: () => round.end() });
  if (roundView.lockedBy === null)
    list.push(
      roundView.youLock
        ? { id: 'unlock', label: 'Unlock the map: others can edit again', run: () => round.setLock(false) }
        : { id: 'lock', label: 'Lock the map while you present', run: () => round.setLock(true) },
    );
  list.push({ id: 'summon', label: 'Summon: everyone’s view jumps to yours', run: () => round.summon() });
  list.push({ id: 'share-links', label: 'Share links…', run: actions.openLinks });
  return list;
}
