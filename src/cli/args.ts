import { UsageError } from './errors';

/** The flags a command accepts: a boolean switch, or one that takes a value (`--market NAME`). */
export type FlagSpec = Record<string, 'switch' | 'value'>;

export interface ParsedArgs {
  positionals: string[];
  switches: Set<string>;
  values: Map<string, string>;
}

/**
 * Reads `args` against the flags a command accepts. Flags may come before or after the file
 * arguments; `--name=value` and `--name value` both work; `-` is a positional (standard input);
 * everything after `--` is positional. Unknown flags and missing values are usage errors.
 */
export function parseArgs(args: readonly string[], flags: FlagSpec, command: string): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], switches: new Set(), values: new Map() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      parsed.positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      parsed.positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = (equals === -1 ? arg : arg.slice(0, equals)).replace(/^--?/, '');
    const alias = name === 'h' ? 'help' : name;
    const kind = flags[alias];
    if (kind === undefined)
      throw new UsageError(`Unknown option ${quoteFlag(arg, equals)} for "obvious ${command}".`, command);
    if (kind === 'switch') {
      if (equals !== -1) throw new UsageError(`--${alias} takes no value.`, command);
      parsed.switches.add(alias);
      continue;
    }
    let value: string | undefined;
    if (equals !== -1) value = arg.slice(equals + 1);
    else {
      value = args[i + 1];
      i++;
    }
    if (value === undefined || value === '' || (value.startsWith('--') && equals === -1)) {
      throw new UsageError(`--${alias} needs a value.`, command);
    }
    if (parsed.values.has(alias)) throw new UsageError(`--${alias} is given twice.`, command);
    parsed.values.set(alias, value);
  }
  return parsed;
}

const quoteFlag = (arg: string, equals: number): string => {
  const shown = equals === -1 ? arg : arg.slice(0, equals);
  return JSON.stringify(shown.length > 40 ? `${shown.slice(0, 40)}…` : shown);
};

/** The positional arguments, checked to be exactly `names` (e.g. FILE, or A and B). */
export function expectPositionals(args: ParsedArgs, names: readonly string[], command: string): string[] {
  if (args.positionals.length < names.length) {
    const missing = names.slice(args.positionals.length).join(' and ');
    throw new UsageError(`"obvious ${command}" needs ${missing}.`, command);
  }
  if (args.positionals.length > names.length) {
    throw new UsageError(
      `"obvious ${command}" takes ${names.join(' and ')}, but got ${args.positionals.length} arguments.`,
      command,
    );
  }
  return [...args.positionals];
}
