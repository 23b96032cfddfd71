import { marketGroups } from '../../domain/quarters/marketHistory';
import type { LibraryEntry } from '../../state/library/libraryIndex';

/**
 * The two maps a comparison starts on: this map, and the one it is based on — or else the one before it
 * in its market's history, or else any other map. `from` is null when the library holds one map only.
 */
export function defaultPair(entries: readonly LibraryEntry[], openId: string | null): { from: string | null; to: string | null } {
  const to = entries.find((e) => e.id === openId) ?? entries[entries.length - 1];
  if (!to) return { from: null, to: null };
  const basedOn = entries.find((e) => e.id === to.basedOn);
  if (basedOn) return { from: basedOn.id, to: to.id };
  const group = marketGroups(entries).find((g) => g.some((e) => e.id === to.id)) ?? [];
  const at = group.findIndex((e) => e.id === to.id);
  const neighbour = group[at - 1] ?? group[at + 1] ?? entries.find((e) => e.id !== to.id);
  return { from: neighbour?.id ?? null, to: to.id };
}

/** The maps that can be compared: not in the trash, and readable. */
export const comparable = (entries: readonly LibraryEntry[]): LibraryEntry[] =>
  entries.filter((e) => e.trashedAt === undefined && e.refused === undefined);

/** How a map is named in a picker: "2026-Q3 · Mid-market finance teams". */
export const entryName = (entry: Pick<LibraryEntry, 'title' | 'period'>): string =>
  `${entry.period.trim() || 'No period'} · ${entry.title}`;
