import { useState } from 'react';
import { SOURCE_WORDS } from '../../domain/analysis/evidenceWords';
import { EVIDENCE_SOURCES, type Evidence, type EvidenceSource } from '../../domain/records/common';
import { isSafeUrl } from '../../domain/records/common';
import type { ActionResult } from '../../state/store/results';
import { CommitField } from '../shared/controls/CommitField';
import { FieldMessage } from '../shared/controls/FieldMessage';

/** A link only for http(s) addresses; anything else is shown as plain text. */
export function EvidenceLink({ url }: { url: string }) {
  if (!isSafeUrl(url)) return <span className="evidence__url">{url}</span>;
  return (
    <a className="evidence__url" href={url} target="_blank" rel="noopener noreferrer">
      {url}
    </a>
  );
}

/** The evidence behind a node: text, an optional link and date per item; add and remove. */
export function EvidenceEditor({
  evidence,
  onChange,
}: {
  evidence: readonly Evidence[];
  onChange: (next: Evidence[] | undefined) => ActionResult;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const replace = (index: number, patch: Partial<Evidence>): ActionResult => {
    const next = evidence.map((item, i) => {
      if (i !== index) return item;
      const merged: Evidence = { ...item, ...patch };
      // An emptied link or date is removed rather than stored as "".
      if (merged.url === '') delete merged.url;
      if (merged.date === '') delete merged.date;
      if (merged.by === '') delete merged.by;
      return merged;
    });
    return onChange(next);
  };
  const add = () => {
    const result = onChange([...evidence, { text: '', source: 'unspecified' }]);
    setMessage(result.ok ? null : result.message);
  };
  const remove = (index: number) => {
    const next = evidence.filter((_, i) => i !== index);
    const result = onChange(next.length === 0 ? undefined : next);
    setMessage(result.ok ? null : result.message);
  };
  return (
    <fieldset className="evidence">
      <legend>Evidence ({evidence.length})</legend>
      {evidence.map((item, index) => (
        <div className="evidence__item" key={index}>
          <CommitField
            label={`Evidence ${index + 1}`}
            value={item.text}
            onCommit={(text) => replace(index, { text })}
          />
          <CommitField
            label="Link (http or https)"
            type="url"
            value={item.url ?? ''}
            onCommit={(url) => replace(index, { url })}
          />
          {item.url !== undefined && <EvidenceLink url={item.url} />}
          <label className="evidence__source">
            Source
            <select
              value={item.source}
              onChange={(e) => replace(index, { source: e.target.value as EvidenceSource })}
            >
              {EVIDENCE_SOURCES.map((s) => (
                <option key={s} value={s}>
                  {SOURCE_WORDS[s].name}
                </option>
              ))}
            </select>
          </label>
          <CommitField label="Recorded by" value={item.by ?? ''} onCommit={(by) => replace(index, { by })} />
          <CommitField
            label="Date"
            type="date"
            value={item.date ?? ''}
            onCommit={(date) => replace(index, { date })}
          />
          <button type="button" className="button button--small" onClick={() => remove(index)}>
            Remove evidence {index + 1}
          </button>
        </div>
      ))}
      <button type="button" className="button" onClick={add}>
        Add evidence
      </button>
      <FieldMessage message={message} />
    </fieldset>
  );
}
