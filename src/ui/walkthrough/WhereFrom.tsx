import { useId, useState, type ReactNode } from 'react';
import { statusOfEvidence } from '../../domain/analysis/evidence';
import { currentFrom } from '../../domain/analysis/evidenceDates';
import { SOURCE_WORDS } from '../../domain/analysis/evidenceWords';
import { dayOf, evidenceAdded, evidenceFrom } from '../../domain/edits/evidenceEntry';
import { LIMITS } from '../../domain/limits';
import { EVIDENCE_SOURCES, type EvidenceSource } from '../../domain/records/common';
import type { DecisionNode } from '../../domain/records/node';
import { stateOf as stateValue } from '../../domain/records/nodeState';
import { useWorkbench } from '../shared/appStore';
import { EvidenceMark } from '../shared/EvidenceMark';
import { lastRecordedBy, rememberRecordedBy } from '../shared/recordedBy';
import { stateOf } from '../shared/words';

/** The key that says where an answer comes from, pressed while the answer has the focus. */
const SOURCE_KEY: Record<EvidenceSource, string> = {
  buyer: 'b',
  deal: 'd',
  'win-loss': 'w',
  research: 'r',
  team: 't',
  unspecified: 'u',
};

const SOURCE_OF_KEY = new Map(EVIDENCE_SOURCES.map((source) => [SOURCE_KEY[source], source]));

/** A key meant for a field the facilitator types in (a name, a date), not for the answer. */
const isTyping = (target: EventTarget): boolean =>
  target instanceof HTMLElement &&
  target.closest('input:not([type="radio"]):not([type="checkbox"]), textarea, select') !== null;

/** What the entry says: the answer the room gave, e.g. "Stance supportive (answered in the walkthrough)". */
const answerText = (node: DecisionNode): string => {
  const { field, value } = stateOf(node);
  return `${field} ${value} (answered in the walkthrough)`;
};

/**
 * One answer of the room (a node's state, in `children`) and where it comes from: with the answer in
 * focus, one key (B buyer, D deal, W win/loss, R research, T team, U not given) or one click records an
 * evidence entry dated today, by whoever is named in "Recorded by", exactly as the inspector's quick
 * entry records it (an ordinary, undoable edit). An unknown state is a question, not an answer: it waits.
 */
export function WhereFrom({ node, children }: { node: DecisionNode; children: ReactNode }) {
  const updateNode = useWorkbench((s) => s.updateNode);
  const from = useWorkbench((s) => currentFrom(s.map));
  const [message, setMessage] = useState<string | null>(null);
  const answered = stateValue(node) !== 'unknown';

  const record = (source: EvidenceSource) => {
    if (!answered) return;
    const said = evidenceFrom({
      text: answerText(node),
      source,
      date: dayOf(new Date()),
      by: lastRecordedBy(),
    });
    if (said === null) return;
    const result = updateNode(node.id, evidenceAdded(node, said));
    setMessage(
      result.ok
        ? `Recorded: ${SOURCE_WORDS[source].said} it, ${said.date ?? 'today'}${said.by ? `, by ${said.by}` : ''}.`
        : result.message,
    );
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || isTyping(event.target)) return;
    const source = SOURCE_OF_KEY.get(event.key.toLowerCase());
    if (source === undefined || !answered) return;
    // Taken here: B is not the brief, W not the walkthrough, T not the templates while an answer has the focus.
    event.preventDefault();
    record(source);
  };

  return (
    <div className="where-from" onKeyDown={onKeyDown}>
      {children}
      <div
        className="where-from__row"
        role="group"
        aria-label={`Where the answer about ${node.label} comes from`}
      >
        {answered ? (
          <EvidenceMark status={statusOfEvidence(node, from)} />
        ) : (
          <span className="where-from__waiting">Unknown: nothing to back yet</span>
        )}
        {EVIDENCE_SOURCES.map((source) => (
          <button
            key={source}
            type="button"
            className="button button--small where-from__source"
            disabled={!answered}
            aria-keyshortcuts={SOURCE_KEY[source].toUpperCase()}
            onClick={() => record(source)}
          >
            <kbd>{SOURCE_KEY[source].toUpperCase()}</kbd> {SOURCE_WORDS[source].name}
          </button>
        ))}
      </div>
      {message && (
        <p className="where-from__said" role="status">
          {message}
        </p>
      )}
    </div>
  );
}

/** "Recorded by", once per question: who records where the answers come from (optional, remembered). */
export function RecordedBy() {
  const [by, setBy] = useState(lastRecordedBy);
  const id = useId();
  return (
    <p className="where-from__by walkthrough__hint">
      <span>
        Where an answer comes from: with the answer selected, press <kbd>B</kbd> buyer, <kbd>D</kbd> deal,{' '}
        <kbd>W</kbd> win/loss, <kbd>R</kbd> research, <kbd>T</kbd> team or <kbd>U</kbd> not given.
      </span>
      <label htmlFor={id}>Recorded by</label>
      <input
        id={id}
        type="text"
        value={by}
        maxLength={LIMITS.evidenceBy}
        placeholder="optional"
        onChange={(e) => {
          setBy(e.target.value);
          rememberRecordedBy(e.target.value);
        }}
      />
    </p>
  );
}
