import { expectPositionals, type ParsedArgs } from './args';
import {
  marketGroups,
  marketHistory,
  sameMarketKey,
  type HistoryEntry,
} from '../domain/quarters/marketHistory';
import { EXIT, InputError, type ExitCode } from './errors';
import { nameOf, type CliIO } from './io';
import { loadInput, mapsOf } from './loadFile';
import { safeJson, safeLine } from './terminalText';
import { points, table } from './text';

/** One market's history as printed: the market's name (from its latest map) and its periods. */
interface MarketTable {
  market: string;
  history: HistoryEntry[];
}

const marketName = (history: readonly HistoryEntry[]): string => {
  const named = history.filter((entry) => entry.market.trim() !== '');
  return named[named.length - 1]?.market ?? '';
};

/** The readable per-period table of one market. */
export function historyReport({ market, history }: MarketTable): string[] {
  const rows = history.map((entry) => [
    entry.period.trim() === '' ? '(no period)' : safeLine(entry.period),
    points(entry.score),
    entry.constraint === null
      ? '—'
      : `${safeLine(entry.constraintLabel ?? entry.constraint)} (${safeLine(entry.constraint)})`,
    `${points(entry.ceiling)}`,
    String(entry.unanchored),
  ]);
  const title = market.trim() === '' ? 'Market: (unnamed)' : `Market: ${safeLine(market)}`;
  return [title, ...table(['period', 'score', 'constraint', 'ceiling', 'unanchored plan items'], rows)];
}

/** `obvious history`: see its entry in commands.ts. */
export async function run(args: ParsedArgs, io: CliIO): Promise<ExitCode> {
  const [file = '-'] = expectPositionals(args, ['WORKSPACE_FILE'], 'history');
  const maps = mapsOf(await loadInput(file, io));
  const market = args.values.get('market');
  let markets: MarketTable[];
  if (market === undefined) {
    markets = marketGroups(maps).map((group) => {
      const history = marketHistory(group);
      return { market: marketName(history), history };
    });
  } else {
    const history = marketHistory(maps, market);
    if (history.length === 0) {
      const names = [...new Set(maps.map((map) => map.market).filter((name) => sameMarketKey(name) !== ''))];
      throw new InputError(
        `${nameOf(file)} has no map of the market "${market}".`,
        names.length > 0 ? [`Markets: ${names.join(', ')}`] : ['No map in it names its market.'],
      );
    }
    markets = [{ market: marketName(history) || market, history }];
  }
  if (args.switches.has('json')) io.out(`${safeJson({ markets })}\n`);
  else io.out(`${markets.map((m) => historyReport(m).join('\n')).join('\n\n')}\n`);
  return EXIT.ok;
}
