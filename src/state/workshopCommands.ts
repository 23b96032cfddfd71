import type { Command, CommandId, ShortcutEvent } from './commands';
import type { WorkbenchState } from './types';

/*
 * Workshop mode's commands (present, spotlight, walkthrough, what-if, brief, templates, palette, help).
 * They are part of the one registry: commands.ts spreads them into COMMANDS.
 */

const noModifiers = (e: ShortcutEvent) => !e.ctrlKey && !e.metaKey && !e.altKey;
const letter = (key: string) => (e: ShortcutEvent) =>
  noModifiers(e) && !e.shiftKey && e.key.toLowerCase() === key;
const idle = (state: WorkbenchState) => !state.loading;
const presenting = (state: WorkbenchState) => state.workshopScreen === 'present';

/**
 * Commands that still run while a workshop screen (present, walkthrough, brief) covers the workbench.
 * Every other command waits for the workbench: Delete must not remove a selection nobody can see.
 */
export const USABLE_ON_WORKSHOP_SCREENS: ReadonlySet<CommandId> = new Set<CommandId>([
  'undo',
  'redo',
  'export-json',
  'present',
  'spotlight-next',
  'spotlight-previous',
  'walkthrough',
  'what-if',
  'brief',
  'palette',
  'help',
  'leave-screen',
]);

/** Full screen where the browser allows it; presenting works without it too. */
function enterFullscreen(): void {
  if (typeof document === 'undefined' || !document.fullscreenEnabled || document.fullscreenElement) return;
  document.documentElement.requestFullscreen().catch(() => undefined);
}

function leaveFullscreen(): void {
  if (typeof document === 'undefined' || !document.fullscreenElement) return;
  document.exitFullscreen().catch(() => undefined);
}

const screenCommand = (
  id: CommandId,
  screen: 'walkthrough' | 'brief',
  label: string,
  key: string,
): Command => ({
  id,
  label,
  shortcut: key.toUpperCase(),
  keys: letter(key),
  group: 'workshop',
  enabled: idle,
  run: (store) => {
    leaveFullscreen();
    store.getState().openWorkshopScreen(screen);
  },
});

export const WORKSHOP_COMMANDS: readonly Command[] = [
  {
    id: 'present',
    label: 'Present on the shared screen',
    shortcut: 'F5',
    keys: (e) => noModifiers(e) && !e.shiftKey && e.key === 'F5',
    group: 'workshop',
    enabled: (s) => idle(s) && !presenting(s),
    run: (store) => {
      const state = store.getState();
      state.select({});
      state.openWorkshopScreen('present');
      enterFullscreen();
    },
  },
  {
    id: 'spotlight-next',
    label: 'Spotlight the next approver',
    shortcut: '→',
    keys: (e) => noModifiers(e) && (e.key === 'ArrowRight' || e.key === 'ArrowDown'),
    group: 'workshop',
    enabled: (s) => presenting(s) && s.map.nodes.some((n) => n.kind === 'approver'),
    run: (store) => store.getState().stepSpotlight(1),
  },
  {
    id: 'spotlight-previous',
    label: 'Spotlight the previous approver',
    shortcut: '←',
    keys: (e) => noModifiers(e) && (e.key === 'ArrowLeft' || e.key === 'ArrowUp'),
    group: 'workshop',
    enabled: (s) => presenting(s) && s.map.nodes.some((n) => n.kind === 'approver'),
    run: (store) => store.getState().stepSpotlight(-1),
  },
  screenCommand('walkthrough', 'walkthrough', 'Walk through the decision with the room', 'w'),
  {
    id: 'what-if',
    label: 'What if… (try a change)',
    shortcut: 'T',
    keys: letter('t'),
    group: 'workshop',
    enabled: idle,
    run: (store) => store.getState().openWhatIf(),
  },
  screenCommand('brief', 'brief', 'Decision brief', 'b'),
  {
    id: 'new-from-template',
    label: 'New map from a template…',
    group: 'workshop',
    enabled: idle,
    run: (store) => store.getState().setOverlay('templates'),
  },
  {
    id: 'palette',
    label: 'Command palette',
    shortcut: 'Ctrl+K',
    keys: (e) => (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k',
    group: 'workshop',
    enabled: () => true,
    run: (store) => store.getState().setOverlay('palette'),
  },
  {
    id: 'help',
    label: 'Keyboard shortcuts',
    shortcut: '?',
    keys: (e) => !e.ctrlKey && !e.metaKey && !e.altKey && e.key === '?',
    group: 'workshop',
    enabled: () => true,
    run: (store) => store.getState().setOverlay('help'),
  },
  {
    id: 'leave-screen',
    label: 'Back to the workbench',
    shortcut: 'Esc',
    keys: (e) => noModifiers(e) && e.key === 'Escape',
    group: 'workshop',
    enabled: (s) => s.workshopScreen !== null,
    run: (store) => {
      leaveFullscreen();
      store.getState().openWorkshopScreen(null);
    },
  },
];
