import { useEffect, useRef } from 'react';
import type { LibraryView } from '../../state/library/types';
import { useWorkbench, workbenchStore } from '../shared/appStore';
import { HistoryView } from './HistoryView';
import { CompareView } from './CompareView';
import './compare.css';
import './history.css';

/*
 * The compare and history views, over the workbench. Loaded lazily (React.lazy in LibraryLayer), so the
 * first paint of the workbench never pays for them.
 */

export function QuartersView({ view }: { view: Exclude<LibraryView, { kind: 'canvas' }> }) {
  const showCanvas = useWorkbench((s) => s.showCanvas);
  const showCompare = useWorkbench((s) => s.showCompare);
  const showHistory = useWorkbench((s) => s.showHistory);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    return () => previous?.focus();
  }, []);
  const openMap = (id: string) => {
    void workbenchStore
      .getState()
      .openMap(id)
      .then((opened) => opened && showCanvas());
  };
  const title = view.kind === 'compare' ? 'Compare two maps' : 'History';
  return (
    <div
      className="quarters"
      role="dialog"
      aria-modal="true"
      aria-labelledby="quarters-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          showCanvas();
        }
      }}
    >
      <header className="quarters__bar">
        <h1 id="quarters-heading">{title}</h1>
        <div className="quarters__switch" role="group" aria-label="View">
          <button
            type="button"
            className={view.kind === 'compare' ? 'button button--on' : 'button'}
            aria-pressed={view.kind === 'compare'}
            onClick={() => showCompare()}
          >
            Compare
          </button>
          <button
            type="button"
            className={view.kind === 'history' ? 'button button--on' : 'button'}
            aria-pressed={view.kind === 'history'}
            onClick={() => showHistory()}
          >
            History
          </button>
        </div>
        <button ref={closeRef} type="button" className="button button--primary" onClick={showCanvas}>
          Back to the map
        </button>
      </header>
      <div className="quarters__body">
        {view.kind === 'compare' ? (
          <CompareView key={`${view.fromId}-${view.toId}`} fromId={view.fromId} toId={view.toId} />
        ) : (
          <HistoryView key={view.mapId ?? 'open'} mapId={view.mapId} onOpen={openMap} />
        )}
      </div>
    </div>
  );
}
