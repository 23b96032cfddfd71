import { useSyncExternalStore } from 'react';
import { KIND_NAME } from '../domain/words';
import { getCommand, runCommand, type CommandId } from '../state/commands/registry';
import { workbenchStore } from './shared/appStore';
import { useHistory } from './shared/appStore';
import { useWorkbench } from './shared/appStore';
import { PlanIcon } from './shared/icons';
import { KIND_ICON } from './shared/kindIcon';

/** The toolbar's buttons, in groups; labels, shortcuts and enabled state all come from the commands registry. */
const TOOLBAR_GROUPS: readonly { label: string; ids: readonly CommandId[] }[] = [
  { label: 'Add', ids: ['add-approver', 'add-proof', 'add-risk', 'add-friction', 'add-plan-item'] },
  { label: 'History', ids: ['undo', 'redo'] },
  { label: 'View', ids: ['auto-layout', 'fit-view', 'assumptions-lens'] },
  { label: 'Open', ids: ['open-file'] },
  { label: 'Library', ids: ['open-library', 'start-next-quarter', 'compare', 'history'] },
  { label: 'Export', ids: ['export-json', 'export-png', 'export-svg'] },
  { label: 'Workshop', ids: ['present', 'walkthrough', 'what-if', 'brief'] },
];
const ALL_IDS = TOOLBAR_GROUPS.flatMap((g) => g.ids);

const ICONS: Partial<Record<CommandId, React.ReactNode>> = {
  'add-approver': <KIND_ICON.approver size={20} />,
  'add-proof': <KIND_ICON.proof size={20} />,
  'add-risk': <KIND_ICON.risk size={20} />,
  'add-friction': <KIND_ICON.friction size={20} />,
  'add-plan-item': <PlanIcon size={20} />,
};

/** Short text on the buttons; the full label is the accessible name. */
const SHORT: Partial<Record<CommandId, string>> = {
  'add-approver': KIND_NAME.approver,
  'add-proof': KIND_NAME.proof,
  'add-risk': KIND_NAME.risk,
  'add-friction': KIND_NAME.friction,
  'add-plan-item': 'Plan item',
  'auto-layout': 'Layout',
  'fit-view': 'Fit',
  'assumptions-lens': 'Assumptions',
  'open-file': 'Open file…',
  'export-json': 'JSON',
  'export-png': 'PNG',
  'export-svg': 'SVG',
  'start-next-quarter': 'Next quarter',
  history: 'History',
  present: 'Present',
  walkthrough: 'Walk through',
  'what-if': 'What if',
  brief: 'Brief',
};

export function Toolbar() {
  const history = useHistory();
  // Canvas commands are enabled once the canvas registers its handlers: re-render when it does.
  const canvas = useSyncExternalStore(workbenchStore.host.canvas.subscribe, workbenchStore.host.canvas.get);
  // One string of flags: the toolbar re-renders only when a button's enabled state flips.
  const lensOn = useWorkbench((state) => state.assumptionsLens);
  const enabled = useWorkbench((state) =>
    ALL_IDS.map((id) => (getCommand(id).enabled(state, { ...history, canvas }) ? '1' : '0')).join(''),
  );
  return (
    <div className="toolbar" role="toolbar" aria-label="Workbench tools">
      {TOOLBAR_GROUPS.map((group) => (
        <div className="toolbar__group" role="group" aria-label={group.label} key={group.label}>
          {group.label === 'Export' && <span className="toolbar__caption">Export</span>}
          {group.ids.map((id) => {
            const command = getCommand(id);
            const on = enabled[ALL_IDS.indexOf(id)] === '1';
            const text = SHORT[id] ?? command.label;
            return (
              <button
                key={id}
                type="button"
                className={`toolbar__button toolbar__button--${id}`}
                disabled={!on}
                aria-label={command.label}
                title={command.shortcut ? `${command.label} (${command.shortcut})` : command.label}
                {...(id === 'assumptions-lens' ? { 'aria-pressed': lensOn } : {})}
                {...(command.shortcut ? { 'aria-keyshortcuts': ariaShortcut(command.shortcut) } : {})}
                onClick={() => runCommand(id, workbenchStore)}
              >
                {ICONS[id]}
                <span>{text}</span>
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}

/** "Ctrl+Shift+Z" → "Control+Shift+Z" (the aria-keyshortcuts spelling). */
const ariaShortcut = (shortcut: string) => shortcut.replace('Ctrl', 'Control');
