import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * The live session's commands folded behind one top-bar button, so that the bar fits a laptop as well
 * as the shared screen. A disclosure: the button says whether it is open, Tab walks its buttons, Escape
 * or a press elsewhere closes it, and pressing one of its buttons closes it with focus back on the
 * button (where a dialog it opens returns focus).
 */
export function SessionMenu({ label, badge, children }: { label: string; badge?: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>('button')?.focus();
    const outside = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);
  const close = () => {
    button.current?.focus();
    setOpen(false);
  };
  return (
    <div className="session-menu">
      <button
        ref={button}
        type="button"
        className={badge ? 'live-button live-button--on' : 'live-button'}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {label}
        {badge && <span className="session-menu__badge"> · {badge}</span>}
        <span className="session-menu__chevron" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div
          ref={panel}
          id={id}
          className="session-menu__panel"
          role="group"
          aria-label={`${label} commands`}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.stopPropagation();
            close();
          }}
          onClick={(event) => {
            if ((event.target as HTMLElement).closest('button')) close();
          }}
        >
          {children}
        </div>
      )}
    </div>
  );
}
