import { useEffect } from 'react';
import type { Notice } from '../state/store/types';

const NOTICE_MS = 6000;

/** A short message at the bottom of the screen (role="status"); errors stay until dismissed. */
export function NoticeToast({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  useEffect(() => {
    if (notice === null || notice.tone === 'error') return;
    const timer = window.setTimeout(onDismiss, NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [notice, onDismiss]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {notice && (
        <div className={`toast toast--${notice.tone}`}>
          <span>{notice.text}</span>
          <button type="button" className="toast__close" aria-label="Dismiss message" onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
