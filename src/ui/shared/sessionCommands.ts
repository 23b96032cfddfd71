import { slot } from './slot';

/** A live session's command, as the command palette lists it: the session's UI says what it does now. */
export interface SessionCommand {
  id: string;
  label: string;
  run: () => void;
}

/**
 * The live session's commands (private round, reveal, lock, summon, links…) while a session is open:
 * src/collab, loaded with the session, fills it; the command palette lists them under "Live session".
 */
export const sessionCommands = slot<readonly SessionCommand[]>();
