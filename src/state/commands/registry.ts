import type { WorkbenchState, WorkbenchStore } from '../store/types';
import type { Command, CommandContext, CommandInput, ShortcutEvent } from './command';
import { EDIT_COMMANDS } from './editCommands';
import { FILE_COMMANDS } from './fileCommands';
import { LIBRARY_COMMANDS } from './libraryCommands';
import { VIEW_COMMANDS } from './viewCommands';
import { WORKSHOP_COMMANDS } from './workshopCommands';

/*
 * The one registry of commands: every feature's list, in the order the palette and the help show them.
 * The toolbar, the keyboard shortcuts and the command palette all read it.
 */

const EVERY_COMMAND = [
  ...EDIT_COMMANDS,
  ...VIEW_COMMANDS,
  ...FILE_COMMANDS,
  ...WORKSHOP_COMMANDS,
  ...LIBRARY_COMMANDS,
] as const;

/** Every command's id, as the lists above define them. */
export type CommandId = (typeof EVERY_COMMAND)[number]['id'];

/** A command of the registry. */
export type WorkbenchCommand = Command<CommandId>;

/**
 * A command that changes the map is disabled in a read-only session (a live session's view-only link),
 * and while a what-if is open (there, changes are hypothetical; a real one would survive "Throw away").
 * Undo and redo stay (they take back what was real already), and so does What if (it adds to the what-if).
 */
function disabledWhenReadOnly(command: WorkbenchCommand): WorkbenchCommand {
  if (!command.changesMap) return command;
  const duringWhatIf = command.group === 'history' || command.id === 'what-if';
  return {
    ...command,
    enabled: (state, context) =>
      !state.readOnly && (duringWhatIf || state.whatIf === null) && command.enabled(state, context),
  };
}

export const COMMANDS: readonly WorkbenchCommand[] = EVERY_COMMAND.map(disabledWhenReadOnly);

const BY_ID = new Map(COMMANDS.map((c) => [c.id, c]));

export function getCommand(id: CommandId): WorkbenchCommand {
  const command = BY_ID.get(id);
  if (!command) throw new Error(`Unknown command ${id}`);
  return command;
}

/**
 * The command a key press triggers, if any: the first in the registry whose keys match. Given a store,
 * the first of those that can run now (Escape ends picking on the canvas, or leaves a workshop screen).
 */
export function commandForKey(event: ShortcutEvent, store?: WorkbenchStore): WorkbenchCommand | undefined {
  const matches = COMMANDS.filter((c) => c.keys?.(event));
  if (!store || matches.length < 2) return matches[0];
  const context = contextOf(store);
  return matches.find((c) => isCommandEnabled(c, store.getState(), context)) ?? matches[0];
}

function contextOf(store: WorkbenchStore): CommandContext {
  const history = store.temporal.getState();
  return {
    canUndo: history.pastStates.length > 0,
    canRedo: history.futureStates.length > 0,
    canvas: store.host.canvas.get(),
  };
}

/**
 * Whether a command can run now: its own rule, and while a workshop screen (present, walkthrough, brief)
 * covers the workbench, only the commands marked `onWorkshopScreens`.
 */
export function isCommandEnabled(command: Command, state: WorkbenchState, context: CommandContext): boolean {
  if (state.workshopScreen !== null && !command.onWorkshopScreens) return false;
  return command.enabled(state, context);
}

/** Runs a command if it is enabled; returns whether it ran. A command that fails shows a notice instead of throwing. */
export function runCommand(id: CommandId, store: WorkbenchStore, input?: CommandInput): boolean {
  const command = getCommand(id);
  if (!isCommandEnabled(command, store.getState(), contextOf(store))) return false;
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
