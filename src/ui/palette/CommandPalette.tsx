import { useId, useMemo, useState, useSyncExternalStore } from 'react';
import { COMMANDS, isCommandEnabled, runCommand, type WorkbenchCommand } from '../../state/commands/registry';
import { workbenchStore } from '../shared/appStore';
import { useHistory } from '../shared/appStore';
import { useWorkbench } from '../shared/appStore';
import { groupName } from '../shared/commandWords';
import { Keys } from '../shared/controls/Keys';
import { Modal } from '../shared/controls/Modal';
import { searchCommands } from './paletteSearch';
import { sessionCommands, type SessionCommand } from '../shared/sessionCommands';
import { linkFromKeyboard, linkTargets, type LinkTarget } from '../shared/linkTargets';
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
  const commands = useMemo(() => searchCommands(COMMANDS, query), [query]);
  const session = useSessionEntries(query);
  const links = useLinkEntries(query);
  const results: Entry[] = [
    ...session.map((live) => ({ live })),
    ...commands.map((command) => ({ command })),
    ...links.map((link) => ({ link })),
  ];
  const enabled = (entry: Entry) => !('command' in entry) || enabledFlags[COMMANDS.indexOf(entry.command)] === '1';
  const activeIndex = Math.min(active, Math.max(0, results.length - 1));
  const optionId = (i: number) => `${ids.list}-option-${i}`;

  const close = () => setOverlay(null);
  const run = (entry: Entry) => {
    if (!enabled(entry)) return;
    close();
    if ('command' in entry) runCommand(entry.command.id, workbenchStore);
    else if ('live' in entry) entry.live.run();
    else linkSelectedTo(entry.link);
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
      const entry = results[activeIndex];
      if (entry) run(entry);
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
        {results.map((entry, i) => {
          const on = enabled(entry);
          const command = 'command' in entry ? entry.command : null;
          const live = 'live' in entry ? entry.live : null;
          return (
            // Options are picked with the arrow keys from the search field (aria-activedescendant) or a click.
            <li
              key={command ? command.id : live ? `live:${live.id}` : `link:${'link' in entry ? entry.link.id : ''}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === activeIndex}
              aria-disabled={!on}
              className={`palette__option${i === activeIndex ? ' is-active' : ''}${on ? '' : ' is-off'}`}
              onMouseMove={() => setActive(i)}
              onClick={() => run(entry)}
            >
              <span className="palette__label">
                {command ? command.label : live ? live.label : `Link to ${'link' in entry ? entry.link.name : ''}`}
              </span>
              <span className="palette__group">
                {command ? groupName(command.group) : live ? LIVE_GROUP : 'Link the selected card'}
                {!on && ' · not available now'}
              </span>
              {command?.shortcut && <Keys shortcut={command.shortcut} />}
            </li>
          );
        })}
      </ul>
      {results.length === 0 && <p className="palette__none">No command matches “{query}”.</p>}
    </Modal>
  );
}

type Entry = { command: WorkbenchCommand } | { live: SessionCommand } | { link: LinkTarget };

const LIVE_GROUP = 'Live session';

/** The live session's commands that match, while a session is open (none otherwise). */
function useSessionEntries(query: string): SessionCommand[] {
  const live = useSyncExternalStore(sessionCommands.subscribe, sessionCommands.get);
  return useMemo(
    () =>
      live === null
        ? []
        : searchCommands(
            live.map((c) => ({ ...c, group: LIVE_GROUP })),
            query,
          ),
    [live, query],
  );
}

/**
 * With one card selected and something typed, the cards it could be linked to whose label matches
 * ("Link to Proof: SOC 2 report"), as drawing a line would link them. None while the map cannot change.
 */
function useLinkEntries(query: string): LinkTarget[] {
  const map = useWorkbench((s) => s.map);
  const from = useWorkbench((s) => {
    const { nodes, edges, planItems } = s.selection;
    if (s.readOnly || s.whatIf !== null || edges.length > 0 || nodes.length + planItems.length !== 1)
      return null;
    return nodes[0] ?? planItems[0] ?? null;
  });
  return useMemo(() => {
    if (from === null || query.trim() === '') return [];
    // "link cfo", "link to cfo" and "cfo" all find the CFO.
    return linkTargets(map, from, query.replace(/^\s*link(\s+to)?\b/i, '')).slice(0, 8);
  }, [map, from, query]);
}

function linkSelectedTo(target: LinkTarget) {
  const { selection } = workbenchStore.getState();
  const from = selection.nodes[0] ?? selection.planItems[0];
  if (from !== undefined) linkFromKeyboard(from, target);
}
