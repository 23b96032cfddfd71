import type { LiveRound, LiveRoundView } from '../../round/liveRound';

/** The facilitator's commands, in the session menu: start a private round, lock the map, summon everyone's view. */
export function RoundControls({
  round,
  view,
  onSetup,
}: {
  round: LiveRound;
  view: LiveRoundView;
  /** Opens the round's setup dialog. */
  onSetup: () => void;
}) {
  return (
    <>
      {view.youCanRun && (
        <button type="button" className="live-button" aria-haspopup="dialog" onClick={onSetup}>
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
    </>
  );
}
