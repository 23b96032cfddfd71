import type { HostHandlers } from '../../state/store/host';
import { downloadText } from './download';

/** What the browser gives the store (src/state/store/host.ts): downloads, the clipboard, full screen. */
export const browserHost: HostHandlers = {
  download: ({ fileName, text, type }) => downloadText(fileName, text, type),
  readClipboard: () => navigator.clipboard.readText(),
  enterFullscreen: () => {
    if (typeof document === 'undefined' || !document.fullscreenEnabled || document.fullscreenElement) return;
    document.documentElement.requestFullscreen().catch(() => undefined);
  },
  leaveFullscreen: () => {
    if (typeof document === 'undefined' || !document.fullscreenElement) return;
    document.exitFullscreen().catch(() => undefined);
  },
};
