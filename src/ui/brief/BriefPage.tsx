import type { Ref } from 'react';
import type { Analysis } from '../../domain/analysis/types';
import { CHANGE_GROUPS } from '../../domain/diff/contributions';
import type { Brief, BriefDriver, BriefNode } from '../../domain/brief/briefContent';
import {
  approverWords,
  driverWords,
  findOutWords,
  GROUP_WORDS,
  KNOWLEDGE_WORDS,
  KIND_WORD,
  planItemWords,
} from '../../domain/brief/briefWords';
import { signedPoints } from '../../domain/brief/numbers';
import type { DecisionMap } from '../../domain/records/map';
import { formatScore } from '../shared/words';
import { BriefEvidence } from './BriefEvidence';
import { MapPicture } from './MapPicture';

const orNotSet = (value: string) => (value.trim() === '' ? 'not set' : value);

function NodeName({ node }: { node: BriefNode }) {
  return (
    <strong>
      {KIND_WORD[node.kind]}: {node.label}
    </strong>
  );
}

function DriverLine({ driver, constraintId }: { driver: BriefDriver; constraintId: string | null }) {
  return (
    <>
      <strong>
        {KIND_WORD[driver.kind]}: {driver.label}
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
          <span className="brief__number">{formatScore(brief.score)}</span> / 100
          {brief.band.high > brief.band.low && <> (up to {formatScore(brief.band.high)})</>} —{' '}
          {brief.scoreSentence}
        </p>
      </section>

      <div className="brief__columns">
        <section className="brief__constraint" aria-labelledby="brief-constraint">
          <h2 id="brief-constraint">Change first: the constraint</h2>
          {brief.constraint && (
            <p className="brief__constraint-name">
              <DriverLine driver={brief.constraint} constraintId={null} />
            </p>
          )}
          <p>{brief.constraintSentence}</p>
          {brief.path.length > 1 && (
            <p>
              Then:{' '}
              {brief.path.slice(1).map((d, i) => (
                <span key={d.id}>
                  {i > 0 && ', then '}
                  <NodeName node={d} />
                </span>
              ))}
              .
            </p>
          )}
        </section>
        <section className="brief__constraint" aria-labelledby="brief-find-out">
          <h2 id="brief-find-out">Find out first</h2>
          {brief.firstFindOut && (
            <p className="brief__constraint-name">
              <strong>{brief.firstFindOut.question}</strong> ({findOutWords(brief.firstFindOut)})
            </p>
          )}
          <p>{brief.findOutSentence}</p>
        </section>
      </div>

      <section aria-labelledby="brief-drivers">
        <h2 id="brief-drivers">Top drivers</h2>
        {brief.drivers.length === 0 ? (
          <p>No known node would raise the score.</p>
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
        {brief.plan.length === 0 ? (
          <p>No plan items yet.</p>
        ) : (
          <ul>
            {brief.plan.map((p, i) => (
              <li key={i} className={`brief__verdict brief__verdict--${p.verdict}`}>
                <strong>{p.title}</strong>: {planItemWords(p)}
                {p.leaves && (
                  <>
                    {' '}
                    (it leaves <NodeName node={p.leaves} />)
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        <h3>Gaps: what matters and no plan item addresses</h3>
        {brief.gaps.length === 0 ? (
          <p>None: the plan addresses everything that matters.</p>
        ) : (
          <ul>
            {brief.gaps.map((g) => (
              <li key={g.id}>
                {g.findOut ? (
                  <>
                    <strong>{g.question}</strong> ({findOutWords(g)}): nobody is finding out
                  </>
                ) : (
                  <DriverLine driver={g} constraintId={constraintId} />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <BriefEvidence brief={brief} />

      {brief.since && (
        <section aria-labelledby="brief-since">
          <h2 id="brief-since">Since {brief.since.period || 'the map this one is based on'}</h2>
          <p>The score moved {signedPoints(brief.since.scoreDelta)} points:</p>
          <ul>
            {CHANGE_GROUPS.map((group) => (
              <li key={group}>
                {GROUP_WORDS[group]}: <strong>{signedPoints(brief.since!.groups[group])}</strong>
              </li>
            ))}
          </ul>
          {brief.since.retagged.length > 0 && (
            <p>Re-tagged plan items (the ceiling moved, not the score): {brief.since.retagged.join('; ')}</p>
          )}
          {brief.since.evidence.length > 0 && (
            <>
              <p>Where the states come from, then and now:</p>
              <ul>
                {brief.since.evidence.map(({ group, labels }) => (
                  <li key={group}>
                    {KNOWLEDGE_WORDS[group]}: <strong>{labels.join('; ')}</strong>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

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
