import type { Position } from '../domain/records/common';
import type { NodeKind } from '../domain/records/states';
import { getCanvasHandlers, type CanvasHandlers } from './canvasHandlers';
import { downloadText, exportMapJson, openMapText } from './files';
import type { WorkbenchState, WorkbenchStore } from './types';
import { LIBRARY_COMMANDS } from './library/libraryCommands';
import { USABLE_ON_WORKSHOP_SCREENS, WORKSHOP_COMMANDS } from './workshopCommands';

/*
 * The one registry of commands. The toolbar, the keyboard shortcuts and the command palette all read it:
 * a command is data (label, shortcut, when it is enabled) plus what it does.
 */

export type CommandId =
  | 'add-approver'
  | 'add-proof'
  | 'add-risk'
  | 'add-friction'
  | 'add-plan-item'
  | 'undo'
  | 'redo'
  | 'delete'
  | 'duplicate'
  | 'select-all'
  | 'auto-layout'
  | 'fit-view'
  | 'zoom-in'
  | 'zoom-out'
  | 'open-file'
  | 'export-json'
  | 'export-png'
  | 'export-svg'
  | 'paste-map'
  // Workshop mode (workshopCommands.ts)
  | 'present'
  | 'spotlight-next'
  | 'spotlight-previous'
  | 'walkthrough'
  | 'what-if'
  | 'brief'
  | 'new-from-template'
  | 'palette'
  | 'help'
  | 'leave-screen'
  // The library (library/libraryCommands.ts)
  | 'open-library'
  | 'new-map'
  | 'start-next-quarter'
  | 'compare'
  | 'history'
  | 'export-workspace';

export type CommandGroup = 'add' | 'edit' | 'history' | 'view' | 'file' | 'workshop';

/** The parts of a keyboard event a shortcut looks at. */
export type ShortcutEvent = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** What the history allows right now (from the temporal store: see useHistory.ts). */
export interface HistoryFlags {
  canUndo: boolean;
  canRedo: boolean;
}

/** Optional input of a command: where to add a node, the text of a pasted map. */
export interface CommandInput {
  position?: Position;
  text?: string;
}

export interface Command {
  id: CommandId;
  label: string;
  /** How the shortcut is shown ("Ctrl+Z"); Cmd works wherever Ctrl is shown. */
  shortcut?: string;
  /** Whether a key press triggers this command (never checked while typing in a field: the UI skips those). */
  keys?: (event: ShortcutEvent) => boolean;
  group: CommandGroup;
  enabled: (state: WorkbenchState, history: HistoryFlags) => boolean;
  run: (store: WorkbenchStore, input?: CommandInput) => void | Promise<void>;
}

const plain = (key: string) => (e: ShortcutEvent) =>
  !e.ctrlKey && !e.metaKey && !e.altKey && e.key.toLowerCase() === key;
const withCtrl =
  (key: string, shift = false) =>
  (e: ShortcutEvent) =>
    (e.ctrlKey || e.metaKey) && !e.altKey && e.shiftKey === shift && e.key.toLowerCase() === key;

const hasCanvas = (name: keyof CanvasHandlers) => () => getCanvasHandlers()[name] !== undefined;
const idle = (state: WorkbenchState) => !state.loading;

function addCommand(kind: NodeKind, label: string, key: string): Command {
  return {
    id: `add-${kind}`,
    label,
    shortcut: key.toUpperCase(),
    keys: plain(key),
    group: 'add',
    enabled: idle,
    run: (store, input) => {
      const position = input?.position ?? getCanvasHandlers().viewportCenter?.();
      store.getState().addNode(kind, position ? { position } : {});
    },
  };
}

/** The canvas handlers a command can call as it is (those that take no argument). */
type CommandHandler = {
  [K in keyof CanvasHandlers]: CanvasHandlers[K] extends () => unknown ? K : never;
}[keyof CanvasHandlers];

function canvasCommand(
  id: CommandId,
  label: string,
  handler: CommandHandler,
  group: CommandGroup,
  shortcut?: string,
  keys?: Command['keys'],
): Command {
  return {
    id,
    label,
    group,
    ...(shortcut ? { shortcut } : {}),
    ...(keys ? { keys } : {}),
    enabled: hasCanvas(handler),
    run: () => {
      const run = getCanvasHandlers()[handler];
      if (run) return run() as void | Promise<void>;
    },
  };
}

async function pasteMap(store: WorkbenchStore, input?: CommandInput): Promise<void> {
  let text = input?.text;
  if (text === undefined) {
    try {
      text = await navigator.clipboard.readText();
    } catch {
      store.getState().setNotice({
        tone: 'warning',
        text: 'The browser did not allow reading the clipboard: press Ctrl+V on the canvas instead.',
      });
      return;
    }
  }
  openMapText(text, store);
}

/** The commands that change the map: disabled in a read-only session (a live session's view-only link). */
const CHANGE_THE_MAP: ReadonlySet<CommandId> = new Set<CommandId>([
  'add-approver',
  'add-proof',
  'add-risk',
  'add-friction',
  'add-plan-item',
  'undo',
  'redo',
  'delete',
  'duplicate',
  'auto-layout',
  'open-file',
  'paste-map',
  'what-if',
  'new-from-template',
]);

function disabledWhenReadOnly(command: Command): Command {
  if (!CHANGE_THE_MAP.has(command.id)) return command;
  return { ...command, enabled: (state, history) => !state.readOnly && command.enabled(state, history) };
}

