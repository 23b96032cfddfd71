import type { Analysis } from '../../domain/analysis/types';
import type { DecisionNode } from '../../domain/records/node';
import { Bar } from '../shared/controls/Meter';
import { QuestionIcon, TargetIcon } from '../shared/icons';
import { KIND_ICON } from '../shared/kindIcon';
import { coverageText, formatLift, formatScore, liftText, percent } from '../shared/words';
import { KIND_NAME } from '../../domain/words';
import { HowScoreWorks } from './HowScoreWorks';
import { RestsOn } from './RestsOn';

/** The Score tab: obviousness, readiness per approver, the constraint, drivers and open questions. */
export function ScorePanel({
  analysis,
  nodesById,
  onFocusNode,
}: {
  analysis: Analysis;
  nodesById: ReadonlyMap<string, DecisionNode>;
  onFocusNode: (id: string) => void;
}) {
  const constraint = analysis.constraint === null ? undefined : nodesById.get(analysis.constraint);
  const constraintLift = constraint ? analysis.lifts[constraint.id] : undefined;
  const firstFindOut = analysis.findOut[0];
  const { band } = analysis;
  const nodeName = (id: string) => {
    const node = nodesById.get(id);
    return node ? `${KIND_NAME[node.kind]}: ${node.label}` : id;
  };
  // The questions the find-outs do not already ask (an approver of unknown stance can also lack proofs).
  const asked = new Set(analysis.findOut.map((f) => `${f.id}\u0000${f.question}`));
  const otherQuestions = analysis.openQuestions.filter((q) => !asked.has(`${q.id}\u0000${q.question}`));
  return (
    <div className="panel score-panel">
      <section aria-labelledby="score-heading" className="score-panel__score">
        <h2 id="score-heading" className="panel__heading">
          Obviousness
        </h2>
        <p className="score-panel__value">
          {formatScore(analysis.score)}
          <span className="score-panel__of"> / 100</span>
        </p>
        {band.high > band.low && (
          <p className="score-panel__band">
            up to <strong>{formatScore(band.high)}</strong> once{' '}
            {analysis.findOut.length === 1
              ? 'the open question is'
              : `the ${analysis.findOut.length} open questions are`}{' '}
            answered (each counted halfway)
          </p>
        )}
        <p className="score-panel__coverage">{coverageText(analysis.evidence.coverage)}</p>
      </section>

      <RestsOn analysis={analysis} nodesById={nodesById} onFocusNode={onFocusNode} />

      <section aria-labelledby="constraint-heading">
        <h2 id="constraint-heading" className="panel__heading">
          Change first: the constraint
        </h2>
        {constraint ? (
          <button type="button" className="constraint-button" onClick={() => onFocusNode(constraint.id)}>
            <TargetIcon size={28} />
            <span>
              <span className="constraint-button__kind">{KIND_NAME[constraint.kind]}</span>
              <span className="constraint-button__label">{constraint.label}</span>
              {constraintLift !== undefined && (
                <span className="constraint-button__lift">lift {liftText(constraintLift)} if resolved</span>
              )}
            </span>
          </button>
        ) : (
          <p className="panel__empty">
            {firstFindOut
              ? 'Nothing known would raise the score: find out first.'
              : 'Nothing would raise the score: no constraint.'}
          </p>
        )}
        {analysis.path.length > 1 && (
          <div className="score-panel__path">
            <p className="score-panel__path-head">Then, once it is resolved:</p>
            <ol start={2}>
              {analysis.path.slice(1).map((id) => (
                <li key={id}>
                  <button type="button" className="link-button" onClick={() => onFocusNode(id)}>
                    {nodeName(id)}
                  </button>
                </li>
              ))}
            </ol>
          </div>
        )}
      </section>

      {firstFindOut && (
        <section aria-labelledby="find-out-heading">
          <h2 id="find-out-heading" className="panel__heading">
            Find out first
          </h2>
          <button
            type="button"
            className="constraint-button constraint-button--find-out"
            onClick={() => onFocusNode(firstFindOut.id)}
          >
            <QuestionIcon size={28} />
            <span>
              <span className="constraint-button__label">{firstFindOut.question}</span>
              <span className="constraint-button__lift">
                worth {formatLift(firstFindOut.value)} if the answer comes back halfway
              </span>
            </span>
          </button>
        </section>
      )}

      <section aria-labelledby="readiness-heading">
        <h2 id="readiness-heading" className="panel__heading">
          Approvers, most ready first
        </h2>
        {analysis.approvers.length === 0 ? (
          <p className="panel__empty">No approvers yet. Who must approve this decision?</p>
        ) : (
          <ul className="readiness-list">
            {analysis.approvers.map((approver) => (
              <li key={approver.id}>
                <button type="button" className="readiness-row" onClick={() => onFocusNode(approver.id)}>
                  <span className="readiness-row__name">
                    {approver.label}
                    {approver.veto && <span className="badge badge--veto">VETO</span>}
                  </span>
                  <span className="readiness-row__stance">{approver.stance}</span>
                  <Bar
                    value={approver.readiness}
                    label={`${approver.label}: readiness ${percent(approver.readiness)}`}
                  />
                  <span className="readiness-row__value">{percent(approver.readiness)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="drivers-heading">
        <h2 id="drivers-heading" className="panel__heading">
          Drivers: what would raise the score
        </h2>
        {analysis.drivers.length === 0 ? (
          <p className="panel__empty">No drivers.</p>
        ) : (
          <ol className="driver-list">
            {analysis.drivers.map((driver) => {
              const node = nodesById.get(driver.id);
              const Icon = node ? KIND_ICON[node.kind] : null;
              return (
                <li key={driver.id}>
                  <button type="button" className="driver-row" onClick={() => onFocusNode(driver.id)}>
                    {Icon && <Icon size={20} />}
                    <span className="driver-row__label">
                      {node ? `${KIND_NAME[node.kind]}: ${node.label}` : driver.id}
                    </span>
                    <span className="driver-row__lift">{liftText(driver.lift)}</span>
                  </button>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      {analysis.findOut.length > 0 && (
        <section aria-labelledby="find-outs-heading">
          <h2 id="find-outs-heading" className="panel__heading">
            What to find out ({analysis.findOut.length}): worth if answered halfway
          </h2>
          <ol className="driver-list">
            {analysis.findOut.map((f) => (
              <li key={f.id}>
                <button type="button" className="driver-row" onClick={() => onFocusNode(f.id)}>
                  <QuestionIcon size={20} />
                  <span className="driver-row__label">{f.question}</span>
                  <span className="driver-row__lift">{formatLift(f.value)}</span>
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}

      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading" className="panel__heading">
          Other open questions ({otherQuestions.length})
        </h2>
        {otherQuestions.length === 0 ? (
          <p className="panel__empty">No other open questions.</p>
        ) : (
          <ul className="question-list">
            {otherQuestions.map((q, i) => {
              const id = q.id;
              return (
                <li key={`${id ?? 'map'}-${i}`}>
                  {id !== null ? (
                    <button type="button" className="question-row" onClick={() => onFocusNode(id)}>
                      {q.question}
                    </button>
                  ) : (
                    <span className="question-row">{q.question}</span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <HowScoreWorks />
    </div>
  );
}
