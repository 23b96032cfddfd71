import type { MapDiff } from '../../domain/diff/types';
import type { DecisionMap } from '../../domain/records/map';
import { GROUP_WORDS } from '../../domain/brief/briefWords';
import { CHANGE_GROUPS } from '../../domain/diff/contributions';
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
        <p className="contributions__none">
          Nothing that the score reads changed between {names.from} and {names.to}.
        </p>
      ) : (
        <>
          {CHANGE_GROUPS.map((group) => {
            const inGroup = diff.contributions.filter((c) => c.group === group);
            if (inGroup.length === 0) return null;
            const [name, meaning] = GROUP_WORDS[group].split(': ');
            return (
              <section key={group} className={`change-group change-group--${group}`} aria-label={name}>
                <h4 className="change-group__heading">
                  <span className="change-group__name">{name}</span>{' '}
                  <span className="change-group__meaning">{meaning}</span>{' '}
                  <span className="change-group__total">{signedPoints(diff.groups[group])}</span>
                </h4>
                <ol className="contributions" aria-label={`${name}: contributions, largest first`}>
                  {inGroup.map((c) => (
                    <li
                      key={`${c.group}-${c.id}`}
                      className={`contribution contribution--${direction(c.points)}`}
                    >
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
              </section>
            );
          })}
          <p className="contributions__total">
            Together {signedPoints(round1(total))} points: {formatScore(diff.from.score)} in {names.from} →{' '}
            {formatScore(diff.to.score)} in {names.to}.
          </p>
        </>
      )}
      {diff.retagged.length > 0 && (
        <p className="compare-summary__retagged">
          <strong>Re-tagged plan items</strong> (pointed at other nodes: the ceiling moves, not the score):{' '}
          {diff.retagged.map((id) => to.plan.find((p) => p.id === id)?.title ?? id).join('; ')}
        </p>
      )}
    </section>
  );
}

const round1 = (value: number) => Math.round(value * 10) / 10;
