import { decodeFileBytes } from '../../domain/format/decodeFileBytes';
import { openFile } from '../../domain/format/parseMapFile';
import { tooLarge } from '../../domain/format/readJson';
import type { FileError, OpenedFile } from '../../domain/format/types';
import { LIMITS } from '../../domain/limits';
import type { DecisionMap } from '../../domain/records/map';
import { latestMap } from '../../domain/quarters/latestMap';
import { err, type Result } from '../../domain/result';
import { quoted, quotedMap } from '../../domain/words';
import type { WorkbenchState } from '../store/types';
import type { OpenOutcome } from './types';

/*
 * The first steps of opening a file, before the library: the file input, a dropped file and pasted text
 * all come through `readOpenedFile`, which uses the domain's one parse path (size → decode → parse →
 * migrate → validate). A file that holds no map at all is refused here too.
 */

const NO_MAPS: FileError = {
  kind: 'invalid',
  summary: 'This workspace file holds no maps.',
  problems: [{ path: 'maps', message: 'the list of maps is empty' }],
};

/** A file (too-large files are refused before they are read) or text, parsed; or why it cannot be opened. */
export async function readOpenedFile(source: string | Blob): Promise<Result<OpenedFile, FileError>> {
  let opened: Result<OpenedFile, FileError>;
  if (typeof source === 'string') opened = openFile(source);
  else if (source.size > LIMITS.fileBytes) opened = err(tooLarge(source.size));
  else {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await source.arrayBuffer());
    } catch {
      return err({
        kind: 'not-json',
        summary: 'This file could not be read.',
        problems: [{ path: '', message: 'the browser could not read the file' }],
      });
    }
    const text = decodeFileBytes(bytes);
    opened = text.ok ? openFile(text.value) : text;
  }
  if (opened.ok && mapOpenedFrom(opened.value) === undefined) return err(NO_MAPS);
  return opened;
}

/** The map a file is about: its only map, or a workspace's latest. */
export const mapOpenedFrom = (file: OpenedFile): DecisionMap | undefined =>
  file.kind === 'map' ? file.map : latestMap(file.maps);

/**
 * With the library closed (a live session shows the room's map): the file's map replaces the map shown,
 * and a notice says which one it is.
 */
export function replaceShownMap(state: WorkbenchState, file: OpenedFile): OpenOutcome {
  const map = mapOpenedFrom(file);
  const replaced = map ? state.replaceMap(map) : { ok: false as const, message: 'it holds no map' };
  if (!map || !replaced.ok) {
    const error: FileError = {
      kind: 'invalid',
      summary: 'This file could not be opened.',
      problems: [{ path: 'map', message: replaced.ok ? '' : replaced.message }],
    };
    state.setFileError(error);
    return { status: 'refused', error };
  }
  const text =
    file.kind === 'workspace' && file.maps.length > 1
      ? `This workspace holds ${file.maps.length} maps; opened the latest, ${quotedMap(map)}.`
      : `Opened ${quoted(map.title)}.`;
  state.setNotice({ tone: 'info', text });
  return { status: 'opened', map };
}
