import { z } from 'zod/mini';
import type { Analysis } from '../../domain/analysis/types';
import type { DecisionMap } from '../../domain/records/map';
import { KIND_NAME } from '../../domain/words';
import { randomSuffix } from '../../domain/edits/ids';

/*
 * The library's index: which maps this browser keeps, where each one's saved text is, and what the
 * list shows without opening them (title, market, period, score, constraint). Stored under INDEX_KEY
 * as plain data; read back through `readIndex`, which trusts nothing it finds.
 */

/** The index of the library, versioned: a later layout gets a new key and a migration. */
export const INDEX_KEY = 'obvious:library:v1';

/** Where one saved revision of a map lives: a new key for every save (write, switch, then delete the old). */
export const copyKey = (mapId: string): string =>
  `obvious:map:${mapId}:${Date.now().toString(36)}-${randomSuffix()}`;

const entrySchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  /** The storage key of the map's latest saved text. */
  key: z.string().check(z.minLength(1)),
  title: z.string(),
  market: z.string(),
  period: z.string(),
  basedOn: z.optional(z.string()),
  score: z.number(),
  /** The constraint as the list shows it ("Proof: SOC 2 report"), or null. */
  constraint: z.nullable(z.string()),
  savedAt: z.string(),
  /** Set when the map was deleted: it stays in the trash until restored or deleted for good. */
  trashedAt: z.optional(z.string()),
  /** Set when the saved text could not be opened: the text is kept as it was, to export. */
  refused: z.optional(z.string()),
});

const indexSchema = z.object({
  version: z.literal(1),
  /** The map opened last: the one shown on the next start. */
  open: z.nullable(z.string()),
  maps: z.array(entrySchema),
});

export type LibraryEntry = z.infer<typeof entrySchema>;
export type LibraryIndex = z.infer<typeof indexSchema>;

export const EMPTY_INDEX: LibraryIndex = { version: 1, open: null, maps: [] };

/** The index found in storage: `null` when there is none, `'refused'` when it cannot be read. */
export function readIndex(raw: unknown): LibraryIndex | null | 'refused' {
  if (raw === undefined || raw === null) return null;
  const parsed = indexSchema.safeParse(raw);
  if (!parsed.success) return 'refused';
  // One entry per id: a damaged index never shows the same map twice.
  const seen = new Set<string>();
  const maps = parsed.data.maps.filter((entry) => !seen.has(entry.id) && seen.add(entry.id));
  return { ...parsed.data, maps };
}

/** What the list shows for a map, from the map and its analysis. */
export function entryFor(
  map: DecisionMap,
  analysis: Pick<Analysis, 'score' | 'constraint'>,
  key: string,
  savedAt: string,
): LibraryEntry {
  const node = analysis.constraint === null ? undefined : map.nodes.find((n) => n.id === analysis.constraint);
  return {
    id: map.id,
    key,
    title: map.title,
    market: map.market,
    period: map.period,
    ...(map.basedOn === undefined ? {} : { basedOn: map.basedOn }),
    score: analysis.score,
    constraint: node ? `${KIND_NAME[node.kind]}: ${node.label}` : null,
    savedAt,
  };
}

export const findEntry = (index: LibraryIndex, id: string): LibraryEntry | undefined =>
  index.maps.find((entry) => entry.id === id);

/** The index with `entry` put in place of the entry with its id (kept where it was), or added at the end. */
export function putEntry(index: LibraryIndex, entry: LibraryEntry): LibraryIndex {
  const at = index.maps.findIndex((e) => e.id === entry.id);
  const maps = at === -1 ? [...index.maps, entry] : index.maps.map((e, i) => (i === at ? entry : e));
  return { ...index, maps };
}

/** The index with the entry of `id` changed by `change`; unchanged when there is no such entry. */
export function changeEntry(
  index: LibraryIndex,
  id: string,
  change: (entry: LibraryEntry) => LibraryEntry,
): LibraryIndex {
  const entry = findEntry(index, id);
  return entry ? putEntry(index, change(entry)) : index;
}

export function removeEntry(index: LibraryIndex, id: string): LibraryIndex {
  return { ...index, maps: index.maps.filter((e) => e.id !== id), open: index.open === id ? null : index.open };
}

/** The maps not in the trash. */
export const liveEntries = (entries: readonly LibraryEntry[]): LibraryEntry[] =>
  entries.filter((e) => e.trashedAt === undefined);

/**
 * The map to show when `leaving` goes away (deleted, or refused): one of the same market first, then
 * the most recently saved; never one in the trash or one that could not be opened.
 */
export function nextToOpen(entries: readonly LibraryEntry[], leaving: LibraryEntry | undefined): LibraryEntry | undefined {
  const candidates = liveEntries(entries).filter((e) => e.id !== leaving?.id && e.refused === undefined);
  const recent = [...candidates].sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
  const market = leaving?.market.trim().toLowerCase();
  return (market ? recent.find((e) => e.market.trim().toLowerCase() === market) : undefined) ?? recent[0];
}

/** An id no map in the library has. */
export function freshMapId(taken: ReadonlySet<string>): string {
  for (;;) {
    const id = `map-${randomSuffix()}`;
    if (!taken.has(id)) return id;
  }
}
