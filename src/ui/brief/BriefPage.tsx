import type { Ref } from 'react';
import type { Analysis } from '../../domain/analysis/types';
import {
  approverWords,
  driverWords,
  FLAG_WORDS,
  type Brief,
  type BriefDriver,
} from '../../domain/brief/briefContent';
import type { DecisionMap } from '../../domain/records/map';
import { KIND_NAME } from '../../domain/words';
import { formatScore } from '../shared/words';
import { MapPicture } from './MapPicture';

const orNotSet = (value: string) => (value.trim() === '' ? 'not set' : value);

function DriverLine({ driver, constraintId }: { driver: BriefDriver; constraintId: string | null }) {
  return (
    <>
      <strong>
        {KIND_NAME[driver.kind]}: {driver.label}
      </strong>{' '}
      ({driverWords(driver)})
      {driver.id === constraintId && <span className="brief__tag">the constraint</span>}
    </>
  );
}

/** The one page a facilitator sends after the workshop, as the screen and the printer show it. */
export function BriefPage({
  brief,
  map,
  analysis,
  date,
  pictureRef,
}: {
  brief: Brief;
  map: DecisionMap;
  analysis: Analysis;
  date: string;
  pictureRef: Ref<SVGSVGElement>;
}) {
  const constraintId = brief.constraint?.id ?? null;
  return (
    <article className="brief__page">
      <header className="brief__head">
        <p className="brief__kicker">Decision brief · {date}</p>
        <h1>{brief.title}</h1>
        <dl className="brief__facts">
          <dt>Decision</dt>
          <dd>{orNotSet(brief.decision)}</dd>
          <dt>Market</dt>
          <dd>{orNotSet(brief.market)}</dd>
          <dt>Period</dt>
          <dd>{orNotSet(brief.period)}</dd>
        </dl>
      </header>

      <section className="brief__score" aria-labelledby="brief-score">
        <h2 id="brief-score">Obviousness</h2>
        <p>
          <span className="brief__number">{formatScore(brief.score)}</span> / 100 — {brief.scoreSentence}
        </p>
      </section>

      <section className="brief__constraint" aria-labelledby="brief-constraint">
        <h2 id="brief-constraint">The constraint</h2>
        {brief.constraint && (
          <p className="brief__constraint-name">
            <DriverLine driver={brief.constraint} constraintId={null} />
          </p>
        )}
        <p>{brief.constraintSentence}</p>
      </section>

      <section aria-labelledby="brief-drivers">
        <h2 id="brief-drivers">Top drivers</h2>
        {brief.drivers.length === 0 ? (
          <p>No node would raise the score.</p>
        ) : (
          <ol>
            {brief.drivers.map((d) => (
              <li key={d.id}>
                <DriverLine driver={d} constraintId={constraintId} />:{' '}
                {d.addressedBy.length === 0 ? (
                  <em>no plan item addresses it</em>
                ) : (
                  `addressed by ${d.addressedBy.join('; ')}`
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <div className="brief__columns">
        <section aria-labelledby="brief-approvers">
          <h2 id="brief-approvers">Approvers</h2>
          {brief.approvers.length === 0 ? (
            <p>No approver is mapped yet.</p>
          ) : (
            <ul>
              {brief.approvers.map((a, i) => (
                <li key={i}>
                  <strong>{a.label}</strong>
                  {approverWords(a)}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="brief-questions">
          <h2 id="brief-questions">Open questions</h2>
          {brief.openQuestions.length === 0 ? (
            <p>None: every state on the map is answered.</p>
          ) : (
            <ul>
              {brief.openQuestions.map((q, i) => (
                <li key={i}>{q}</li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section aria-labelledby="brief-plan">
        <h2 id="brief-plan">The plan</h2>
        <p className="brief__ceiling">{brief.ceilingSentence}</p>
        <h3>Plan flags</h3>
        {brief.flaggedPlan.length === 0 ? (
          <p>{brief.planCount === 0 ? 'No plan items yet.' : 'No plan item is flagged.'}</p>
        ) : (
          <ul>
            {brief.flaggedPlan.map((p, i) => (
              <li key={i}>
                <strong>{p.title}</strong>: {p.flags.map((f) => FLAG_WORDS[f]).join('; ')}
              </li>
            ))}
          </ul>
        )}
        <h3>Gaps: drivers no plan item addresses</h3>
        {brief.gaps.length === 0 ? (
          <p>None: the plan addresses every driver that matters.</p>
        ) : (
          <ul>
            {brief.gaps.map((d) => (
              <li key={d.id}>
                <DriverLine driver={d} constraintId={constraintId} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="brief__map" aria-labelledby="brief-map">
        <h2 id="brief-map">The map</h2>
        {map.nodes.length === 0 ? (
          <p>The map has no nodes yet.</p>
        ) : (
          <MapPicture ref={pictureRef} map={map} analysis={analysis} title={`Decision map: ${brief.title}`} />
        )}
      </section>
    </article>
  );
}
