import { mapFileName } from '../../domain/format/mapFileName';
import { serializeMapFile } from '../../domain/format/serialize';
import type { WorkbenchStore } from '../store/types';
import { idle, withCtrl, type Command, type CommandInput } from './command';
import { canvasCommand } from './viewCommands';

/* Files in and out: open, paste, export the map as JSON or as an image. */

/** The current map as a FORMAT.md file: same map and same `exportedAt` give the same bytes. */
export function exportMapJson(
  store: WorkbenchStore,
  exportedAt: string = new Date().toISOString(),
): { fileName: string; text: string } {
  const { map } = store.getState();
  return { fileName: mapFileName(map), text: serializeMapFile(map, exportedAt) };
}

async function pasteMap(store: WorkbenchStore, input?: CommandInput): Promise<void> {
  let text = input?.text;
  if (text === undefined) {
    try {
      text = await store.host.readClipboard();
    } catch {
      store.getState().setNotice({
        tone: 'warning',
        text: 'The browser did not allow reading the clipboard: press Ctrl+V on the canvas instead.',
      });
      return;
    }
  }
  await store.getState().openFile(text);
}

export const FILE_COMMANDS = [
  canvasCommand('open-file', 'Open file…', 'openFilePicker', 'file', {
    shortcut: 'Ctrl+O',
    keys: withCtrl('o'),
    changesMap: true,
  }),
  {
    id: 'export-json',
    label: 'Export JSON',
    shortcut: 'Ctrl+S',
    keys: withCtrl('s'),
    group: 'file',
    onWorkshopScreens: true,
    enabled: idle,
    run: (store) => {
      store.host.download(exportMapJson(store));
    },
  },
  canvasCommand('export-png', 'Export PNG', 'exportPng', 'file'),
  canvasCommand('export-svg', 'Export SVG', 'exportSvg', 'file'),
  // Ctrl+V itself is the page's paste event (the UI passes the pasted text); this reads the clipboard.
  {
    id: 'paste-map',
    label: 'Paste map',
    shortcut: 'Ctrl+V',
    group: 'file',
    changesMap: true,
    enabled: idle,
    run: pasteMap,
  },
] as const satisfies readonly Command[];
