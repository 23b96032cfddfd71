import type { FlagSpec, ParsedArgs } from './args';
import type { ExitCode } from './errors';
import type { CliIO } from './io';

/** One `obvious` command as data: its name, help and flags, and where its work lives (loaded on use). */
export interface Command {
  name: string;
  /** One line for the general help. */
  summary: string;
  /** Usage lines, without the leading "obvious ". */
  usage: string[];
  /** Paragraphs and option lines shown by `obvious COMMAND --help`. */
  help: string[];
  flags: FlagSpec;
  /** The command's implementation; loaded only when it runs, so `--help` starts without the domain. */
  load(): Promise<{ run(args: ParsedArgs, io: CliIO): Promise<ExitCode> }>;
}

/** Every command, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [
  {
    name: 'validate',
    summary: 'Check a decision map or workspace file: prints "valid" or one line per problem',
    usage: ['validate FILE'],
    help: [
      'Checks a file against the decision-map format (version 1, older versions migrated): prints',
      '"valid", or one line per problem, named by its path, e.g.',
      '  map.nodes[3].severity: expected an integer from 1 to 5, got 7',
      'Exits with 0 when the file is valid and 1 when it is not.',
      '',
      'Options:',
      '  -h, --help show this help',
    ],
    flags: { help: 'switch' },
    load: () => import('./validate'),
  },
  {
    name: 'score',
    summary: 'How obvious the decision is, its constraint, drivers, open questions and plan check',
    usage: ['score FILE [--json]', 'score WORKSPACE_FILE --map ID [--json]'],
    help: [
      'Scores a decision map: obviousness 0–100 and its band (how high it could go once the unknowns',
      'are answered), what to change first (the constraint: the known node whose resolution would raise',
      'the score the most, and the path after it), what to find out first (the unknown whose answer is',
      "worth most), the top drivers, open questions, and the plan check: every plan item's verdict",
      '(high leverage, insufficient, low leverage, internal logic), gaps, and the ceiling the whole plan',
      'can reach.',
      '',
      'Options:',
      '  --json     print the full analysis as JSON',
      '  --map ID   which map of a workspace file to score (not needed when it holds one)',
      '  -h, --help show this help',
    ],
    flags: { json: 'switch', map: 'value', help: 'switch' },
    load: () => import('./score'),
  },
  {
    name: 'diff',
    summary: 'Compare two maps: what changed, why the score moved, whether the constraint shifted',
    usage: ['diff A B [--json]', 'diff WORKSPACE_FILE --from ID --to ID [--json]'],
    help: [
      'Compares two decision maps (e.g. last quarter and this one): nodes, edges and plan items added,',
      'removed and changed (old → new), the score delta explained as contributions per changed node,',
      'grouped as progress (the market moved), discovery (the map sees more) and removal (gone is not',
      'resolved), plan items re-tagged to other nodes,',
      'and the constraint then and now. A and B are map files; with a workspace file, --from and --to',
      'name the two maps to compare.',
      '',
      'Options:',
      '  --json     print the full comparison as JSON',
      '  --from ID  the earlier map (in a workspace file, or in A when A is a workspace)',
      '  --to ID    the later map (in a workspace file, or in B when B is a workspace)',
      '  -h, --help show this help',
    ],
    flags: { json: 'switch', from: 'value', to: 'value', help: 'switch' },
    load: () => import('./diff'),
  },
  {
    name: 'history',
    summary: 'A market’s obviousness per period, with each period’s constraint and ceiling',
    usage: ['history WORKSPACE_FILE [--market NAME] [--json]'],
    help: [
      'Lists each market of a workspace file period by period: obviousness, the constraint, the',
      'ceiling (the score if the whole plan worked) and how many plan items are unanchored. Maps',
      'belong to one market when they name the same market (whatever the case and spacing) or when',
      'one was started from the other.',
      '',
      'Options:',
      '  --market NAME  only this market',
      '  --json         print {"markets": [{"market", "history": [...]}]} as JSON',
      '  -h, --help     show this help',
    ],
    flags: { json: 'switch', market: 'value', help: 'switch' },
    load: () => import('./history'),
  },
];
