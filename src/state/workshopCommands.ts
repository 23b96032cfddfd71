import { isResolved } from '../domain/analysis/resolve';
import { RESOLVED } from '../domain/records/states';
import type { Command, CommandId, ShortcutEvent } from './commands';
import { findNode, selectAnalysis } from './selectors';
import type { WorkbenchState, WorkbenchStore } from './types';

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

/**
 * Moves the spotlight one approver on (or back), in order of readiness, most ready first. The order is
 * fixed when the spotlight starts, so changing a stance on the way never skips or repeats anyone;
 * approvers added since are appended. Past either end the spotlight goes off and the whole map shows.
 */
export function stepSpotlight(store: WorkbenchStore, step: 1 | -1): void {
  const state = store.getState();
  const byReadiness = selectAnalysis(state).approvers.map((a) => a.id);
  const present = new Set(byReadiness);
  const current = state.spotlight;
  const order = current ? current.order.filter((id) => present.has(id)) : [...byReadiness];
  for (const id of byReadiness) if (!order.includes(id)) order.push(id);
  if (order.length === 0) return;
  const index = current ? order.indexOf(current.id) : -1;
  const next = index === -1 ? (step === 1 ? 0 : order.length - 1) : index + step;
  const id = order[next];
  state.setSpotlight(id === undefined ? null : { id, order });
}

/** Puts one approver in the spotlight (a click on the shared screen), keeping the order the arrow keys follow. */
export function spotlightApprover(store: WorkbenchStore, id: string): void {
  const state = store.getState();
  const order = state.spotlight?.order ?? selectAnalysis(state).approvers.map((a) => a.id);
  state.setSpotlight({ id, order: order.includes(id) ? order : [...order, id] });
}

/**
 * Opens the what-if. The node in focus (selected, or in the spotlight) is tried resolved right away when
 * it is not resolved yet: "what if this proof were verified?" in one key press.
 */
export function openWhatIf(store: WorkbenchStore): void {
  const state = store.getState();
  const focusId =
    state.selection.nodes[0] ?? (state.workshopScreen === 'present' ? state.spotlight?.id : undefined);
  const node = focusId === undefined ? undefined : findNode(state.map, focusId);
  const tried = state.whatIf ?? {};
  if (node && !isResolved(node) && tried[node.id] === undefined) {
    state.setWhatIf({ ...tried, [node.id]: RESOLVED[node.kind] });
  } else {
    state.setWhatIf(tried);
  }
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
    run: (store) => stepSpotlight(store, 1),
  },
  {
    id: 'spotlight-previous',
    label: 'Spotlight the previous approver',
    shortcut: '←',
    keys: (e) => noModifiers(e) && (e.key === 'ArrowLeft' || e.key === 'ArrowUp'),
    group: 'workshop',
    enabled: (s) => presenting(s) && s.map.nodes.some((n) => n.kind === 'approver'),
    run: (store) => stepSpotlight(store, -1),
  },
  screenCommand('walkthrough', 'walkthrough', 'Walk through the decision with the room', 'w'),
  {
    id: 'what-if',
    label: 'What if… (try a change)',
    shortcut: 'T',
    keys: letter('t'),
    group: 'workshop',
    enabled: idle,
    run: openWhatIf,
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
