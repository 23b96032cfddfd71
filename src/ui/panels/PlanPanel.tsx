import { useState } from 'react';
import type { Analysis } from '../../domain/analysis/types';
import type { DecisionMap } from '../../domain/records/map';
import type { DecisionNode } from '../../domain/records/node';
import { useWorkbench } from '../shared/appStore';
import { WarningIcon } from '../shared/icons';
import { KIND_ICON } from '../shared/kindIcon';
import { CATEGORY_NAME, formatLift, formatScore, liftText } from '../shared/words';
import { KIND_NAME } from '../../domain/words';
import { PlanVerdictBadge } from '../shared/PlanVerdict';
import { VERDICT_ORDER, VERDICT_WORDS } from '../../domain/analysis/planVerdict';
import { PlanItemEditor } from './PlanItemEditor';

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The Plan tab: the ceiling, the verdicts, the gaps (the constraint first and loudest), and every plan item. */
export function PlanPanel({
  map,
  analysis,
  nodesById,
  onFocusNode,
}: {
  map: DecisionMap;
  analysis: Analysis;
  nodesById: ReadonlyMap<string, DecisionNode>;
  onFocusNode: (id: string) => void;
}) {
  const addPlanItem = useWorkbench((s) => s.addPlanItem);
  const [open, setOpen] = useState<string | null>(null);
  const { plan } = analysis;
  const itemAnalysis = new Map(plan.items.map((i) => [i.id, i]));
  const constraint = analysis.constraint;
  const constraintUnaddressed = constraint !== null && plan.gaps.includes(constraint);
  const constraintNode = constraint === null ? undefined : nodesById.get(constraint);
  const nodeName = (id: string) => {
    const node = nodesById.get(id);
    return node ? `${KIND_NAME[node.kind]}: ${node.label}` : id;
  };
  const findOuts = new Map(analysis.findOut.map((f) => [f.id, f]));
  // A gap that is not a driver carries a real part of the decision but moves nothing today: it stands
  // behind an unknown or a blocker.
  const driverIds = new Set(analysis.drivers.map((d) => d.id));
  const counts = VERDICT_ORDER.map((verdict) => ({
    verdict,
    count: plan.items.filter((i) => i.verdict === verdict).length,
  })).filter((c) => c.count > 0);
  const { low, high } = plan.ceilingBand;

  return (
    <div className="panel plan-panel">
      <section aria-labelledby="ceiling-heading" className="ceiling">
        <h2 id="ceiling-heading" className="panel__heading">
          The plan&apos;s ceiling
        </h2>
        <p className="ceiling__sentence">
          Even if every plan item succeeds, the decision is <strong>{formatScore(high)} / 100</strong> obvious
          {low < high && (
            <>
              {' '}
              — <strong>{formatScore(low)}</strong> if the questions it leaves open come back as the worst
              answer
            </>
          )}
          .
        </p>
        <p className="ceiling__today">Today: {formatScore(analysis.score)} / 100</p>
        {counts.length > 0 && (
          <p className="ceiling__verdicts" aria-label="Plan items by verdict">
            {counts.map(({ verdict, count }) => (
              <span key={verdict} className="ceiling__verdict">
                <PlanVerdictBadge verdict={verdict} /> {count}
              </span>
            ))}
          </p>
        )}
      </section>

      {constraintUnaddressed && constraintNode && (
        <div className="warning warning--constraint">
          <WarningIcon size={32} />
          <p>
            <strong>No plan item addresses the constraint</strong>
            <button type="button" className="link-button" onClick={() => onFocusNode(constraintNode.id)}>
              {nodeName(constraintNode.id)}
            </button>
          </p>
        </div>
      )}

      <section aria-labelledby="gaps-heading">
        <h2 id="gaps-heading" className="panel__heading">
          Gaps: what matters and no plan item addresses ({plan.gaps.length})
        </h2>
        {plan.gaps.length === 0 ? (
          <p className="panel__empty">The plan addresses everything that matters.</p>
        ) : (
          <ul className="gap-list">
            {plan.gaps.map((id) => {
              const question = findOuts.get(id);
              return (
                <li key={id}>
                  <button type="button" className="driver-row" onClick={() => onFocusNode(id)}>
                    <span className="driver-row__label">
                      {id === constraint && <span className="badge badge--constraint">Constraint</span>}
                      {question && <span className="badge badge--find-out">Find out</span>}
                      {question ? question.question : nodeName(id)}
                    </span>
                    <span className="driver-row__lift">
                      {question
                        ? formatLift(question.value)
                        : driverIds.has(id)
                          ? liftText(analysis.lifts[id] ?? 0)
                          : 'needed later'}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="items-heading">
        <div className="panel__heading-row">
          <h2 id="items-heading" className="panel__heading">
            Plan items ({map.plan.length})
          </h2>
          <button
            type="button"
            className="button"
            onClick={() => {
              const id = addPlanItem();
              if (id !== null) setOpen(id);
            }}
          >
            Add plan item
          </button>
        </div>
        {map.plan.length === 0 && <p className="panel__empty">No plan items yet.</p>}
        <ul className="plan-list">
          {map.plan.map((item) => {
            const found = itemAnalysis.get(item.id);
            const expanded = open === item.id;
            return (
              <li key={item.id} className={`plan-row plan-row--${found?.verdict ?? 'unknown'}`}>
                <div className="plan-row__head">
                  <span className="plan-row__title">{item.title}</span>
                  <span className="plan-row__meta">
                    {CATEGORY_NAME[item.category]}
                    {item.owner ? ` · ${item.owner}` : ''}
                    {found && found.verdict !== 'internal-logic' ? ` · lift ${formatLift(found.lift)}` : ''}
                  </span>
                  {found && <PlanVerdictBadge verdict={found.verdict} />}
                </div>
                {found && (
                  <p className="plan-row__verdict">
                    {sentenceCase(VERDICT_WORDS[found.verdict].meaning)}
                    {found.verdict === 'insufficient' && constraint !== null && (
                      <>
                        : it leaves the constraint,{' '}
                        <button type="button" className="link-button" onClick={() => onFocusNode(constraint)}>
                          {nodeName(constraint)}
                        </button>
                      </>
                    )}
                    .
                  </p>
                )}
                {item.addresses.length > 0 && (
                  <ul className="chips" aria-label={`Addressed by ${item.title}`}>
                    {item.addresses.map((nodeId) => {
                      const node = nodesById.get(nodeId);
                      const Icon = node ? KIND_ICON[node.kind] : null;
                      return (
                        <li key={nodeId} className={`chip chip--${node?.kind ?? 'missing'}`}>
                          <button type="button" className="chip__focus" onClick={() => onFocusNode(nodeId)}>
                            {Icon && <Icon size={18} />}
                            {node ? node.label : nodeId}
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                )}
                <button
                  type="button"
                  className="button button--small"
                  aria-expanded={expanded}
                  onClick={() => setOpen(expanded ? null : item.id)}
                >
                  {expanded ? 'Close' : 'Edit'} <span className="visually-hidden">{item.title}</span>
                </button>
                {expanded && <PlanItemEditor item={item} itemAnalysis={found} nodesById={nodesById} />}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
