import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The frame of the live-session dialogs: modal, labelled by its heading, Escape closes it, focus moves
 * into it (to the first field or button) and back where it was when it closes.
 */
export function LiveDialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    ref.current?.querySelector<HTMLElement>('input, button')?.focus();
    return () => previous?.focus();
  }, []);
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  };
  return (
    <div className="dialog-backdrop">
      <div
        ref={ref}
        className="dialog live-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="live-dialog-title"
        onKeyDown={onKeyDown}
      >
        <h2 id="live-dialog-title">{title}</h2>
        {children}
      </div>
    </div>
  );
}
