import { useEffect, useId, useRef, useState } from 'react';
import { SOURCE_WORDS } from '../../domain/analysis/evidenceWords';
import { dayOf, evidenceFrom, type EvidenceEntry } from '../../domain/edits/evidenceEntry';
import { LIMITS } from '../../domain/limits';
import { EVIDENCE_SOURCES, type Evidence, type EvidenceSource } from '../../domain/records/common';
import type { ActionResult } from '../../state/store/results';
import { FieldMessage } from '../shared/controls/FieldMessage';
import { lastRecordedBy, rememberRecordedBy } from '../shared/recordedBy';

/**
 * "Buyer said…": one line of what the market said, where it came from (buyer unless told), the day
 * (today unless told) and who recorded it. Enter adds it; the line is ready for the next one.
 * `ask` changes when Shift+B asks for it: the line takes the focus.
 */
export function QuickEvidence({
  onAdd,
  ask,
}: {
  onAdd: (evidence: Evidence) => ActionResult;
  ask: number | null;
}) {
  const [entry, setEntry] = useState<EvidenceEntry>(() => ({
    text: '',
    source: 'buyer',
    date: dayOf(new Date()),
    by: lastRecordedBy(),
  }));
  const [message, setMessage] = useState<string | null>(null);
  const textRef = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => {
    if (ask !== null) textRef.current?.focus();
  }, [ask]);
  const set = (patch: Partial<EvidenceEntry>) => setEntry((e) => ({ ...e, ...patch }));
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const evidence = evidenceFrom(entry);
    if (evidence === null) {
      setMessage('Type what was said first.');
      return;
    }
    const result = onAdd(evidence);
    setMessage(result.ok ? null : result.message);
    if (result.ok) {
      rememberRecordedBy(entry.by);
      set({ text: '' });
    }
  };
  return (
    <form className="quick-evidence" onSubmit={submit} aria-label="Add what the market said">
      <label htmlFor={`${id}-text`} className="quick-evidence__label">
        {SOURCE_WORDS[entry.source].said[0]!.toUpperCase() + SOURCE_WORDS[entry.source].said.slice(1)}…
      </label>
      <input
        ref={textRef}
        id={`${id}-text`}
        type="text"
        value={entry.text}
        maxLength={LIMITS.evidenceText}
        placeholder="“We cannot switch before the audit”"
        onChange={(e) => set({ text: e.target.value })}
      />
      <div className="quick-evidence__row">
        <label>
          Source
          <select value={entry.source} onChange={(e) => set({ source: e.target.value as EvidenceSource })}>
            {EVIDENCE_SOURCES.map((s) => (
              <option key={s} value={s}>
                {SOURCE_WORDS[s].name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Date
          <input type="date" value={entry.date} onChange={(e) => set({ date: e.target.value })} />
        </label>
        <label>
          Recorded by
          <input
            type="text"
            value={entry.by}
            maxLength={LIMITS.evidenceBy}
            onChange={(e) => set({ by: e.target.value })}
          />
        </label>
      </div>
      <button type="submit" className="button">
        Add what was said
      </button>
      <FieldMessage message={message} />
    </form>
  );
}
