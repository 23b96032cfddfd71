import { useEffect, useRef } from 'react';
import { runCommand } from '../../state/commands/registry';
import { workbenchStore } from '../shared/appStore';
import type { WalkthroughStep } from '../../state/store/types';
import { useAnalysis, useWorkbench } from '../shared/appStore';
import { formatScore } from '../shared/words';
import { ApproversStep, NeedsStep } from './MapSteps';
import { AddressesStep, EndStep, PlanStep } from './PlanSteps';
import { questionFor } from './questions';
import { firstStepOf, STAGE_NAME, STAGES, stepAfter, stepIndex, walkthroughSteps, type Stage } from './steps';
import './walkthrough.css';

/**
 * The guided walkthrough: one question at a time, from who must approve it to what is still open.
 * Every answer is an ordinary edit of the map (undoable, saved); the step is session state, so leaving
 * and coming back resumes where the room was.
 */
export function WalkthroughScreen() {
  const map = useWorkbench((s) => s.map);
  const step = useWorkbench((s) => s.walkthroughStep);
  const setStep = useWorkbench((s) => s.setWalkthroughStep);
  const analysis = useAnalysis();
  const steps = walkthroughSteps(map);
  const index = stepIndex(steps, step);
  const current = steps[index] ?? step;
  const { question, help } = questionFor(current, map);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const key = stepKey(current);

  const go = (delta: number) => setStep(stepAfter(map, current, delta));
  const next = () => go(1);
  const entry = hasEntry(current);
  useEffect(() => {
    // Steps without an entry line put the focus on the question (once per step), so the next Tab starts there.
    if (!entry) headingRef.current?.focus();
  }, [key, entry]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter' && !isControl(event.target)) {
      // A question without an entry line (the focus is on the question): Enter moves on, as elsewhere.
      event.preventDefault();
      next();
    } else if (event.key === 'PageDown' || event.key === 'PageUp') {
      event.preventDefault();
      go(event.key === 'PageDown' ? 1 : -1);
    } else if (event.key === 'Escape' && event.target instanceof HTMLInputElement) {
      // The global shortcut skips fields: leaving works from the entry line too.
      event.preventDefault();
      runCommand('leave-screen', workbenchStore);
    }
  };

  return (
    <main className="walkthrough" aria-label="Walk through the decision" onKeyDown={onKeyDown}>
      <header className="walkthrough__header">
        <div>
          <p className="walkthrough__kicker">Walk through the decision</p>
          <p className="walkthrough__map">{map.title}</p>
        </div>
        <p
          className="walkthrough__score"
          aria-label={`Obviousness ${formatScore(analysis.score)} out of 100`}
        >
          <span className="walkthrough__score-label">Obviousness</span>{' '}
          <strong>{formatScore(analysis.score)}</strong>
        </p>
        <button
          type="button"
          className="walkthrough__leave"
          onClick={() => runCommand('leave-screen', workbenchStore)}
        >
          Back to the workbench <kbd>Esc</kbd>
        </button>
      </header>
      <div className="walkthrough__body">
        <nav className="walkthrough__progress" aria-label="Walkthrough steps">
          <ol>
            {STAGES.map((stage) => (
              <li key={stage}>
                <button
                  type="button"
                  className={stage === current.stage ? 'is-on' : undefined}
                  aria-current={stage === current.stage ? 'step' : undefined}
                  onClick={() => setStep(firstStepOf(map, stage))}
                >
                  {STAGE_NAME[stage]}
                  <span className="walkthrough__count">{stageCount(steps, stage)}</span>
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <section className="walkthrough__step" aria-labelledby="walkthrough-question">
          <p className="walkthrough__position">
            {STAGE_NAME[current.stage]}: section {STAGES.indexOf(current.stage) + 1} of {STAGES.length} ·
            question {index + 1} of {steps.length}
          </p>
          <h2 id="walkthrough-question" ref={headingRef} tabIndex={-1} className="walkthrough__question">
            {question}
          </h2>
          <p className="walkthrough__help">{help}</p>
          <StepBody step={current} onNext={next} />
        </section>
      </div>
      <footer className="walkthrough__footer">
        <button
          type="button"
          className="button walkthrough__nav"
          disabled={index === 0}
          onClick={() => go(-1)}
        >
          ← Back <kbd>PgUp</kbd>
        </button>
        <button
          type="button"
          className="button button--primary walkthrough__nav"
          disabled={index === steps.length - 1}
          onClick={next}
        >
          Next question <kbd>PgDn</kbd>
        </button>
      </footer>
    </main>
  );
}

function StepBody({ step, onNext }: { step: WalkthroughStep; onNext: () => void }) {
  switch (step.stage) {
    case 'approvers':
      return <ApproversStep onNext={onNext} />;
    case 'proofs':
    case 'risks':
    case 'frictions':
      return (
        <NeedsStep
          key={`${step.stage}-${step.approverId}`}
          stage={step.stage}
          approverId={step.approverId}
          onNext={onNext}
        />
      );
    case 'plan':
      return <PlanStep onNext={onNext} />;
    case 'addresses':
      return <AddressesStep planItemId={step.planItemId} />;
    case 'end':
      return <EndStep />;
  }
}

const hasEntry = (step: WalkthroughStep) => step.stage !== 'addresses' && step.stage !== 'end';

const stepKey = (step: WalkthroughStep) =>
  'approverId' in step
    ? `${step.stage}-${step.approverId}`
    : 'planItemId' in step
      ? `${step.stage}-${step.planItemId}`
      : step.stage;

/** How many questions a stage holds, for the progress list ("" for the single-question stages). */
/** How many questions a section asks, said in words ("7 questions, one per approver"). */
function stageCount(steps: readonly WalkthroughStep[], stage: Stage): string {
  if (stage === 'approvers' || stage === 'plan' || stage === 'end') return '';
  const count = steps.filter((s) => s.stage === stage).length;
  const per = stage === 'addresses' ? 'plan item' : 'approver';
  return ` · ${count === 1 ? `1 question` : `${count} questions`}, one per ${per}`;
}

/** Whether a key press is meant for a control of the page (a field, a button, a link), not the walkthrough. */
const isControl = (target: EventTarget): boolean =>
  target instanceof HTMLElement &&
  target.closest('input, button, select, textarea, a, [role="radio"]') !== null;
