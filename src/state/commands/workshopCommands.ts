import type { WorkbenchState } from '../store/types';
import { idle, letter, noModifiers, type Command } from './command';

/*
 * Workshop mode's commands (present, spotlight, walkthrough, what-if, brief, templates, palette, help).
 * Most of them still run while a workshop screen covers the workbench (`onWorkshopScreens`); every other
 * command waits for the workbench: Delete must not remove a selection nobody can see.
 */

const presenting = (state: WorkbenchState) => state.workshopScreen === 'present';

const screenCommand = <const Id extends string>(
  id: Id,
  screen: 'walkthrough' | 'brief',
  label: string,
  key: string,
): Command<Id> => ({
  id,
  label,
  shortcut: key.toUpperCase(),
  keys: letter(key),
  group: 'workshop',
  onWorkshopScreens: true,
  enabled: idle,
  run: (store) => {
    store.host.leaveFullscreen();
    store.getState().openWorkshopScreen(screen);
  },
});

export const WORKSHOP_COMMANDS = [
  {
    id: 'present',
    label: 'Present on the shared screen',
    shortcut: 'F5',
    keys: (e) => noModifiers(e) && !e.shiftKey && e.key === 'F5',
    group: 'workshop',
    onWorkshopScreens: true,
    enabled: (s) => idle(s) && !presenting(s),
    run: (store) => {
      const state = store.getState();
      state.select({});
      state.openWorkshopScreen('present');
      store.host.enterFullscreen();
    },
  },
  {
    id: 'spotlight-next',
    label: 'Spotlight the next approver',
    shortcut: '→',
    keys: (e) => noModifiers(e) && (e.key === 'ArrowRight' || e.key === 'ArrowDown'),
    group: 'workshop',
    onWorkshopScreens: true,
    enabled: (s) => presenting(s) && s.map.nodes.some((n) => n.kind === 'approver'),
    run: (store) => store.getState().stepSpotlight(1),
  },
  {
    id: 'spotlight-previous',
    label: 'Spotlight the previous approver',
    shortcut: '←',
    keys: (e) => noModifiers(e) && (e.key === 'ArrowLeft' || e.key === 'ArrowUp'),
    group: 'workshop',
    onWorkshopScreens: true,
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
    changesMap: true,
    onWorkshopScreens: true,
    enabled: idle,
    run: (store) => store.getState().openWhatIf(),
  },
  screenCommand('brief', 'brief', 'Decision brief', 'b'),
  {
    id: 'show-of-hands',
    label: 'Show of hands: the room’s estimate per node…',
    group: 'workshop',
    changesMap: true,
    enabled: idle,
    run: (store) => store.getState().setOverlay('hands'),
  },
  {
    id: 'new-from-template',
    label: 'New map from a template…',
    group: 'workshop',
    changesMap: true,
    enabled: idle,
    run: (store) => store.getState().setOverlay('templates'),
  },
  {
    id: 'palette',
    label: 'Command palette',
    shortcut: 'Ctrl+K',
    keys: (e) => (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k',
    group: 'workshop',
    onWorkshopScreens: true,
    enabled: () => true,
    run: (store) => store.getState().setOverlay('palette'),
  },
  {
    id: 'help',
    label: 'Keyboard shortcuts',
    shortcut: '?',
    keys: (e) => !e.ctrlKey && !e.metaKey && !e.altKey && e.key === '?',
    group: 'workshop',
    onWorkshopScreens: true,
    enabled: () => true,
    run: (store) => store.getState().setOverlay('help'),
  },
  {
    id: 'leave-screen',
    label: 'Back to the workbench',
    shortcut: 'Esc',
    keys: (e) => noModifiers(e) && e.key === 'Escape',
    group: 'workshop',
    onWorkshopScreens: true,
    enabled: (s) => s.workshopScreen !== null,
    run: (store) => {
      store.host.leaveFullscreen();
      store.getState().openWorkshopScreen(null);
    },
  },
] as const satisfies readonly Command[];
