import type { NodeState } from '../../../domain/records/nodeState';
import type { Spread } from '../../../domain/rounds/spread';
import { stateWord } from './spreadWords';

/**
 * The facilitator's choice for one node after the room answered: one of its states (with how many
 * gave it), or unknown — a question to take to the market. The choice already made is pressed.
 */
export function SettleChoices({
  label,
  spread,
  settled,
  onSettle,
}: {
  label: string;
  spread: Spread;
  settled: NodeState | null;
  onSettle: (state: NodeState) => void;
}) {
  const explicit = spread.states.slice(1);
  return (
    <div className="settle" role="group" aria-label={`Settle ${label}`}>
      {explicit.map((state, i) => (
        <button
          key={state}
          type="button"
          className="settle__choice"
          aria-pressed={settled === state}
          onClick={() => onSettle(state)}
        >
          {stateWord(state)}
          {(spread.counts[i + 1] ?? 0) > 0 && (
            <span className="settle__count"> · {spread.counts[i + 1]}</span>
          )}
        </button>
      ))}
      <button
        type="button"
        className="settle__choice settle__choice--unknown"
        aria-pressed={settled === 'unknown'}
        onClick={() => onSettle('unknown')}
      >
        Unknown: find out
      </button>
    </div>
  );
}
