import { useEffect, useState } from 'react';
import { sessionCommands } from '../../ui/shared/sessionCommands';
import type { LiveRound } from '../round/liveRound';
import type { LiveSession, LiveView } from '../session';
import { CursorLayer } from './CursorLayer';
import { LinksDialog } from './LinksDialog';
import { PresenceBar } from './PresenceBar';
import { SessionMenu } from './SessionMenu';
import { RoundControls } from './round/RoundControls';
import { RoundSetup } from './round/RoundSetup';
import { RoundDock } from './round/RoundDock';
import { sessionCommandList } from './sessionCommandList';
import { useLiveRound } from './round/useLiveRound';
import { useLiveView } from './useLiveView';

interface LivePanelProps {
  session: LiveSession;
  /** The session's private rounds, lock and summon. */
  round: LiveRound;
  /** Set when Share live opened this page just now: the links dialog opens by itself. */
  justShared: { copied: boolean } | null;
}

function statusText(view: LiveView): string {
  if (view.refused) return `The sync server refused this link: ${view.refused}`;
  if (!view.joined)
    return view.status === 'offline' ? 'Cannot reach the live session' : 'Connecting to the live session…';
  if (view.status === 'connected') return view.link.mode === 'view' ? 'Live · view only' : 'Live';
  return 'Offline · your edits are kept and merge when the server is back';
}

/** The live session in the top bar: status, who is here (follow them), the links, and presence on the canvas. */
export function LivePanel({ session, round, justShared }: LivePanelProps) {
  const view = useLiveView(session);
  const roundView = useLiveRound(round);
  const [linksOpen, setLinksOpen] = useState(justShared !== null);
  const [setupOpen, setSetupOpen] = useState(false);
  const you = view.people.find((p) => p.isYou);
  // The same commands in the command palette, as they stand now; gone when the session closes.
  useEffect(() => {
    sessionCommands.show(
      sessionCommandList(view, roundView, round, {
        openRoundSetup: () => setSetupOpen(true),
        openLinks: () => setLinksOpen(true),
        stopFollowing: () => session.follow(null),
      }),
    );
  }, [view, roundView, round, session]);
  useEffect(() => () => sessionCommands.show(null), []);
  return (
    <div className="live-panel" role="group" aria-label="Live session">
      <p
        className={`live-status live-status--${view.refused ? 'offline' : view.joined ? view.status : 'connecting'}`}
        role="status"
      >
        {statusText(view)}
      </p>
      <PresenceBar session={session} view={view} />
      {view.following && (
        <button
          type="button"
          className="live-button live-button--following"
          onClick={() => session.follow(null)}
        >
          Following <span className="live-button__name">{view.following.name}</span> · Stop
        </button>
      )}
      {view.link.mode === 'view' ? (
        <button type="button" className="live-button" aria-haspopup="dialog" onClick={() => setLinksOpen(true)}>
          Links
        </button>
      ) : (
        <SessionMenu label="Session" {...(roundView.youLock ? { badge: 'locked' } : {})}>
          <RoundControls round={round} view={roundView} onSetup={() => setSetupOpen(true)} />
          <button type="button" className="live-button" aria-haspopup="dialog" onClick={() => setLinksOpen(true)}>
            Share links
          </button>
        </SessionMenu>
      )}
      {setupOpen && (
        <RoundSetup
          onClose={() => setSetupOpen(false)}
          onStart={(nodes, minutes) => {
            round.start(nodes, minutes);
            setSetupOpen(false);
          }}
        />
      )}
      {linksOpen && (
        <LinksDialog
          session={session}
          yourName={you?.name ?? ''}
          copiedOnStart={justShared?.copied ?? null}
          onClose={() => setLinksOpen(false)}
        />
      )}
      <CursorLayer session={session} view={view} />
      <RoundDock round={round} view={roundView} />
    </div>
  );
}
