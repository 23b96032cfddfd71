/** Exit codes of `obvious` (PRODUCT.md): 0 success, 1 invalid input, 2 wrong usage. */
export const EXIT = { ok: 0, invalidInput: 1, wrongUsage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The command line was called the wrong way: an unknown command or flag, a missing argument. */
export class UsageError extends Error {
  /** The command whose usage to show, or null for the general usage. */
  readonly command: string | null;
  constructor(message: string, command: string | null = null) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

/** The input cannot be used: a file that cannot be read, is not a decision map, or has problems. */
export class InputError extends Error {
  /** Further lines shown under the message (problems, hints). */
  readonly details: string[];
  constructor(message: string, details: string[] = []) {
    super(message);
    this.name = 'InputError';
    this.details = details;
  }
}
