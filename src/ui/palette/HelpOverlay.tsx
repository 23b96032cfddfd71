import { useId } from 'react';
import { COMMANDS, type WorkbenchCommand } from '../../state/commands/registry';
import { useWorkbench } from '../shared/appStore';
import { groupName } from '../shared/commandWords';
import { Keys } from '../shared/controls/Keys';
import { Modal } from '../shared/controls/Modal';
import './palette.css';

/** What the keyboard does that is not a command of the registry. */
const MORE_KEYS: readonly { label: string; shortcut: string }[] = [
  { label: 'Move between controls and nodes', shortcut: 'Tab' },
  { label: 'Select the focused node', shortcut: 'Enter' },
  { label: 'Move a selected node', shortcut: 'Arrow keys' },
  { label: 'Quick add on the canvas (then 1–4 for the kind)', shortcut: 'Double-click' },
  { label: 'Next question in the walkthrough (empty entry)', shortcut: 'Enter' },
];

/** "?": every shortcut, grouped as the commands registry groups them, plus the keys of the canvas. */
export function HelpOverlay() {
  const setOverlay = useWorkbench((s) => s.setOverlay);
  const titleId = useId();
  const groups = new Map<string, WorkbenchCommand[]>();
  for (const command of COMMANDS) {
    if (!command.shortcut) continue;
    groups.set(command.group, [...(groups.get(command.group) ?? []), command]);
  }
  const close = () => setOverlay(null);
  return (
    <Modal labelledBy={titleId} onClose={close} className="help">
      <h2 id={titleId} tabIndex={-1} data-autofocus>
        Keyboard shortcuts
      </h2>
      <p>
        Every command, with or without a shortcut, is in the command palette: <Keys shortcut="Ctrl+K" />{' '}
        (Cmd+K on a Mac).
      </p>
      <div className="help__groups">
        {[...groups].map(([group, commands]) => (
          <ShortcutTable
            key={group}
            caption={groupName(group)}
            rows={commands.map((c) => ({ label: c.label, shortcut: c.shortcut ?? '' }))}
          />
        ))}
        <ShortcutTable caption="Canvas and walkthrough" rows={MORE_KEYS} />
      </div>
      <button type="button" className="button button--primary help__close" onClick={close}>
        Close
      </button>
    </Modal>
  );
}

function ShortcutTable({
  caption,
  rows,
}: {
  caption: string;
  rows: readonly { label: string; shortcut: string }[];
}) {
  return (
    <table>
      <caption>{caption}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.label}-${row.shortcut}`}>
            <th scope="row">{row.label}</th>
            <td>
              <Keys shortcut={row.shortcut} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
