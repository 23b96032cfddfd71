import { decodeFileBytes } from '../../domain/format/decodeFileBytes';
import { mapFileName, MAP_FILE_EXTENSION } from '../../domain/format/mapFileName';
import { openFile } from '../../domain/format/parseMapFile';
import { tooLarge } from '../../domain/format/readJson';
import { serializeMapFile } from '../../domain/format/serialize';
import type { FileError, OpenedFile } from '../../domain/format/types';
import { LIMITS } from '../../domain/limits';
import type { DecisionMap } from '../../domain/records/map';
import { latestMap } from '../../domain/quarters/latestMap';
import { err, type Result } from '../../domain/result';
import { quoted, quotedMap } from '../../domain/words';
import { libraryOf } from './registry';
import type { WorkbenchStore } from '../store/types';

/*
 * Opening and exporting files. The file input, a dropped file and pasted text all come through
 * openMapText / openMapFile, which use the domain's one parse path; a refused file opens the
 * refused-file dialog (`fileError`) and changes nothing else. With a library (the app), an opened
 * file's maps are added to it and the open map is kept there; without one, the map is replaced.
 */

export type OpenOutcome = Result<DecisionMap, FileError>;

function accept(opened: Result<OpenedFile, FileError>, store: WorkbenchStore): OpenOutcome {
  const state = store.getState();
  if (!opened.ok) {
    state.setFileError(opened.error);
    return opened;
  }
  const file = opened.value;
  const map = file.kind === 'map' ? file.map : latestMap(file.maps);
  if (!map) {
    const error: FileError = {
      kind: 'invalid',
      summary: 'This workspace file holds no maps.',
      problems: [{ path: 'maps', message: 'the list of maps is empty' }],
    };
    state.setFileError(error);
    return err(error);
  }
  const library = libraryOf(store);
  if (library) {
    // The library adds the file's maps (asking first when an id is taken) and opens this one.
    void library.receive(file);
    return { ok: true, value: map };
  }
  const replaced = state.replaceMap(map);
  if (!replaced.ok) {
    const error: FileError = {
      kind: 'invalid',
      summary: 'This file could not be opened.',
      problems: [{ path: 'map', message: replaced.message }],
    };
    state.setFileError(error);
    return err(error);
  }
  const text =
    file.kind === 'workspace' && file.maps.length > 1
      ? `This workspace holds ${file.maps.length} maps; opened the latest, ${quotedMap(map)}.`
      : `Opened ${quoted(map.title)}.`;
  state.setNotice({ tone: 'info', text });
  return { ok: true, value: map };
}

/** Opens a map (or the latest map of a workspace) from text: pasted JSON, or a file already read. */
export function openMapText(text: string, store: WorkbenchStore): OpenOutcome {
  return accept(openFile(text), store);
}

/** Opens a file from the file input or a drop: too-large files are refused before they are read. */
export async function openMapFile(file: Blob, store: WorkbenchStore): Promise<OpenOutcome> {
  if (file.size > LIMITS.fileBytes) return accept(err(tooLarge(file.size)), store);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    const error: FileError = {
      kind: 'not-json',
      summary: 'This file could not be read.',
      problems: [{ path: '', message: 'the browser could not read the file' }],
    };
    return accept(err(error), store);
  }
  const text = decodeFileBytes(bytes);
  return accept(text.ok ? openFile(text.value) : text, store);
}

/** The current map as a FORMAT.md file: same map and same `exportedAt` give the same bytes. */
export function exportMapJson(
  store: WorkbenchStore,
  exportedAt: string = new Date().toISOString(),
): { fileName: string; text: string } {
  const { map } = store.getState();
  return { fileName: mapFileName(map), text: serializeMapFile(map, exportedAt) };
}

/** A file name for an image export of the map: `mid-market-finance-teams-2026-q3.png`. */
export function imageFileName(map: Pick<DecisionMap, 'title' | 'period'>, extension: 'png' | 'svg'): string {
  return `${mapFileName(map).slice(0, -MAP_FILE_EXTENSION.length)}.${extension}`;
}

/** Hands text to the browser as a download. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
