import { mapFileName } from '../../domain/format/mapFileName';
import { serializeWorkspaceFile } from '../../domain/format/serialize';
import type { DecisionMap } from '../../domain/records/map';
import { marketGroups } from '../../domain/quarters/marketHistory';
import { readMap, type LibraryContext } from './libraryContext';
import { findEntry, liveEntries } from './libraryIndex';
import type { WorkspaceExport } from './types';

/*
 * A workspace file (FORMAT.md) of the whole library or of one market's history: the maps grouped by
 * market, each market in period order, written by the domain's one serializer.
 */

/** The maps of `ids` (default: every map not in the trash), grouped by market and sorted by period. */
export async function collectMaps(ctx: LibraryContext, ids?: readonly string[]): Promise<{ maps: DecisionMap[]; skipped: string[] }> {
  const wanted = ids ?? liveEntries(ctx.index.maps).map((e) => e.id);
  const maps: DecisionMap[] = [];
  const skipped: string[] = [];
  for (const id of wanted) {
    const read = await readMap(ctx, id);
    if (read.ok) maps.push(read.value);
    else skipped.push(findEntry(ctx.index, id)?.title ?? id);
  }
  return { maps: marketGroups(maps).flat(), skipped };
}

/** The date part of an ISO time: "2026-11-24". */
const day = (iso: string) => iso.slice(0, 10);

export async function exportWorkspace(
  ctx: LibraryContext,
  scope: { market: string; ids: readonly string[] } | null,
): Promise<WorkspaceExport> {
  const { maps, skipped } = await collectMaps(ctx, scope?.ids);
  const exportedAt = ctx.now();
  const fileName = scope
    ? mapFileName({ title: `${scope.market || 'market'} history`, period: '' })
    : mapFileName({ title: 'Obvious library', period: day(exportedAt) });
  return { fileName, text: serializeWorkspaceFile(maps, exportedAt), count: maps.length, skipped };
}
