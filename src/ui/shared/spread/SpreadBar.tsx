import { spreadText, type Spread } from '../../../domain/rounds/spread';
import { stateColor, stateWord } from './spreadWords';
import './spread.css';

/*
 * A room's answers on one node, drawn: one segment per state given, as wide as the people who gave it,
 * worst on the left, "don't know" last; each segment says its count and state in words (colour is never
 * the only sign), and the whole bar reads as one sentence to a screen reader.
 */

export function SpreadBar({ spread, compact = false }: { spread: Spread; compact?: boolean }) {
  const order = [...spread.states.keys()].filter((i) => i > 0).concat(0);
  const text = spreadText(spread);
  return (
    <div className={compact ? 'spread spread--compact' : 'spread'} role="img" aria-label={text}>
      {order.map((i) => {
        const n = spread.counts[i] ?? 0;
        const state = spread.states[i];
        if (n === 0 || state === undefined) return null;
        return (
          <span
            key={state}
            className={i === 0 ? 'spread__part spread__part--unknown' : 'spread__part'}
            style={{ flexGrow: n, background: stateColor(spread.states, i) }}
            title={`${n} ${stateWord(state)}`}
          >
            <b>{n}</b> {compact ? null : stateWord(state)}
          </span>
        );
      })}
      {spread.answered === 0 && <span className="spread__none">no answers</span>}
    </div>
  );
}
