import { useId, useState } from 'react';
import { isResolved } from '../../domain/analysis/resolve';
import type { DecisionNode } from '../../domain/records/node';
import { RESOLVED } from '../../domain/records/states';
import { findNode } from '../../state/store/selectors';
import { workbenchStore } from '../shared/appStore';
import type { NodeState } from '../../domain/records/nodeState';
import { useWorkbench } from '../shared/appStore';
import { deltaWords, formatLift, formatScore, resolvedPhrase } from '../shared/words';
import { KIND_NAME } from '../../domain/words';
import { useWhatIf } from '../shared/useWhatIf';
import { stateOf, statesOf } from '../../domain/records/nodeState';
import './whatif.css';

const SUGGESTIONS = 3;

/**
 * Try state changes and watch the score move, marked as hypothetical everywhere; keep them (one undo
 * step) or throw them away, each in one action. The map itself never changes until "Keep".
 */
export function WhatIfPanel() {
  const { changes, today, hypothetical } = useWhatIf();
  const map = useWorkbench((s) => s.map);
  const whatIf = useWorkbench((s) => s.whatIf);
  const setWhatIf = useWorkbench((s) => s.setWhatIf);
  const headingId = useId();
  if (whatIf === null) return null;

  const tried = new Set(changes.map((c) => c.node.id));
  const setState = (id: string, value: NodeState) => setWhatIf({ ...whatIf, [id]: value });
  const remove = (id: string) =>
    setWhatIf(Object.fromEntries(Object.entries(whatIf).filter(([key]) => key !== id)));
  const suggestions = today.drivers
    .filter((d) => !tried.has(d.id))
    .slice(0, SUGGESTIONS)
    .map((d) => ({ node: findNode(map, d.id), lift: d.lift }))
    .filter((s): s is { node: DecisionNode; lift: number } => s.node !== undefined);
  const score = hypothetical?.score ?? today.score;
  const constraintOf = (id: string | null) => {
    const node = id === null ? undefined : findNode(map, id);
    return node ? `${KIND_NAME[node.kind]}: ${node.label}` : 'none';
  };

  return (
    <section className="whatif" aria-labelledby={headingId}>
      <header className="whatif__header">
        <h2 id={headingId}>What if…</h2>
        <span className="whatif__badge">Hypothetical</span>
      </header>
      <p className="whatif__score" role="status">
        <span>
          Today <strong>{formatScore(today.score)}</strong>
        </span>
        <span aria-hidden="true">→</span>
        <span>
          what if <strong className="whatif__hypothetical">{formatScore(score)}</strong>
        </span>
        <span className="whatif__delta">{deltaWords(score - today.score)}</span>
      </p>
      {hypothetical && hypothetical.constraint !== today.constraint && (
        <p className="whatif__constraint">
          Constraint would move from {constraintOf(today.constraint)} to{' '}
          {constraintOf(hypothetical.constraint)}.
        </p>
      )}

      {changes.length === 0 ? (
        <p className="whatif__empty">Nothing tried yet: pick a change below. The map stays as it is.</p>
      ) : (
        <ul className="whatif__changes" aria-label="Changes being tried">
          {changes.map(({ node, value }) => (
            <li key={node.id}>
              <ChangeRow
                node={node}
                value={value}
                onChange={(v) => setState(node.id, v)}
                onRemove={() => remove(node.id)}
              />
            </li>
          ))}
        </ul>
      )}

      {suggestions.length > 0 && (
        <div className="whatif__suggestions" role="group" aria-label="Changes to try">
          {suggestions.map(({ node, lift }) => (
            <button
              key={node.id}
              type="button"
              className="button whatif__suggestion"
              onClick={() => setState(node.id, RESOLVED[node.kind])}
            >
              What if {node.label} {resolvedPhrase(node)}?{' '}
              <span className="whatif__lift">{formatLift(lift)}</span>
            </button>
          ))}
        </div>
      )}
      <AnyNodePicker exclude={tried} onPick={(node) => setState(node.id, RESOLVED[node.kind])} />

      <div className="whatif__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={changes.length === 0}
          onClick={() => {
            const kept = workbenchStore.getState().keepWhatIf();
            workbenchStore.getState().setNotice({
              tone: 'info',
              text: `Kept ${kept} change${kept === 1 ? '' : 's'}: the map now says so (undo takes it back).`,
            });
          }}
        >
          Keep these changes
        </button>
        <button type="button" className="button" onClick={() => setWhatIf(null)}>
          Throw away
        </button>
      </div>
    </section>
  );
}

function ChangeRow({
  node,
  value,
  onChange,
  onRemove,
}: {
  node: DecisionNode;
  value: NodeState;
  onChange: (value: NodeState) => void;
  onRemove: () => void;
}) {
  const selectId = useId();
  return (
    <div className="whatif__change">
      <label htmlFor={selectId} className="whatif__change-name">
        {KIND_NAME[node.kind]}: {node.label}
        <span className="whatif__from"> (today {stateOf(node)})</span>
      </label>
      <select id={selectId} value={value} onChange={(e) => onChange(e.target.value as NodeState)}>
        {statesOf(node).map((state) => (
          <option key={state} value={state}>
            {state}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--small"
        aria-label={`Stop trying ${node.label}`}
        onClick={onRemove}
      >
        Remove
      </button>
    </div>
  );
}

/** Any unresolved node, by kind and label: what the suggestions do not cover. */
function AnyNodePicker({
  exclude,
  onPick,
}: {
  exclude: ReadonlySet<string>;
  onPick: (node: DecisionNode) => void;
}) {
  const nodes = useWorkbench((s) => s.map.nodes);
  const [choice, setChoice] = useState('');
  const selectId = useId();
  const open = nodes.filter((n) => !isResolved(n) && !exclude.has(n.id));
  if (open.length === 0) return null;
  const picked = open.find((n) => n.id === choice);
  return (
    <div className="whatif__picker">
      <label htmlFor={selectId}>Try any node resolved</label>
      <select id={selectId} value={picked?.id ?? ''} onChange={(e) => setChoice(e.target.value)}>
        <option value="">Choose a node…</option>
        {open.map((n) => (
          <option key={n.id} value={n.id}>
            {KIND_NAME[n.kind]}: {n.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button"
        disabled={!picked}
        onClick={() => {
          if (!picked) return;
          onPick(picked);
          setChoice('');
        }}
      >
        Try it
      </button>
    </div>
  );
}
