import type { Position } from '../../domain/records/common';
import type { CanvasHandlers } from '../store/host';
import type { WorkbenchState, WorkbenchStore } from '../store/types';

/*
 * What a command is. A command is data (label, shortcut, when it is enabled, when it may run) plus what
 * it does; each feature keeps its own list (editCommands.ts, viewCommands.ts, …) and registry.ts puts
 * them together for the toolbar, the keyboard shortcuts, the command palette and the help.
 */

export type CommandGroup = 'add' | 'edit' | 'history' | 'view' | 'file' | 'workshop';

/** The parts of a keyboard event a shortcut looks at. */
export type ShortcutEvent = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** What a command's `enabled` looks at besides the state: the history, and what the canvas can do right now. */
export interface CommandContext {
  canUndo: boolean;
  canRedo: boolean;
  /** The canvas handlers registered now (the store's host.canvas). */
  canvas: Partial<CanvasHandlers>;
}

/** Optional input of a command: where to add a node, the text of a pasted map. */
export interface CommandInput {
  position?: Position;
  text?: string;
}

export interface Command<Id extends string = string> {
  id: Id;
  label: string;
  /** How the shortcut is shown ("Ctrl+Z"); Cmd works wherever Ctrl is shown. */
  shortcut?: string;
  /** Whether a key press triggers this command (never checked while typing in a field: the UI skips those). */
  keys?: (event: ShortcutEvent) => boolean;
  group: CommandGroup;
  /** It changes the map: disabled in a read-only session (a live session's view-only link). */
  changesMap?: true;
  /** It still runs while a workshop screen (present, walkthrough, brief) covers the workbench. */
  onWorkshopScreens?: true;
  enabled: (state: WorkbenchState, context: CommandContext) => boolean;
  run: (store: WorkbenchStore, input?: CommandInput) => void | Promise<void>;
}

/** A key with no modifier: "a" adds an approver. */
export const plain = (key: string) => (e: ShortcutEvent) =>
  !e.ctrlKey && !e.metaKey && !e.altKey && e.key.toLowerCase() === key;

/** A key with no modifier at all, Shift included. */
export const letter = (key: string) => (e: ShortcutEvent) =>
  noModifiers(e) && !e.shiftKey && e.key.toLowerCase() === key;

/** Ctrl (or Cmd) and a key, with or without Shift. */
export const withCtrl =
  (key: string, shift = false) =>
  (e: ShortcutEvent) =>
    (e.ctrlKey || e.metaKey) && !e.altKey && e.shiftKey === shift && e.key.toLowerCase() === key;

export const noModifiers = (e: ShortcutEvent): boolean => !e.ctrlKey && !e.metaKey && !e.altKey;

/** Enabled once the first map is shown (not while the saved map loads). */
export const idle = (state: WorkbenchState): boolean => !state.loading;
