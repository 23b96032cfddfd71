import { mapsInThisBrowser } from '../shared/words';
import { useEffect, useMemo, useRef } from 'react';
import { marketGroups } from '../../domain/quarters/marketHistory';
import { runCommand } from '../../state/commands/registry';
import { downloadText } from '../shared/download';
import { liveEntries } from '../../state/library/libraryIndex';
import { useWorkbench, workbenchStore } from '../shared/appStore';
import { marketGroupName } from '../../domain/quarters/marketGroupName';
import { LibraryEntryRow, type EntryActions } from './LibraryEntryRow';

/**
 * The library: every map kept in this browser, grouped by market and sorted by period, each with its
 * score and constraint; new maps, switching, renaming, copies, next quarter, the trash, and exports.
 */
export function LibraryDrawer({ onClose }: { onClose: () => void }) {
  const entries = useWorkbench((s) => s.library.entries);
  const openId = useWorkbench((s) => s.library.openId);
  const showCompare = useWorkbench((s) => s.showCompare);
  const showHistory = useWorkbench((s) => s.showHistory);
  const groups = useMemo(() => marketGroups(liveEntries(entries)), [entries]);
  const trash = entries.filter((e) => e.trashedAt !== undefined);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    headingRef.current?.focus();
    return () => previous?.focus();
  }, []);

  const notify = (text: string) => workbenchStore.getState().setNotice({ tone: 'info', text });
  const actions: EntryActions = {
    open: (id) =>
      void workbenchStore
        .getState()
        .openMap(id)
        .then((opened) => opened && onClose()),
    nextQuarter: (id) =>
      void workbenchStore
        .getState()
        .startNextQuarter(id)
        .then((made) => made !== null && onClose()),
    compareWithOpen: (id) => showCompare(id, openId),
    rename: async (id, title) => {
      const renamed = await workbenchStore.getState().renameMap(id, title);
      return renamed === undefined || renamed.ok ? null : renamed.message;
    },
    duplicate: (id) => void workbenchStore.getState().duplicateMap(id),
    trash: (id) => void workbenchStore.getState().trashMap(id),
    restore: (id) => void workbenchStore.getState().restoreMap(id),
    purge: (id) => void workbenchStore.getState().deleteMapForGood(id),
    exportSavedText: (id) =>
      void workbenchStore
        .getState()
        .savedMapText(id)
        .then((text) => {
          if (text === null) return notify('There is no saved text to export.');
          downloadText(`saved-map-${id}.txt`, text, 'text/plain');
        }),
  };
  const exportMarket = (market: string, ids: string[]) =>
    void workbenchStore
      .getState()
      .exportWorkspace({ market, ids })
      .then((exported) => {
        downloadText(exported.fileName, exported.text);
        notify(`Exported ${market}’s history: ${exported.count} ${exported.count === 1 ? 'map' : 'maps'}.`);
      });

  return (
    <div className="drawer-backdrop" onClick={onClose}>
      <aside
        className="library-drawer"
        role="dialog"
        aria-modal="true"
        aria-labelledby="library-heading"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <header className="library-drawer__header">
          <h2 id="library-heading" ref={headingRef} tabIndex={-1}>
            Library
          </h2>
          <span className="library-drawer__count">{mapsInThisBrowser(liveEntries(entries).length)}</span>
          <button type="button" className="button" onClick={onClose} aria-label="Close the library">
            Close
          </button>
        </header>
        <div className="library-drawer__tools">
          <button
            type="button"
            className="button"
            onClick={() => void workbenchStore.getState().newMap('blank').then(onClose)}
          >
            New blank map
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void workbenchStore.getState().newMap('sample').then(onClose)}
          >
            New from sample
          </button>
          <button type="button" className="button" onClick={() => runCommand('open-file', workbenchStore)}>
            Open file…
          </button>
          <button
            type="button"
            className="button"
            onClick={() => runCommand('export-workspace', workbenchStore)}
          >
            Export library
          </button>
        </div>
        <div className="library-drawer__body">
          {groups.map((group) => {
            const market = marketGroupName(group);
            const first = group[0];
            return (
              <section key={first?.id} className="library-market" aria-label={market}>
                <div className="library-market__header">
                  <h3>{market}</h3>
                  {group.length > 1 && (
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => showHistory(first?.id ?? null)}
                    >
                      History
                    </button>
                  )}
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`Export the history of ${market}`}
                    onClick={() =>
                      exportMarket(
                        market,
                        group.map((e) => e.id),
                      )
                    }
                  >
                    Export history
                  </button>
                </div>
                <ul className="library-market__maps">
                  {group.map((entry) => (
                    <LibraryEntryRow
                      key={entry.id}
                      entry={entry}
                      isOpen={entry.id === openId}
                      actions={actions}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
          {trash.length > 0 && (
            <details className="library-trash">
              <summary>Trash ({trash.length})</summary>
              <ul className="library-market__maps">
                {trash.map((entry) => (
                  <LibraryEntryRow key={entry.id} entry={entry} isOpen={false} actions={actions} />
                ))}
              </ul>
            </details>
          )}
        </div>
      </aside>
    </div>
  );
}
