import { diff } from '../domain/diff/diff';
import { type ParsedArgs } from './args';
import type { CliIO } from './io';
import type { DecisionMap } from '../domain/records/map';
import { diffReport } from './diffReport';
import { EXIT, UsageError, type ExitCode } from './errors';
import { loadInput, pickMap } from './loadFile';
import { safeJson } from './terminalText';

const NEEDS = '"obvious diff" needs two files A and B, or a WORKSPACE_FILE with --from ID and --to ID.';

/** The two maps to compare: from two files, or two maps of one workspace. */
async function mapsToCompare(args: ParsedArgs, io: CliIO): Promise<[DecisionMap, DecisionMap]> {
  const fromId = args.values.get('from');
  const toId = args.values.get('to');
  const files = args.positionals;
  if (files.length === 2) {
    const [a = '', b = ''] = files;
    if (a === '-' && b === '-')
      throw new UsageError('Standard input ("-") can be read only once: give at most one "-".', 'diff');
    return [
      pickMap(await loadInput(a, io), a, fromId, '--from'),
      pickMap(await loadInput(b, io), b, toId, '--to'),
    ];
  }
  if (files.length === 1) {
    const [file = ''] = files;
    if (fromId === undefined || toId === undefined) throw new UsageError(NEEDS, 'diff');
    const opened = await loadInput(file, io);
    return [pickMap(opened, file, fromId, '--from'), pickMap(opened, file, toId, '--to')];
  }
  throw new UsageError(files.length === 0 ? NEEDS : `${NEEDS} Got ${files.length} files.`, 'diff');
}

/** `obvious diff`: see its entry in commands.ts. */
export async function run(args: ParsedArgs, io: CliIO): Promise<ExitCode> {
  const [before, after] = await mapsToCompare(args, io);
  const result = diff(before, after);
  io.out(`${args.switches.has('json') ? safeJson(result) : diffReport(before, after, result).join('\n')}\n`);
  return EXIT.ok;
}
