import { LiveButton } from '../collab/ui/LiveButton';
import { findNode, selectAnalysis } from '../state/store/selectors';
import type { SaveStatus } from '../state/store/types';
import { useWorkbench } from './shared/appStore';
import { QuestionIcon, TargetIcon } from './shared/icons';
import { Toolbar } from './Toolbar';
import { formatLift, formatScore, liftText, shortQuestion } from './shared/words';
import { KIND_NAME } from '../domain/words';

const SAVE_TEXT: Record<SaveStatus, string> = {
  saved: 'Saved in this browser',
  saving: 'Saving…',
  unsaved: 'Unsaved changes',
  failed: 'Not saved: export a file',
};

/** The top bar: the map, the score (large, always visible), the constraint beside it, and the toolbar. */
export function TopBar() {
  const title = useWorkbench((s) => s.map.title);
  const period = useWorkbench((s) => s.map.period);
  const analysis = useWorkbench(selectAnalysis);
  const constraint = useWorkbench((s) =>
    analysis.constraint === null ? undefined : findNode(s.map, analysis.constraint),
  );
  const saveStatus = useWorkbench((s) => s.saveStatus);
  const select = useWorkbench((s) => s.select);
  const requestCenter = useWorkbench((s) => s.requestCenter);
  const lift = constraint ? analysis.lifts[constraint.id] : undefined;
  const findOut = analysis.findOut[0];
  const findOutNode = useWorkbench((s) => (findOut ? findNode(s.map, findOut.id) : undefined));
  const { band } = analysis;

  return (
    <header className="top-bar">
      <div className="top-bar__row">
        <div className="top-bar__map">
          <h1 className="top-bar__title">{title}</h1>
          <p className="top-bar__period">
            {period || 'No period set'}
            <span className={`save save--${saveStatus}`}>{SAVE_TEXT[saveStatus]}</span>
          </p>
        </div>
        <div
          className="top-bar__score"
          aria-label={`Obviousness ${formatScore(analysis.score)} out of 100${
            band.high > band.low
              ? `, up to ${formatScore(band.high)} once the open questions are answered`
              : ''
          }`}
          role="group"
        >
          <span className="top-bar__score-label">Obviousness</span>
          <span className="top-bar__score-value" data-testid="obviousness">
            {formatScore(analysis.score)}
          </span>
          <span className="top-bar__score-of">/ 100</span>
          {band.high > band.low && (
            <span className="top-bar__band" data-testid="band-high">
              up to {formatScore(band.high)}
            </span>
          )}
        </div>
        <div className="top-bar__constraint">
          <span className="top-bar__constraint-label">Constraint</span>
          {constraint ? (
            <button
              type="button"
              className="top-bar__constraint-button"
              onClick={() => {
                select({ nodes: [constraint.id] });
                requestCenter(constraint.id);
              }}
            >
              <TargetIcon size={26} />
              <span className="top-bar__constraint-name">
                {KIND_NAME[constraint.kind]}: {constraint.label}
              </span>
              {lift !== undefined && <span className="top-bar__constraint-lift">{liftText(lift)}</span>}
            </button>
          ) : (
            <span className="top-bar__constraint-none">none</span>
          )}
        </div>
        {findOut && (
          <div className="top-bar__constraint top-bar__find-out">
            <span className="top-bar__constraint-label">Find out first</span>
            <button
              type="button"
              className="top-bar__constraint-button top-bar__find-out-button"
              title={findOut.question}
              onClick={() => {
                select({ nodes: [findOut.id] });
                requestCenter(findOut.id);
              }}
            >
              <QuestionIcon size={26} />
              <span className="top-bar__constraint-name">
                {findOutNode ? shortQuestion(findOutNode) : findOut.question}
              </span>
              <span className="top-bar__constraint-lift">{formatLift(findOut.value)}</span>
            </button>
          </div>
        )}
        <LiveButton />
      </div>
      <Toolbar />
    </header>
  );
}
