import { useEffect } from 'react';
import { commandForKey, runCommand } from '../state/commands/registry';
import { workbenchStore } from './shared/appStore';
import { isTypingTarget } from './shared/typing';

/**
 * Keyboard shortcuts and paste, from the one commands registry. Nothing fires while the user types
 * in a field or a dialog is open; a pasted map goes through the same door as an opened file.
 */
export function useShortcuts() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      if (workbenchStore.getState().fileError !== null) return;
      const command = commandForKey(event, workbenchStore);
      if (!command) return;
      if (runCommand(command.id, workbenchStore)) event.preventDefault();
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isTypingTarget(event.target)) return;
      const text = event.clipboardData?.getData('text') ?? '';
      if (text.trim() === '') return;
      event.preventDefault();
      runCommand('paste-map', workbenchStore, { text });
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('paste', onPaste);
    };
  }, []);
}
