import { downloadText, exportMapJson, openMapText } from '../library/openFile';
import type { WorkbenchStore } from '../store/types';
import { idle, withCtrl, type Command, type CommandInput } from './command';
import { canvasCommand } from './viewCommands';

/* Files in and out: open, paste, export the map as JSON or as an image. */

async function pasteMap(store: WorkbenchStore, input?: CommandInput): Promise<void> {
  let text = input?.text;
  if (text === undefined) {
    try {
      text = await navigator.clipboard.readText();
    } catch {
      store.getState().setNotice({
        tone: 'warning',
        text: 'The browser did not allow reading the clipboard: press Ctrl+V on the canvas instead.',
      });
      return;
    }
  }
  openMapText(text, store);
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
      const { fileName, text } = exportMapJson(store);
      downloadText(fileName, text);
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
