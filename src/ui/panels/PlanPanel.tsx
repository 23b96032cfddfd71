import { useState } from 'react';
import type { Analysis } from '../../domain/analysis/types';
import type { DecisionMap } from '../../domain/records/map';
import type { DecisionNode } from '../../domain/records/node';
import { useWorkbench } from '../shared/appStore';
import { WarningIcon } from '../shared/icons';
import { KIND_ICON } from '../shared/kindIcon';
import { CATEGORY_NAME, formatLift, formatScore, percent } from '../shared/words';
import { KIND_NAME } from '../../domain/words';
import { PlanFlags } from '../shared/PlanFlags';
import { PlanItemEditor } from './PlanItemEditor';

/** The Plan tab: the ceiling, the gaps (the constraint first and loudest), and every plan item. */
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

  return (
    <div className="panel plan-panel">
      <section aria-labelledby="ceiling-heading" className="ceiling">
        <h2 id="ceiling-heading" className="panel__heading">
          The plan&apos;s ceiling
        </h2>
        <p className="ceiling__sentence">
          Even if every plan item succeeds, the decision is <strong>{percent(plan.ceiling)}</strong> obvious.
        </p>
        <p className="ceiling__today">
          Today: {formatScore(analysis.score)} · with the whole plan: {formatScore(plan.ceiling)}
        </p>
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
          Gaps: drivers no plan item addresses ({plan.gaps.length})
        </h2>
        {plan.gaps.length === 0 ? (
          <p className="panel__empty">Every driver is addressed by a plan item.</p>
        ) : (
          <ul className="gap-list">
            {plan.gaps.map((id) => (
              <li key={id}>
                <button type="button" className="driver-row" onClick={() => onFocusNode(id)}>
                  <span className="driver-row__label">
                    {id === constraint && <span className="badge badge--constraint">Constraint</span>}
                    {nodeName(id)}
                  </span>
                  <span className="driver-row__lift">{formatLift(analysis.lifts[id] ?? 0)}</span>
                </button>
              </li>
            ))}
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
              <li
                key={item.id}
                className={found?.flags.includes('unanchored') ? 'plan-row plan-row--unanchored' : 'plan-row'}
              >
                <div className="plan-row__head">
                  <span className="plan-row__title">{item.title}</span>
                  <span className="plan-row__meta">
                    {CATEGORY_NAME[item.category]}
                    {item.owner ? ` · ${item.owner}` : ''}
                    {found ? ` · lift ${formatLift(found.lift)}` : ''}
                  </span>
                  <PlanFlags flags={found?.flags ?? []} />
                </div>
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
