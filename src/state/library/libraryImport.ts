import type { OpenedFile } from '../../domain/format/types';
import type { DecisionMap } from '../../domain/records/map';
import { quotedMap } from '../../domain/words';
import { latestMap } from '../../domain/quarters/latestMap';
import {
  commitIndex,
  deleteCopy,
  entryOf,
  readMap,
  showMap,
  takenIds,
  writeCopy,
  type LibraryContext,
} from './libraryContext';
import { findEntry, freshMapId, putEntry } from './libraryIndex';
import { mapsToWrite, planImport, type ImportChoice, type ImportPlan } from './importPlan';

/*
 * Opening a file adds its maps to the library; it never replaces the open map. When a map's id is
 * already taken by a different map, nothing is written until the user chooses: keep both (the incoming
 * map gets a new id) or replace the library's map.
 */

export interface WaitingImport {
  file: OpenedFile;
  plan: ImportPlan;
}

const incomingMaps = (file: OpenedFile): DecisionMap[] => (file.kind === 'map' ? [file.map] : file.maps);

/** Sorts the file's maps by what the library holds under their ids. */
export async function planFor(ctx: LibraryContext, file: OpenedFile): Promise<ImportPlan> {
  const incoming = incomingMaps(file);
  const held = new Map<string, DecisionMap | null>();
  for (const map of incoming) {
    if (!findEntry(ctx.index, map.id)) continue;
    const read = await readMap(ctx, map.id);
    held.set(map.id, read.ok ? read.value : null);
  }
  return planImport(incoming, (id) => held.get(id));
}

/** Describes the collisions for the question the user is asked. */
export function pendingImportOf(ctx: LibraryContext, waiting: WaitingImport) {
  return {
    total: incomingMaps(waiting.file).length,
    collisions: waiting.plan.collide.map((map) => {
      const entry = findEntry(ctx.index, map.id);
      return {
        id: map.id,
        incomingTitle: map.title,
        incomingPeriod: map.period,
        existingTitle: entry?.title ?? '',
        existingPeriod: entry?.period ?? '',
      };
    }),
  };
}

/**
 * Writes the maps of a file as chosen, then opens the one the file is about (its only map, or a
 * workspace's latest) and returns it. The open map was saved before (the caller flushes), so nothing of
 * it is lost. Says what happened in one notice.
 */
export async function applyImport(
  ctx: LibraryContext,
  waiting: WaitingImport,
  choice: ImportChoice,
): Promise<DecisionMap | undefined> {
  const taken = takenIds(ctx);
  const written = mapsToWrite(waiting.plan, choice, () => {
    const id = freshMapId(taken);
    taken.add(id);
    return id;
  });
  const replaced: string[] = [];
  for (const map of written) {
    const key = await writeCopy(ctx, map);
    let oldKey: string | null = null;
    await commitIndex(ctx, (index) => {
      oldKey = findEntry(index, map.id)?.key ?? null;
      return putEntry(index, entryOf(ctx, map, key));
    });
    if (oldKey !== null) {
      replaced.push(map.id);
      await deleteCopy(ctx, oldKey);
    }
  }
  ctx.channel.post({ type: 'library' });

  const arrived = [...written, ...waiting.plan.same];
  const target = waiting.file.kind === 'map' ? arrived[0] : latestMap(arrived);
  const entry = target && findEntry(ctx.index, target.id);
  if (target && entry && (target.id !== ctx.open.id || replaced.includes(target.id))) {
    await showMap(ctx, target, entry.key);
  }
  ctx.store
    .getState()
    .setNotice({ tone: 'info', text: importSummary(written.length, replaced.length, waiting, target) });
  return target;
}

function importSummary(
  written: number,
  replaced: number,
  waiting: WaitingImport,
  shown: DecisionMap | undefined,
): string {
  const added = written - replaced;
  const parts: string[] = [];
  if (added > 0) parts.push(`added ${added === 1 ? 'one map' : `${added} maps`} to the library`);
  if (replaced > 0) parts.push(`replaced ${replaced === 1 ? 'one map' : `${replaced} maps`}`);
  const same = waiting.plan.same.length;
  if (same > 0) parts.push(`${same === 1 ? 'one map was' : `${same} maps were`} already there, the same`);
  // Say it when nothing was overwritten: a room worries most about what an opened file replaced.
  if (replaced === 0 && same > 0) parts.push('nothing was replaced');
  const done = parts.length > 0 ? parts.join(', ') : 'nothing new';
  const opened = shown ? `; opened ${quotedMap(shown)}` : '';
  const text = `${done}${opened}.`;
  return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
}
