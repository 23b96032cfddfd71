/*
 * The server's log: one line per event, on stdout (info) or stderr (warn, error), with the time.
 * Whatever a client sent that ends up in a line is cut short and has its line breaks removed, so a
 * hostile client can neither flood the log nor forge lines in it.
 */

export interface Log {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const MAX_LINE = 500;

/** One line, at most MAX_LINE characters, control characters shown as spaces. */
export function oneLine(message: string): string {
  let flat = '';
  for (const char of message.slice(0, MAX_LINE * 2)) {
    const code = char.charCodeAt(0);
    flat += code < 32 || code === 127 ? ' ' : char;
  }
  flat = flat.replace(/ {2,}/g, ' ').trim();
  return flat.length > MAX_LINE ? `${flat.slice(0, MAX_LINE)}…` : flat;
}

export const consoleLog: Log = {
  info: (message) => console.log(`${new Date().toISOString()} ${oneLine(message)}`),
  warn: (message) => console.error(`${new Date().toISOString()} warning: ${oneLine(message)}`),
  error: (message) => console.error(`${new Date().toISOString()} error: ${oneLine(message)}`),
};

/** An error's message, without its stack. */
export const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error) ?? String(error);
