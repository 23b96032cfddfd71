import { expectPositionals, type ParsedArgs } from './args';
import { EXIT, type ExitCode } from './errors';
import { nameOf, type CliIO } from './io';
import { openInput, problemLines } from './loadFile';
import { safeLine } from './terminalText';

/** `obvious validate`: see its entry in commands.ts. */
export async function run(args: ParsedArgs, io: CliIO): Promise<ExitCode> {
  const [file = '-'] = expectPositionals(args, ['FILE'], 'validate');
  const opened = await openInput(file, io);
  if (opened.ok) {
    io.out('valid\n');
    return EXIT.ok;
  }
  const lines = problemLines(opened.error);
  io.out(`${(lines.length > 0 ? lines : [opened.error.summary]).map(safeLine).join('\n')}\n`);
  io.err(`${safeLine(nameOf(file))}: ${safeLine(opened.error.summary)}\n`);
  return EXIT.invalidInput;
}
