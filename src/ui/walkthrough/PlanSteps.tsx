import { useId } from 'react';
import { NODE_KINDS } from '../../domain/records/states';
import { findNode } from '../../state/store/selectors';
import { runCommand } from '../../state/commands/registry';
import { workbenchStore } from '../shared/appStore';
import { useAnalysis, useWorkbench } from '../shared/appStore';
import { PlanVerdictBadge } from '../shared/PlanVerdict';
import { formatLift, formatScore } from '../shared/words';
import { KIND_NAME, KIND_PLURAL } from '../../domain/words';
import { QuickEntry } from './QuickEntry';
import './walkthroughSteps.css';

/** "What does the company plan to do?": the plan items with their flags, and a line to add the next one. */
export function PlanStep({ onNext }: { onNext: () => void }) {
  const plan = useWorkbench((s) => s.map.plan);
  const analysis = useAnalysis();
  const addPlanItem = useWorkbench((s) => s.addPlanItem);
  const verdictOf = (id: string) => analysis.plan.items.find((i) => i.id === id)?.verdict;
  return (
    <>
      <QuickEntry
        label="Add a plan item"
        placeholder="e.g. Hire 6 enterprise AEs, build the ERP connector"
        onAdd={(title) => addPlanItem({ title }) !== null}
        onNext={onNext}
      />
      {plan.length === 0 ? (
        <p className="walkthrough__empty">No plan items yet.</p>
      ) : (
        <ul className="walkthrough__items" aria-label="Plan items">
          {plan.map((item) => (
            <li key={item.id} className="walkthrough__item walkthrough__plan-item">
              <span className="walkthrough__plan-title">{item.title}</span>
              {verdictOf(item.id) && <PlanVerdictBadge verdict={verdictOf(item.id)!} />}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** For one plan item: every node of the map as a checkbox, ticked when the item addresses it. */
export function AddressesStep({ planItemId }: { planItemId: string }) {
  const map = useWorkbench((s) => s.map);
  const analysis = useAnalysis();
  const toggleAddress = useWorkbench((s) => s.toggleAddress);
  const item = map.plan.find((p) => p.id === planItemId);
  const baseId = useId();
  if (!item) return <p className="walkthrough__empty">This plan item is no longer on the map.</p>;
  const addressed = new Set(item.addresses);
  const found = analysis.plan.items.find((i) => i.id === item.id);
  return (
    <>
      <p className="walkthrough__status" role="status">
        <span>
          {addressed.size === 0
            ? 'Addresses nothing yet.'
            : `Addresses ${addressed.size} node${addressed.size === 1 ? '' : 's'}`}
          {found && addressed.size > 0 && `, lift ${formatLift(found.lift)}`}
        </span>
        {found && addressed.size > 0 && <PlanVerdictBadge verdict={found.verdict} />}
      </p>
      <div className="walkthrough__groups">
        {NODE_KINDS.map((kind) => {
          const nodes = map.nodes.filter((n) => n.kind === kind);
          if (nodes.length === 0) return null;
          return (
            <fieldset key={kind} className={`walkthrough__also walkthrough-kind--${kind}`}>
              <legend>{KIND_PLURAL[kind]}</legend>
              {nodes.map((node) => (
                <label key={node.id} className="toggle" htmlFor={`${baseId}-${node.id}`}>
                  <input
                    id={`${baseId}-${node.id}`}
                    type="checkbox"
                    checked={addressed.has(node.id)}
                    onChange={() => {
                      const result = toggleAddress(item.id, node.id);
                      if (!result.ok)
                        workbenchStore.getState().setNotice({ tone: 'warning', text: result.message });
                    }}
                  />
                  <span>{node.label}</span>
                </label>
              ))}
            </fieldset>
          );
        })}
      </div>
    </>
  );
}

/** The end: the open questions, the constraint, the unanchored plan items; then present it or write the brief. */
export function EndStep() {
  const map = useWorkbench((s) => s.map);
  const analysis = useAnalysis();
  const constraint = analysis.constraint === null ? undefined : findNode(map, analysis.constraint);
  const addressedBy = constraint ? map.plan.filter((p) => p.addresses.includes(constraint.id)) : [];
  const unanchored = map.plan.filter(
    (p) => analysis.plan.items.find((i) => i.id === p.id)?.verdict === 'internal-logic',
  );
  const firstFindOut = analysis.findOut[0];
  const ids = { questions: useId(), constraint: useId(), findOut: useId(), unanchored: useId() };
  return (
    <div className="walkthrough__end">
      <section aria-labelledby={ids.constraint} className="walkthrough__end-constraint">
        <h3 id={ids.constraint}>The constraint</h3>
        {constraint ? (
          <p>
            <strong>
              {KIND_NAME[constraint.kind]}: {constraint.label}
            </strong>{' '}
            — resolving it alone would raise obviousness by {formatScore(analysis.lifts[constraint.id] ?? 0)}{' '}
            points.{' '}
            {addressedBy.length === 0 ? (
              <strong className="walkthrough__loud">No plan item addresses it.</strong>
            ) : (
              `Addressed by ${addressedBy.map((p) => p.title).join(', ')}.`
            )}
          </p>
        ) : (
          <p>Nothing on this map would raise the score further.</p>
        )}
      </section>
      {firstFindOut && (
        <section aria-labelledby={ids.findOut} className="walkthrough__end-constraint">
          <h3 id={ids.findOut}>Find out first</h3>
          <p>
            <strong>{firstFindOut.question}</strong> — a halfway answer would move the score by{' '}
            {formatScore(firstFindOut.value)} points.
          </p>
        </section>
      )}
      <section aria-labelledby={ids.questions}>
        <h3 id={ids.questions}>Open questions ({analysis.openQuestions.length})</h3>
        {analysis.openQuestions.length === 0 ? (
          <p>None: every state is answered.</p>
        ) : (
          <ul className="walkthrough__list">
            {analysis.openQuestions.map((q, i) => (
              <li key={`${q.id ?? 'map'}-${i}`}>{q.question}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={ids.unanchored}>
        <h3 id={ids.unanchored}>Plan items that are internal logic ({unanchored.length})</h3>
        {unanchored.length === 0 ? (
          <p>None: every plan item addresses something in the market’s decision.</p>
        ) : (
          <ul className="walkthrough__list">
            {unanchored.map((p) => (
              <li key={p.id}>
                {p.title} <PlanVerdictBadge verdict="internal-logic" />
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="walkthrough__end-actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => runCommand('present', workbenchStore)}
        >
          Present it
        </button>
        <button type="button" className="button" onClick={() => runCommand('brief', workbenchStore)}>
          Make the decision brief
        </button>
      </div>
    </div>
  );
}
