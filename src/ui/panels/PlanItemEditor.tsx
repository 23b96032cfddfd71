import { LinkToField } from './LinkToField';
import { useState } from 'react';
import type { PlanItemAnalysis } from '../../domain/analysis/types';
import type { DecisionNode } from '../../domain/records/node';
import type { PlanItem } from '../../domain/records/planItem';
import { NODE_KINDS, PLAN_CATEGORIES } from '../../domain/records/states';
import { useWorkbench } from '../shared/appStore';
import { CommitField } from '../shared/controls/CommitField';
import { FieldMessage } from '../shared/controls/FieldMessage';
import { KIND_ICON } from '../shared/kindIcon';
import { CATEGORY_NAME, formatLift } from '../shared/words';
import { KIND_NAME } from '../../domain/words';
import { PlanVerdictBadge } from '../shared/PlanVerdict';

/** Every field of one plan item, and the nodes it addresses (chips, a checklist, or picking on the canvas). */
export function PlanItemEditor({
  item,
  itemAnalysis,
  nodesById,
}: {
  item: PlanItem;
  itemAnalysis: PlanItemAnalysis | undefined;
  nodesById: ReadonlyMap<string, DecisionNode>;
}) {
  const updatePlanItem = useWorkbench((s) => s.updatePlanItem);
  const deletePlanItem = useWorkbench((s) => s.deletePlanItem);
  const toggleAddress = useWorkbench((s) => s.toggleAddress);
  const startPicking = useWorkbench((s) => s.startPicking);
  const picking = useWorkbench((s) => s.pickingFor === item.id);
  const [message, setMessage] = useState<string | null>(null);

  const toggle = (nodeId: string) => {
    const result = toggleAddress(item.id, nodeId);
    setMessage(result.ok ? null : result.message);
  };
  const addressed = new Set(item.addresses);

  return (
    <div className="plan-editor">
      <div className="plan-editor__status">
        {itemAnalysis && (
          <span className="plan-editor__lift">Lift if it works: {formatLift(itemAnalysis.lift)}</span>
        )}
        {itemAnalysis && <PlanVerdictBadge verdict={itemAnalysis.verdict} />}
      </div>
      <CommitField
        label="Title"
        value={item.title}
        onCommit={(title) => updatePlanItem(item.id, { title })}
      />
      <div className="field">
        <label className="field__label" htmlFor={`${item.id}-category`}>
          Category
        </label>
        <select
          id={`${item.id}-category`}
          value={item.category}
          onChange={(e) => {
            const result = updatePlanItem(item.id, { category: e.target.value as PlanItem['category'] });
            setMessage(result.ok ? null : result.message);
          }}
        >
          {PLAN_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_NAME[c]}
            </option>
          ))}
        </select>
      </div>
      <CommitField
        label="Owner"
        value={item.owner ?? ''}
        onCommit={(owner) => updatePlanItem(item.id, { owner: owner === '' ? undefined : owner })}
      />

      <div className="field">
        <span className="field__label">Addresses</span>
        {item.addresses.length === 0 ? (
          <p className="plan-editor__none">
            Nothing yet: this plan item is internal logic until it addresses something in the market’s
            decision.
          </p>
        ) : (
          <ul className="chips" aria-label="Addressed nodes">
            {item.addresses.map((nodeId) => {
              const node = nodesById.get(nodeId);
              const Icon = node ? KIND_ICON[node.kind] : null;
              return (
                <li key={nodeId} className={`chip chip--${node?.kind ?? 'missing'}`}>
                  {Icon && <Icon size={18} />}
                  <span>{node ? node.label : nodeId}</span>
                  <button
                    type="button"
                    className="chip__remove"
                    aria-label={`Stop addressing ${node?.label ?? nodeId}`}
                    onClick={() => toggle(nodeId)}
                  >
                    ×
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <button
          type="button"
          className={picking ? 'button button--on' : 'button'}
          aria-pressed={picking}
          onClick={() => startPicking(picking ? null : item.id)}
        >
          {picking ? 'Done picking' : 'Pick on canvas'}
        </button>
        <LinkToField fromId={item.id} />
        <details className="checklist">
          <summary>Choose from a list</summary>
          {NODE_KINDS.map((kind) => {
            const nodes = [...nodesById.values()].filter((n) => n.kind === kind);
            if (nodes.length === 0) return null;
            return (
              <fieldset key={kind}>
                <legend>{KIND_NAME[kind]}</legend>
                {nodes.map((node) => (
                  <label key={node.id} className="checklist__row">
                    <input
                      type="checkbox"
                      checked={addressed.has(node.id)}
                      onChange={() => toggle(node.id)}
                    />
                    {node.label}
                  </label>
                ))}
              </fieldset>
            );
          })}
        </details>
        <FieldMessage message={message} />
      </div>

      <CommitField
        label="Notes"
        multiline
        value={item.notes ?? ''}
        onCommit={(notes) => updatePlanItem(item.id, { notes: notes === '' ? undefined : notes })}
      />
      <button type="button" className="button button--danger" onClick={() => deletePlanItem(item.id)}>
        Delete plan item
      </button>
    </div>
  );
}
