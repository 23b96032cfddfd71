import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import type { DecisionNode } from '../../../domain/records/node';
import { statesOf, type NodeState } from '../../../domain/records/nodeState';
import { spreadText } from '../../../domain/rounds/spread';
import { KIND_NAME } from '../../../domain/words';
import { workbenchStore } from '../../../ui/shared/appStore';
import { SettleChoices } from '../../../ui/shared/spread/SettleChoices';
import { SpreadBar } from '../../../ui/shared/spread/SpreadBar';
import { disagreementWords, stateWord } from '../../../ui/shared/spread/spreadWords';
import { followViewport } from '../../presence';
import type { LiveRound, LiveRoundView } from '../../round/liveRound';
import { RoundCanvasLayer } from './RoundCanvasLayer';
import { answering, clock, useSecondsLeft } from './useLiveRound';
import './round.css';

/*
 * A private round, docked at the side of the screen. While it is open, everyone sees who has answered
 * (never what); each person answers here, and the facilitator reveals. Revealed, the spread of each
 * node, widest disagreement first; the facilitator settles each node. Summons jump this view.
 */
const watchLayout = (listener: () => void) => {
  const observer = new MutationObserver(listener);
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['class'],
  });
  window.addEventListener('resize', listener);
  return () => {
    observer.disconnect();
    window.removeEventListener('resize', listener);
  };
};
/** Where the canvas starts: the dock sits beside it, below the top bar and its tools. */
const canvasTop = () => Math.round(document.querySelector('.react-flow')?.getBoundingClientRect().top ?? 96);

export function RoundDock({ round, view }: { round: LiveRound; view: LiveRoundView }) {
  const top = useSyncExternalStore(watchLayout, canvasTop, () => 96);
  useEffect(
    () =>
      round.onSummon((leader) => {
        const root = document.querySelector<HTMLElement>('.react-flow');
        if (!root) return;
        workbenchStore.host.canvas
          .get()
          .setViewport?.(followViewport(leader, { width: root.clientWidth, height: root.clientHeight }));
        workbenchStore
          .getState()
          .setNotice({ tone: 'info', text: 'The facilitator brought everyone to this view.' });
      }),
    [round],
  );
  const current = view.round;
  if (!current) return null;
  return createPortal(
    <>
      <RoundCanvasLayer view={view} />
      <aside className="round-dock" aria-label="Private round" style={{ top: top + 12 }}>
        <RoundHeader view={view} />
        {current.revealed ? (
          <Revealed round={round} view={view} />
        ) : view.youRun ? (
          <FacilitatorWaiting round={round} view={view} />
        ) : (
          <>
            <AnswerForm round={round} view={view} />
            <WhoAnswered view={view} />
          </>
        )}
      </aside>
    </>,
    document.body,
  );
}

function RoundHeader({ view }: { view: LiveRoundView }) {
  const left = useSecondsLeft(view.round?.revealed ? null : (view.round?.endsAt ?? null));
  const by = view.youRun ? 'you' : (view.facilitator?.name ?? 'the facilitator');
  return (
    <header className="round-dock__header">
      <h2>{view.round?.revealed ? 'Round revealed' : 'Private round'}</h2>
      <p>
        Run by {by}
        {left !== null && (
          <span
            className={left === 0 ? 'round-dock__timer round-dock__timer--up' : 'round-dock__timer'}
            role="timer"
          >
            {left === 0 ? 'Time is up' : `${clock(left)} left`}
          </span>
        )}
      </p>
    </header>
  );
}

