import { useId, useState } from 'react';
import type { DecisionNode } from '../../domain/records/node';
import { statesOf } from '../../domain/records/nodeState';
import { localDate, settlePatch } from '../../domain/rounds/settle';
import { spreadFromCounts, spreadText } from '../../domain/rounds/spread';
import { KIND_NAME } from '../../domain/words';
import { useWorkbench } from '../shared/appStore';
import { Modal } from '../shared/controls/Modal';
import { SettleChoices } from '../shared/spread/SettleChoices';
import { SpreadBar } from '../shared/spread/SpreadBar';
import { disagreementWords, stateWord } from '../shared/spread/spreadWords';
import './round.css';

/*
 * The room's show of hands, without a live session (one screen, one keyboard): per node, how many
 * hands went up for each state, the spread as the room sees it, and the facilitator's settling —
 * recorded on the node as the room's estimate, exactly as a private round is.
 */

const firstNode = (nodes: readonly DecisionNode[], selected: readonly string[]): string =>
  nodes.find((n) => selected.includes(n.id))?.id ??
  nodes.find((n) => n.kind === 'approver')?.id ??
  nodes[0]?.id ??
  '';

export function ShowOfHands() {
  const nodes = useWorkbench((s) => s.map.nodes);
  const selected = useWorkbench((s) => s.selection.nodes);
  const setOverlay = useWorkbench((s) => s.setOverlay);
  const updateNode = useWorkbench((s) => s.updateNode);
  const setNotice = useWorkbench((s) => s.setNotice);
  const [nodeId, setNodeId] = useState(() => firstNode(nodes, selected));
  const [counts, setCounts] = useState<number[]>([]);
  const [settled, setSettled] = useState<ReadonlyMap<string, string>>(new Map());
  const titleId = useId();
  const pickId = useId();
  const close = () => setOverlay(null);
  const node = nodes.find((n) => n.id === nodeId);

  const pick = (id: string) => {
    setNodeId(id);
    setCounts([]);
  };
  const next = () => {
    const at = nodes.findIndex((n) => n.id === nodeId);
    const following = nodes[(at + 1) % Math.max(nodes.length, 1)];
    if (following) pick(following.id);
  };

  return (
    <Modal labelledBy={titleId} onClose={close} className="hands">
      <h2 id={titleId}>Show of hands</h2>
      <p className="hands__hint">
        Count the hands for each state, then settle the node. It is recorded as the room’s estimate, never as
        the market’s word.
      </p>
      {node === undefined ? (
        <p>The map has no nodes yet.</p>
      ) : (
        <>
          <label className="hands__pick" htmlFor={pickId}>
            Node
          </label>
          <select id={pickId} className="hands__select" value={nodeId} onChange={(e) => pick(e.target.value)}>
            {nodes.map((n) => (
              <option key={n.id} value={n.id}>
                {KIND_NAME[n.kind]}: {n.label}
                {settled.has(n.id) ? ' (settled)' : ''}
              </option>
            ))}
          </select>
          <Counts node={node} counts={counts} onChange={setCounts} />
          <Outcome
            node={node}
            counts={counts}
            settled={settled.get(node.id) ?? null}
            onSettle={(state) => {
              const spread = spreadFromCounts(node, counts);
              const outcome = settlePatch(node, spread, state, localDate(new Date()), 'hands');
              const result = outcome.ok ? updateNode(node.id, outcome.patch) : outcome;
              if (!result.ok) {
                setNotice({ tone: 'warning', text: result.message });
                return;
              }
              setSettled(new Map(settled).set(node.id, state));
              setNotice({
                tone: 'info',
                text: `“${node.label}” settled as ${stateWord(state)}: ${spreadText(spread)}.`,
              });
            }}
          />
        </>
      )}
      <div className="hands__actions">
        {node !== undefined && (
          <button type="button" className="button" onClick={next}>
            Next node
          </button>
        )}
        <button type="button" className="button button--primary" onClick={close}>
          Done
        </button>
      </div>
    </Modal>
  );
}

function Counts({
  node,
  counts,
  onChange,
}: {
  node: DecisionNode;
  counts: readonly number[];
  onChange: (counts: number[]) => void;
}) {
  const states = statesOf(node);
  const order = [...states.keys()].filter((i) => i > 0).concat(0);
  const set = (index: number, value: number) => {
    const next = states.map((_, i) => counts[i] ?? 0);
    next[index] = Math.max(0, Math.min(500, Math.floor(Number.isFinite(value) ? value : 0)));
    onChange(next);
  };
  return (
    <fieldset className="hands__counts">
      <legend>Hands for each state</legend>
      {order.map((i) => {
        const state = states[i];
        if (state === undefined) return null;
        const n = counts[i] ?? 0;
        return (
          <div key={state} className="hands__count">
            <label>
              <span>{stateWord(state)}</span>
              <input
                type="number"
                min={0}
                max={500}
                inputMode="numeric"
                value={n}
                onChange={(e) => set(i, Number(e.target.value))}
              />
            </label>
            <button
              type="button"
              className="button button--small"
              aria-label={`One more ${stateWord(state)}`}
              onClick={() => set(i, n + 1)}
            >
              +1
            </button>
          </div>
        );
      })}
    </fieldset>
  );
}

function Outcome({
  node,
  counts,
  settled,
  onSettle,
}: {
  node: DecisionNode;
  counts: readonly number[];
  settled: string | null;
  onSettle: (state: ReturnType<typeof statesOf>[number]) => void;
}) {
  const spread = spreadFromCounts(node, counts);
  return (
    <section className="hands__outcome" aria-label="The room’s spread">
      <p role="status">
        <strong>{disagreementWords(spread)}</strong>
        {spread.answered > 0 && ` · ${spreadText(spread)}`}
      </p>
      <SpreadBar spread={spread} />
      {spread.answered > 0 && (
        <SettleChoices
          label={node.label}
          spread={spread}
          settled={settled === null ? null : (spread.states.find((s) => s === settled) ?? null)}
          onSettle={onSettle}
        />
      )}
    </section>
  );
}
