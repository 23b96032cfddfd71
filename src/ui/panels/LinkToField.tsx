import { useId, useState } from 'react';
import { useWorkbench } from '../shared/appStore';
import { linkFromKeyboard, linkTargets, type LinkTarget } from '../shared/linkTargets';

/**
 * "Link to…": links the selected card to another from the keyboard. Type part of a label; Enter links
 * the first match, or Tab to a match and press Enter. The link's kind follows from the two cards, as
 * when a line is drawn on the canvas; the notice says what was made (and why the score dropped, if it did).
 */
export function LinkToField({ fromId }: { fromId: string }) {
  const [query, setQuery] = useState('');
  const map = useWorkbench((s) => s.map);
  const inputId = useId();
  const listId = useId();
  const matches = query.trim() === '' ? [] : linkTargets(map, fromId, query).slice(0, 6);
  const linkTo = (target: LinkTarget) => {
    if (linkFromKeyboard(fromId, target)) setQuery('');
  };
  return (
    <div className="field link-to">
      <label className="field__label" htmlFor={inputId}>
        Link to…
      </label>
      <input
        id={inputId}
        type="search"
        value={query}
        placeholder="Type part of a label, Enter links the first"
        aria-describedby={listId}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          const first = matches[0];
          if (e.key === 'Enter' && first) {
            e.preventDefault();
            linkTo(first);
          }
        }}
      />
      <ul id={listId} className="link-to__matches" aria-label="Cards to link to" aria-live="polite">
        {query.trim() !== '' && matches.length === 0 && (
          <li>Nothing on the map matches that can be linked.</li>
        )}
        {matches.map((m) => (
          <li key={m.id}>
            <button type="button" className="button link-to__match" onClick={() => linkTo(m)}>
              {m.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
