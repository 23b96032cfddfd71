import type { MapDiff } from '../../domain/diff/types';
import type { DecisionMap } from '../../domain/records/map';
import { formatScore } from '../shared/words';
import { nodeName, signedPoints } from './changeWords';

interface Props {
  diff: MapDiff;
  from: DecisionMap;
  to: DecisionMap;
  names: { from: string; to: string };
}

const direction = (delta: number) => (delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat');
const ARROW = { up: '▲', down: '▼', flat: '●' } as const;

/**
 * What a room reads in ten seconds: the score then and now with the signed delta, the constraint then
 * and now, and the delta explained, node by node, largest first, adding up to the delta.
 */
export function CompareSummary({ diff, from, to, names }: Props) {
  const way = direction(diff.scoreDelta);
  const constraintThen = nodeName(from, diff.constraint.from);
  const constraintNow = nodeName(to, diff.constraint.to);
  const total = diff.contributions.reduce((sum, c) => sum + c.points, 0);
  const largest = Math.max(1, ...diff.contributions.map((c) => Math.abs(c.points)));
  return (
    <section className="compare-summary" aria-labelledby="compare-summary-heading">
      <h2 id="compare-summary-heading" className="visually-hidden">
        Summary: {names.from} to {names.to}
      </h2>
      <div
        className="score-move"
        role="group"
        aria-label={`Obviousness ${formatScore(diff.from.score)} in ${names.from}, ${formatScore(diff.to.score)} in ${names.to}: ${signedPoints(diff.scoreDelta)} points`}
      >
        <div className="score-move__side">
          <span className="score-move__name">{names.from}</span>
          <span className="score-move__score score-move__score--then">{formatScore(diff.from.score)}</span>
        </div>
        <span className="score-move__arrow" aria-hidden="true">
          →
        </span>
        <div className="score-move__side">
          <span className="score-move__name">{names.to}</span>
          <span className="score-move__score">{formatScore(diff.to.score)}</span>
        </div>
        <span className={`score-move__delta score-move__delta--${way}`} data-testid="score-delta">
          <span aria-hidden="true">{ARROW[way]} </span>
          {signedPoints(diff.scoreDelta)} points
        </span>
      </div>
      <dl className="constraint-move">
        <div>
          <dt>Constraint in {names.from}</dt>
          <dd>{constraintThen}</dd>
        </div>
        <div>
          <dt>Constraint in {names.to}</dt>
          <dd>
            {constraintNow}
            {diff.constraint.from === diff.constraint.to && diff.constraint.to !== null && (
              <span className="constraint-move__same"> (unchanged)</span>
            )}
          </dd>
        </div>
      </dl>
      <h3 className="compare-summary__why">Why the score moved</h3>
      {diff.contributions.length === 0 ? (
        <p className="contributions__none">Nothing that the score reads changed between {names.from} and {names.to}.</p>
      ) : (
        <>
          <ol className="contributions" aria-label="Contributions, largest first">
            {diff.contributions.map((c) => (
              <li key={c.id} className={`contribution contribution--${direction(c.points)}`}>
                <span className="contribution__points">{signedPoints(c.points)}</span>
                <span className="contribution__bar" aria-hidden="true">
                  <span style={{ width: `${(Math.abs(c.points) / largest) * 100}%` }} />
                </span>
                <span className="contribution__text">
                  <strong>{c.label}</strong>: {c.summary}
                </span>
              </li>
            ))}
          </ol>
          <p className="contributions__total">
            Together {signedPoints(round1(total))} points: {formatScore(diff.from.score)} in {names.from} →{' '}
            {formatScore(diff.to.score)} in {names.to}.
          </p>
        </>
      )}
    </section>
  );
}

const round1 = (value: number) => Math.round(value * 10) / 10;
