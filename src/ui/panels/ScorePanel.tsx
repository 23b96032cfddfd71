import type { Analysis } from '../../domain/analysis/types';
import type { DecisionNode } from '../../domain/records/node';
import { Bar } from '../shared/controls/Meter';
import { TargetIcon } from '../shared/icons';
import { KIND_ICON } from '../shared/kindIcon';
import { formatLift, formatScore, percent } from '../shared/words';
import { KIND_NAME } from '../../domain/words';
import { HowScoreWorks } from './HowScoreWorks';

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
      </section>

      <section aria-labelledby="constraint-heading">
        <h2 id="constraint-heading" className="panel__heading">
          The constraint
        </h2>
        {constraint ? (
          <button type="button" className="constraint-button" onClick={() => onFocusNode(constraint.id)}>
            <TargetIcon size={28} />
            <span>
              <span className="constraint-button__kind">{KIND_NAME[constraint.kind]}</span>
              <span className="constraint-button__label">{constraint.label}</span>
              {constraintLift !== undefined && (
                <span className="constraint-button__lift">lift {formatLift(constraintLift)} if resolved</span>
              )}
            </span>
          </button>
        ) : (
          <p className="panel__empty">Nothing would raise the score: no constraint.</p>
        )}
      </section>

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
                    <span className="driver-row__lift">{formatLift(driver.lift)}</span>
                  </button>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading" className="panel__heading">
          Open questions ({analysis.openQuestions.length})
        </h2>
        {analysis.openQuestions.length === 0 ? (
          <p className="panel__empty">No open questions.</p>
        ) : (
          <ul className="question-list">
            {analysis.openQuestions.map((q, i) => {
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
