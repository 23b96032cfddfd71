import { findNode } from '../../state/store/selectors';
import { useWorkbench } from '../shared/appStore';
import { QuestionIcon, TargetIcon } from '../shared/icons';
import { useWhatIf } from '../shared/useWhatIf';
import { coverageText, deltaWords, formatLift, formatScore, liftText } from '../shared/words';
import { KIND_NAME } from '../../domain/words';

/** The band the back row reads: the map, the score (very large), the constraint, and a what-if when one is tried. */
export function PresentHeader() {
  const title = useWorkbench((s) => s.map.title);
  const period = useWorkbench((s) => s.map.period);
  const decision = useWorkbench((s) => s.map.decision);
  const { today, hypothetical } = useWhatIf();
  const constraint = useWorkbench((s) =>
    today.constraint === null ? undefined : findNode(s.map, today.constraint),
  );
  const lift = constraint ? today.lifts[constraint.id] : undefined;
  const findOut = today.findOut[0];
  const { band } = today;

  return (
    <header className="present-header">
      <div className="present-header__map">
        <h1 className="present-header__title">{title}</h1>
        <p className="present-header__decision">
          {period && <span className="present-header__period">{period}</span>}
          {decision}
        </p>
      </div>
      <div
        className="present-header__score"
        role="group"
        aria-label={`Obviousness ${formatScore(today.score)} out of 100`}
      >
        <span className="present-header__label">Obviousness</span>
        <span className="present-header__value" data-testid="present-score">
          {formatScore(today.score)}
        </span>
        {/* Coverage stands beside the score, under "/ 100": the header stays as tall as the number. */}
        <span className="present-header__beside">
          <span className="present-header__of">/ 100</span>
          <span className="present-header__coverage">{coverageText(today.evidence.coverage)}</span>
        </span>
        {band.high > band.low && (
          <span className="present-header__band">up to {formatScore(band.high)} once answered</span>
        )}
      </div>
      {hypothetical && (
        <div className="present-header__whatif" role="status">
          <span className="present-header__label">What if (hypothetical)</span>
          <span className="present-header__whatif-value">{formatScore(hypothetical.score)}</span>
          <span className="present-header__whatif-delta">{deltaWords(hypothetical.score - today.score)}</span>
        </div>
      )}
      <div
        className="present-header__constraint"
        role="group"
        aria-label={
          constraint ? `Constraint: ${KIND_NAME[constraint.kind]}: ${constraint.label}` : 'Constraint: none'
        }
      >
        <span className="present-header__label">Constraint</span>
        {constraint ? (
          <span className="present-header__constraint-name">
            <TargetIcon size={34} />
            <span>
              {KIND_NAME[constraint.kind]}: {constraint.label}
            </span>
            {lift !== undefined && <span className="present-header__lift">{liftText(lift)}</span>}
          </span>
        ) : (
          <span className="present-header__constraint-name">none</span>
        )}
      </div>
      {findOut && (
        <div
          className="present-header__constraint present-header__find-out"
          role="group"
          aria-label={`Find out first: ${findOut.question}`}
        >
          <span className="present-header__label">Find out first</span>
          <span className="present-header__constraint-name">
            <QuestionIcon size={34} />
            <span>{findOut.question}</span>
            <span className="present-header__lift">{formatLift(findOut.value)}</span>
          </span>
        </div>
      )}
    </header>
  );
}
