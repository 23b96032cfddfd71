import { useId, useState } from 'react';
import type { DecisionNode } from '../../../domain/records/node';
import { approverIds } from '../../../domain/rounds/round';
import { KIND_PLURAL } from '../../../domain/words';
import { NODE_KINDS } from '../../../domain/records/states';
import { useWorkbench } from '../../../ui/shared/appStore';
import { LiveDialog } from '../LiveDialog';

const TIMERS: readonly { value: number | null; label: string }[] = [
  { value: null, label: 'No timer' },
  { value: 1, label: '1 min' },
  { value: 2, label: '2 min' },
  { value: 3, label: '3 min' },
  { value: 5, label: '5 min' },
];

/**
 * Starting a private round: which nodes the room estimates (all approvers' stances in one press), and
 * a timer if wanted.
 */
export function RoundSetup({
  onStart,
  onClose,
}: {
  onStart: (nodeIds: string[], minutes: number | null) => void;
  onClose: () => void;
}) {
  const map = useWorkbench((s) => s.map);
  const selected = useWorkbench((s) => s.selection.nodes);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(selected.length > 0 ? selected : approverIds(map)),
  );
  const [minutes, setMinutes] = useState<number | null>(null);
  const timerName = useId();
  const toggle = (id: string) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const byKind = (kind: DecisionNode['kind']) => map.nodes.filter((n) => n.kind === kind);
  return (
    <LiveDialog title="Start a private round" onClose={onClose}>
      <p className="round-setup__hint">
        Everyone answers on their own screen; nobody sees an answer until you reveal them.
      </p>
      <button type="button" className="button" onClick={() => setChosen(new Set(approverIds(map)))}>
        All approvers’ stances
      </button>
      <div className="round-setup__nodes">
        {NODE_KINDS.map((kind) => {
          const nodes = byKind(kind);
          if (nodes.length === 0) return null;
          return (
            <fieldset key={kind}>
              <legend>{KIND_PLURAL[kind]}</legend>
              {nodes.map((node) => (
                <label key={node.id} className="round-setup__node">
                  <input type="checkbox" checked={chosen.has(node.id)} onChange={() => toggle(node.id)} />
                  {node.label}
                </label>
              ))}
            </fieldset>
          );
        })}
      </div>
      <fieldset className="round-setup__timer">
        <legend>Timer</legend>
        {TIMERS.map((t) => (
          <label key={t.label}>
            <input
              type="radio"
              name={timerName}
              checked={minutes === t.value}
              onChange={() => setMinutes(t.value)}
            />
            {t.label}
          </label>
        ))}
      </fieldset>
      <div className="round-setup__actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={chosen.size === 0}
          onClick={() =>
            onStart(
              map.nodes.filter((n) => chosen.has(n.id)).map((n) => n.id),
              minutes,
            )
          }
        >
          Start round on {chosen.size} {chosen.size === 1 ? 'node' : 'nodes'}
        </button>
      </div>
    </LiveDialog>
  );
}