/** Who has answered, by name, never what. */
function WhoAnswered({ view }: { view: LiveRoundView }) {
  const people = answering(view);
  return (
    <section aria-label="Who has answered">
      <p className="round-dock__count" role="status">
        {view.answeredCount} of {people.length} answered
      </p>
      <ul className="round-dock__people">
        {people.map((p) => (
          <li key={p.clientId} className={p.answered ? 'is-answered' : undefined}>
            <span className="round-dock__mark" aria-hidden="true">
              {p.answered ? '✓' : '…'}
            </span>
            {p.name}
            {p.isYou ? ' (you)' : ''}
            <span className="visually-hidden">{p.answered ? ': answered' : ': not yet'}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function FacilitatorWaiting({ round, view }: { round: LiveRound; view: LiveRoundView }) {
  return (
    <>
      <p className="round-dock__asked">
        Asking about {view.asked.length} {view.asked.length === 1 ? 'node' : 'nodes'}:{' '}
        {view.asked.map((n) => n.label).join(', ')}
      </p>
      <WhoAnswered view={view} />
      <div className="round-dock__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={view.answeredCount === 0}
          onClick={() => round.reveal()}
        >
          Reveal answers
        </button>
        <button type="button" className="button" onClick={() => round.end()}>
          End round
        </button>
      </div>
      <OwnEstimate round={round} view={view} />
    </>
  );
}

/**
 * The facilitator is one of the team: their own estimate counts in the spread like everyone's. Folded
 * away by default, since the facilitator's screen may be the one the room reads.
 */
function OwnEstimate({ round, view }: { round: LiveRound; view: LiveRoundView }) {
  const [open, setOpen] = useState(false);
  const formId = useId();
  return (
    <section className="round-dock__own" aria-label="Your own estimate">
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => setOpen(!open)}
      >
        {open
          ? 'Hide my estimate'
          : view.yourAnswerSent
            ? 'Change my own estimate'
            : 'Put in my own estimate'}
      </button>
      <p className="round-dock__hint">
        {view.yourAnswerSent
          ? 'Your estimate is in: it counts like everyone’s.'
          : 'It counts like everyone’s. Choose where the room cannot read your screen.'}
      </p>
      <div id={formId} hidden={!open}>
        {open && <AnswerForm round={round} view={view} onSent={() => setOpen(false)} />}
      </div>
    </section>
  );
}

function AnswerForm({ round, view, onSent }: { round: LiveRound; view: LiveRoundView; onSent?: () => void }) {
  const endsAt = view.round?.endsAt ?? null;
  const left = useSecondsLeft(endsAt);
  const closed = left === 0;
  const answered = view.yourDraft.size;
  return (
    <>
      <p className="round-dock__hint">
        Your answers stay private until the facilitator reveals the room’s spread.
      </p>
      <form
        className="round-dock__form"
        onSubmit={(event) => {
          event.preventDefault();
          if (round.send()) onSent?.();
        }}
      >
        {view.asked.map((node) => (
          <NodeQuestion
            key={node.id}
            node={node}
            value={view.yourDraft.get(node.id) ?? null}
            disabled={closed}
            onChange={(state) => round.choose(node.id, state)}
          />
        ))}
        <button
          type="submit"
          className="button button--primary"
          disabled={closed || answered === 0 || view.yourAnswerSent}
        >
          {view.yourAnswerSent ? 'Answers sent' : 'Send my answers'}
        </button>
        <p className="round-dock__sent" role="status">
          {view.yourAnswerSent ? 'Sent. You can change them and send again until the reveal.' : ''}
        </p>
      </form>
    </>
  );
}

function NodeQuestion({
  node,
  value,
  disabled,
  onChange,
}: {
  node: DecisionNode;
  value: NodeState | null;
  disabled: boolean;
  onChange: (state: NodeState) => void;
}) {
  const name = useId();
  const states = statesOf(node);
  const order = [...states.slice(1), states[0] as NodeState];
  return (
    <fieldset className="round-question" disabled={disabled}>
      <legend>
        <span className="round-question__kind">{KIND_NAME[node.kind]}</span> {node.label}
      </legend>
      <div className="round-question__choices">
        {order.map((state) => (
          <label key={state} className={value === state ? 'round-choice is-on' : 'round-choice'}>
            <input type="radio" name={name} checked={value === state} onChange={() => onChange(state)} />
            {stateWord(state)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Revealed({ round, view }: { round: LiveRound; view: LiveRoundView }) {
  const spreads = view.spreads ?? [];
  const labelOf = (id: string) => view.asked.find((n) => n.id === id)?.label ?? id;
  return (
    <>
      <p className="round-dock__hint">
        Widest disagreement first. A split room is a finding: the room does not know.
        {view.unreadable > 0 &&
          ` ${view.unreadable} answer${view.unreadable === 1 ? '' : 's'} could not be read and did not count.`}
      </p>
      <ol className="round-dock__spreads">
        {spreads.map((spread) => {
          const label = labelOf(spread.nodeId);
          const settled = view.settled.get(spread.nodeId) ?? null;
          return (
            <li key={spread.nodeId} className="round-spread">
              <h3>{label}</h3>
              <p className="round-spread__words">
                <strong>{disagreementWords(spread)}</strong> · {spreadText(spread)}
              </p>
              <SpreadBar spread={spread} />
              {view.youRun && (
                <SettleChoices
                  label={label}
                  spread={spread}
                  settled={settled}
                  onSettle={(state) => {
                    const result = round.settle(spread.nodeId, state);
                    if (!result.ok)
                      workbenchStore.getState().setNotice({ tone: 'warning', text: result.message });
                  }}
                />
              )}
              {settled !== null && (
                <p className="round-spread__settled">
                  {settled === 'unknown' ? 'Left unknown: a find-out' : `Settled as ${settled}`} · recorded as
                  the room’s estimate
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {view.youRun && (
        <div className="round-dock__actions">
          <button type="button" className="button" onClick={() => round.end()}>
            Close round
          </button>
        </div>
      )}
    </>
  );
}
