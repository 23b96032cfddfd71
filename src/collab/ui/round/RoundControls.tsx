import { useState } from 'react';
import type { LiveRound, LiveRoundView } from '../../round/liveRound';
import { RoundSetup } from './RoundSetup';

/** The facilitator's hands in the top bar: start a private round, lock the map, summon everyone's view. */
export function RoundControls({
  round,
  view,
  canEdit,
}: {
  round: LiveRound;
  view: LiveRoundView;
  canEdit: boolean;
}) {
  const [setupOpen, setSetupOpen] = useState(false);
  if (!canEdit) return null;
  return (
    <>
      {view.youCanRun && (
        <button
          type="button"
          className="live-button"
          aria-haspopup="dialog"
          onClick={() => setSetupOpen(true)}
        >
          Private round
        </button>
      )}
      {view.lockedBy === null && (
        <button
          type="button"
          className={view.youLock ? 'live-button live-button--on' : 'live-button'}
          aria-pressed={view.youLock}
          title={view.youLock ? 'Others can edit again' : 'Nobody else can edit while you present'}
          onClick={() => round.setLock(!view.youLock)}
        >
          {view.youLock ? 'Locked · Unlock' : 'Lock map'}
        </button>
      )}
      <button
        type="button"
        className="live-button"
        title="Everyone’s view jumps to yours"
        onClick={() => round.summon()}
      >
        Summon
      </button>
      {setupOpen && (
        <RoundSetup
          onClose={() => setSetupOpen(false)}
          onStart={(nodes, minutes) => {
            round.start(nodes, minutes);
            setSetupOpen(false);
          }}
        />
      )}
    </>
  );
}
