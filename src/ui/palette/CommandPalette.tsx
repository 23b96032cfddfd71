import { useId, useMemo, useState, useSyncExternalStore } from 'react';
import { COMMANDS, isCommandEnabled, runCommand, type WorkbenchCommand } from '../../state/commands/registry';
import { workbenchStore } from '../shared/appStore';
import { useHistory } from '../shared/appStore';
import { useWorkbench } from '../shared/appStore';
import { groupName } from '../shared/commandWords';
import { Keys } from '../shared/controls/Keys';
import { Modal } from '../shared/controls/Modal';
import { searchCommands } from './paletteSearch';
import './palette.css';

/**
 * Ctrl/Cmd+K: every command of the registry with its shortcut, searchable; Enter runs the highlighted
 * one. Commands that cannot run right now are listed too, marked unavailable.
 */
export function CommandPalette() {
  const setOverlay = useWorkbench((s) => s.setOverlay);
  const history = useHistory();
  const canvas = useSyncExternalStore(workbenchStore.host.canvas.subscribe, workbenchStore.host.canvas.get);
  const enabledFlags = useWorkbench((state) =>
    COMMANDS.map((c) => (isCommandEnabled(c, state, { ...history, canvas }) ? '1' : '0')).join(''),
  );
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const ids = { title: useId(), list: useId() };
  const results = useMemo(() => searchCommands(COMMANDS, query), [query]);
  const enabled = (command: WorkbenchCommand) => enabledFlags[COMMANDS.indexOf(command)] === '1';
  const activeIndex = Math.min(active, Math.max(0, results.length - 1));
  const optionId = (i: number) => `${ids.list}-option-${i}`;

  const close = () => setOverlay(null);
  const run = (command: WorkbenchCommand) => {
    if (!enabled(command)) return;
    close();
    runCommand(command.id, workbenchStore);
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    const move = { ArrowDown: 1, ArrowUp: -1, PageDown: 5, PageUp: -5 }[event.key];
    if (move !== undefined && results.length > 0) {
      event.preventDefault();
      const next = Math.max(0, Math.min(results.length - 1, activeIndex + move));
      setActive(next);
      // Not every environment scrolls (tests run without layout).
      document.getElementById(optionId(next))?.scrollIntoView?.({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const command = results[activeIndex];
      if (command) run(command);
    }
  };

  return (
    <Modal labelledBy={ids.title} onClose={close} className="palette">
      <h2 id={ids.title} className="visually-hidden">
        Command palette
      </h2>
      <input
        data-autofocus
        className="palette__input"
        type="text"
        role="combobox"
        aria-label="Search commands"
        aria-expanded="true"
        aria-controls={ids.list}
        aria-autocomplete="list"
        aria-activedescendant={results.length > 0 ? optionId(activeIndex) : undefined}
        placeholder="Type a command…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={ids.list} className="palette__list" role="listbox" aria-label="Commands">
        {results.map((command, i) => {
          const on = enabled(command);
          return (
            // Options are picked with the arrow keys from the search field (aria-activedescendant) or a click.
            <li
              key={command.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === activeIndex}
              aria-disabled={!on}
              className={`palette__option${i === activeIndex ? ' is-active' : ''}${on ? '' : ' is-off'}`}
              onMouseMove={() => setActive(i)}
              onClick={() => run(command)}
            >
              <span className="palette__label">{command.label}</span>
              <span className="palette__group">
                {groupName(command.group)}
                {!on && ' · not available now'}
              </span>
              {command.shortcut && <Keys shortcut={command.shortcut} />}
            </li>
          );
        })}
      </ul>
      {results.length === 0 && <p className="palette__none">No command matches “{query}”.</p>}
    </Modal>
  );
}
