import { SpreadBar } from '../../../ui/shared/spread/SpreadBar';
import type { LiveRound } from '../../round/liveRound';
import { answering, clock, useLiveRound, useSecondsLeft } from './useLiveRound';
import './presentRound.css';

/*
 * The private round on the shared screen, under the presentation's header: while it runs, who has
 * answered (never what) and the time left; once revealed, the room's spread on each node, widest
 * disagreement first. Whoever runs the round reveals it from here.
 */
export function PresentRound({ round }: { round: LiveRound }) {
  const view = useLiveRound(round);
  const current = view.round;
  const left = useSecondsLeft(current && !current.revealed ? current.endsAt : null);
  if (!current) return null;
  if (!current.revealed) {
    const people = answering(view);
    return (
      <section className="present-round" aria-label="Private round">
        <p className="present-round__line" role="status">
          <strong>Round:</strong> {view.answeredCount} of {people.length} answered
          {left !== null && (
            <span className={left === 0 ? 'present-round__timer is-up' : 'present-round__timer'}>
              {' · '}
              {left === 0 ? 'time is up' : `${clock(left)} left`}
            </span>
          )}
        </p>
        <ul className="present-round__people" aria-label="Who has answered">
          {people.map((p) => (
            <li key={p.clientId} className={p.answered ? 'is-answered' : undefined}>
              <span aria-hidden="true">{p.answered ? '✓ ' : '… '}</span>
              {p.name}
              <span className="visually-hidden">{p.answered ? ': answered' : ': not yet'}</span>
            </li>
          ))}
        </ul>
        {view.youRun && (
          // The facilitator reveals from the shared screen, without leaving the presentation.
          <button type="button" className="present-round__reveal" onClick={() => round.reveal()}>
            Reveal answers
          </button>
        )}
      </section>
    );
  }
  const labelOf = (id: string) => view.asked.find((n) => n.id === id)?.label ?? id;
  return (
    <section className="present-round present-round--revealed" aria-label="Private round">
      <p className="present-round__line">
        <strong>Round revealed</strong> · the room’s answers, widest disagreement first
      </p>
      <ol className="present-round__spreads">
        {(view.spreads ?? []).map((spread) => (
          <li key={spread.nodeId} className="present-round__spread">
            <span className="present-round__node" title={labelOf(spread.nodeId)}>
              {labelOf(spread.nodeId)}
            </span>
            <SpreadBar spread={spread} />
          </li>
        ))}
      </ol>
    </section>
  );
}
