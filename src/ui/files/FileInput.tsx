import { useEffect, useId, useRef } from 'react';
import { workbenchStore } from '../shared/appStore';

/**
 * The page's real file input (visually hidden, reachable by its label) and the "Open file…"
 * command's way to it. Every file goes through the state's one open function.
 */
export function FileInput() {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => workbenchStore.host.canvas.register({ openFilePicker: () => inputRef.current?.click() }), []);
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        Open a decision map file
      </label>
      <input
        ref={inputRef}
        id={id}
        className="visually-hidden"
        type="file"
        accept=".json,application/json"
        data-testid="open-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void workbenchStore.getState().openFile(file);
        }}
      />
    </>
  );
}