const EVERY_COMMAND: readonly Command[] = [
  addCommand('approver', 'Add approver', 'a'),
  addCommand('proof', 'Add proof', 'p'),
  addCommand('risk', 'Add risk', 'r'),
  addCommand('friction', 'Add friction', 'f'),
  {
    id: 'add-plan-item',
    label: 'Add plan item',
    shortcut: 'I',
    keys: plain('i'),
    group: 'add',
    enabled: idle,
    run: (store) => {
      store.getState().addPlanItem();
    },
  },
  {
    id: 'undo',
    label: 'Undo',
    shortcut: 'Ctrl+Z',
    keys: withCtrl('z'),
    group: 'history',
    enabled: (_, h) => h.canUndo,
    run: (store) => store.getState().undo(),
  },
  {
    id: 'redo',
    label: 'Redo',
    shortcut: 'Ctrl+Shift+Z',
    keys: (e) => withCtrl('z', true)(e) || withCtrl('y')(e),
    group: 'history',
    enabled: (_, h) => h.canRedo,
    run: (store) => store.getState().redo(),
  },
  {
    id: 'delete',
    label: 'Delete selection',
    shortcut: 'Delete',
    keys: (e) => !e.ctrlKey && !e.metaKey && !e.altKey && (e.key === 'Delete' || e.key === 'Backspace'),
    group: 'edit',
    enabled: (s) => s.selection.nodes.length + s.selection.edges.length + s.selection.planItems.length > 0,
    run: (store) => store.getState().deleteSelection(),
  },
  {
    id: 'duplicate',
    label: 'Duplicate selection',
    shortcut: 'Ctrl+D',
    keys: withCtrl('d'),
    group: 'edit',
    enabled: (s) => s.selection.nodes.length + s.selection.planItems.length > 0,
    run: (store) => {
      store.getState().duplicateSelection();
    },
  },
  {
    id: 'select-all',
    label: 'Select all',
    shortcut: 'Ctrl+A',
    keys: withCtrl('a'),
    group: 'edit',
    enabled: (s) => s.map.nodes.length + s.map.plan.length > 0,
    run: (store) => store.getState().selectAll(),
  },
  canvasCommand('auto-layout', 'Auto-layout', 'layout', 'view', 'L', plain('l')),
  canvasCommand('fit-view', 'Fit to screen', 'fitView', 'view', '0', plain('0')),
  canvasCommand(
    'zoom-in',
    'Zoom in',
    'zoomIn',
    'view',
    '+',
    (e) => !e.ctrlKey && !e.metaKey && (e.key === '+' || e.key === '='),
  ),
  canvasCommand(
    'zoom-out',
    'Zoom out',
    'zoomOut',
    'view',
    '-',
    (e) => !e.ctrlKey && !e.metaKey && (e.key === '-' || e.key === '_'),
  ),
  canvasCommand('open-file', 'Open file…', 'openFilePicker', 'file', 'Ctrl+O', withCtrl('o')),
  {
    id: 'export-json',
    label: 'Export JSON',
    shortcut: 'Ctrl+S',
    keys: withCtrl('s'),
    group: 'file',
    enabled: idle,
    run: (store) => {
      const { fileName, text } = exportMapJson(store);
      downloadText(fileName, text);
    },
  },
  canvasCommand('export-png', 'Export PNG', 'exportPng', 'file'),
  canvasCommand('export-svg', 'Export SVG', 'exportSvg', 'file'),
  // Ctrl+V itself is the page's paste event (the UI passes the pasted text); this reads the clipboard.
  { id: 'paste-map', label: 'Paste map', shortcut: 'Ctrl+V', group: 'file', enabled: idle, run: pasteMap },
  ...WORKSHOP_COMMANDS,
  ...LIBRARY_COMMANDS,
];

export const COMMANDS: readonly Command[] = EVERY_COMMAND.map(disabledWhenReadOnly);

const BY_ID = new Map(COMMANDS.map((c) => [c.id, c]));

export function getCommand(id: CommandId): Command {
  const command = BY_ID.get(id);
  if (!command) throw new Error(`Unknown command ${id}`);
  return command;
}

/** The command a key press triggers, if any. */
export const commandForKey = (event: ShortcutEvent): Command | undefined =>
  COMMANDS.find((c) => c.keys?.(event));

/**
 * Whether a command can run now: its own rule, and while a workshop screen (present, walkthrough, brief)
 * covers the workbench, only the commands that make sense there (workshopCommands.ts).
 */
export function isCommandEnabled(command: Command, state: WorkbenchState, history: HistoryFlags): boolean {
  if (state.workshopScreen !== null && !USABLE_ON_WORKSHOP_SCREENS.has(command.id)) return false;
  return command.enabled(state, history);
}

/** Runs a command if it is enabled; returns whether it ran. A command that fails shows a notice instead of throwing. */
export function runCommand(id: CommandId, store: WorkbenchStore, input?: CommandInput): boolean {
  const command = getCommand(id);
  const history = store.temporal.getState();
  const flags: HistoryFlags = {
    canUndo: history.pastStates.length > 0,
    canRedo: history.futureStates.length > 0,
  };
  if (!isCommandEnabled(command, store.getState(), flags)) return false;
  const failed = (error: unknown) => {
    const detail = error instanceof Error ? error.message : String(error);
    store.getState().setNotice({ tone: 'error', text: `${command.label} did not work: ${detail}` });
  };
  try {
    void Promise.resolve(command.run(store, input)).catch(failed);
  } catch (error) {
    failed(error);
  }
  return true;
}
