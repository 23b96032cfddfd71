import { parseArgs } from './args';
import { COMMANDS, type Command } from './commands';
import { EXIT, InputError, UsageError, type ExitCode } from './errors';
import { processIO, type CliIO } from './io';
import { safeLine, safeText } from './terminalText';
import { version } from './version';

const commandNamed = (name: string): Command | undefined => COMMANDS.find((command) => command.name === name);

export function generalHelp(): string[] {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    'obvious — map how a market decides to buy, score how obvious the decision is, check the plan against it.',
    '',
    'Usage:',
    ...COMMANDS.flatMap((command) => command.usage.map((line) => `  obvious ${line}`)),
    '  obvious COMMAND --help',
    '  obvious --version',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'FILE is a decision-map or workspace file (JSON, format version 1); "-" reads standard input.',
    'Exit codes: 0 success, 1 invalid input, 2 wrong usage.',
  ];
}

export function commandHelp(command: Command): string[] {
  return ['Usage:', ...command.usage.map((line) => `  obvious ${line}`), '', ...command.help];
}

function usageHint(command: string | null): string {
  const known = command === null ? undefined : commandNamed(command);
  if (!known) {
    const usage = COMMANDS.flatMap((c) => c.usage).map(
      (line, i) => `${i === 0 ? 'Usage:' : '      '} obvious ${line}`,
    );
    return [...usage, 'Run "obvious --help" for more.'].join('\n');
  }
  return [
    ...known.usage.map((line, i) => `${i === 0 ? 'Usage:' : '      '} obvious ${line}`),
    `Run "obvious ${known.name} --help" for more.`,
  ].join('\n');
}

async function dispatch(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('No command given.');
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' && rest[0] !== undefined ? commandNamed(rest[0]) : undefined;
    if (first === 'help' && rest[0] !== undefined && !topic)
      throw new UsageError(`Unknown command "${rest[0]}".`);
    io.out(`${(topic ? commandHelp(topic) : generalHelp()).join('\n')}\n`);
    return EXIT.ok;
  }
  if (first === '--version' || first === '-v' || first === '-V') {
    io.out(`obvious ${version()}\n`);
    return EXIT.ok;
  }
  const command = commandNamed(first);
  if (!command) {
    const what = first.startsWith('-') ? 'option' : 'command';
    throw new UsageError(`Unknown ${what} "${first.length > 40 ? `${first.slice(0, 40)}…` : first}".`);
  }
  const args = parseArgs(rest, command.flags, command.name);
  if (args.switches.has('help')) {
    io.out(`${commandHelp(command).join('\n')}\n`);
    return EXIT.ok;
  }
  const { run } = await command.load();
  return run(args, io);
}

/** One sentence for anything unexpected: people see what went wrong, never a stack trace. */
function unexpected(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n')[0]?.trim() ?? '';
  return `Something went wrong: ${first === '' ? 'an unexpected error' : first}.`.replace(/\.\.$/, '.');
}

/** Runs `obvious` with these arguments; returns the exit code. Never throws. */
export async function main(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`obvious: ${safeLine(error.message)}\n${usageHint(error.command)}\n`);
      return EXIT.wrongUsage;
    }
    if (error instanceof InputError) {
      const details = error.details.map((line) => `  ${safeLine(line)}`);
      io.err(`${[`obvious: ${safeLine(error.message)}`, ...details].join('\n')}\n`);
      return EXIT.invalidInput;
    }
    io.err(`obvious: ${safeText(unexpected(error))}\n`);
    return EXIT.invalidInput;
  }
}

/** `obvious` as the process runs it: its arguments, its standard streams. */
export const runProcess = (): Promise<ExitCode> => main(process.argv.slice(2), processIO);
