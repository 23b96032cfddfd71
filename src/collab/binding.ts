import type * as Y from 'yjs';
import type { DecisionMap } from '../domain/records/map';
import { selectionWithin } from '../domain/edits/selection';
import type { WorkbenchStore } from '../state/store/types';
import { checkMap, describeProblem, type MapProblem } from './doc/checkMap';
import { isDocEmpty, mapDoc, type MapDoc } from './doc/mapDoc';
import { readMapDoc, RecordCache, watchRecords, type DocReading } from './doc/readMapDoc';
import { REPAIR_SCOPES, repairDoc } from './doc/repairDoc';
import type { LiveMode } from './doc/roomLink';
import { prepareNewRecords, writeMapChange } from './doc/writeMapDoc';

export interface BindingOptions {
  mode: LiveMode;
  /**
   * Runs `flush` soon and returns a canceller. Remote updates arrive one message at a time; batching
   * them builds the map once per burst. Default: a 16 ms timer.
   */
  schedule?: (flush: () => void) => () => void;
}

/** Why the map is rebuilt: changes from others, or this person's own undo or redo. */
export type FlushCause = 'remote' | 'undo';

/** How joining went: the document's map is shown, the document is empty (the first local edit fills it), or it was refused. */
export type JoinOutcome = 'loaded' | 'empty' | 'refused';

export interface BindingStats {
  /** What the last build of the map left out (an edge to a node deleted meanwhile…): see readMapDoc.ts. */
  repairs: number;
  /** Remote changes refused since the start. */
  refused: number;
}

export interface MapBinding {
  /** The origin of this person's own transactions: what their undo tracks. */
  readonly origin: object;
  readonly mode: LiveMode;
  readonly doc: MapDoc;
  /** Starts both directions: shows the document's map (or keeps the store's while the document is empty). */
  join: () => JoinOutcome;
  /** Applies the changes received so far now, instead of at the next scheduled flush. */
  flush: (cause?: FlushCause) => void;
  stats: () => BindingStats;
  /**
   * While locked (someone presenting locked the map), nothing local is shared: a change made here goes
   * back to the map everyone sees, as on a view-only link. `by` names who locked it.
   */
  setLocked: (by: string | null) => void;
  dispose: () => void;
}

const defaultSchedule = (flush: () => void) => {
  const timer = setTimeout(flush, 16);
  return () => clearTimeout(timer);
};

/** "nodes approver-x1: label: must not be empty": records named by id, which people can find. */
function explain(problem: MapProblem, reading: DocReading): string {
  const [collection, index, ...rest] = problem.path;
  if (
    (collection === 'nodes' || collection === 'edges' || collection === 'plan' || collection === 'deals') &&
    typeof index === 'number'
  ) {
    const id = reading[collection][index]?.fields.id;
    const name = typeof id === 'string' ? id : `#${index + 1}`;
    return `${collection} ${name}${rest.length > 0 ? `: ${rest.join('.')}` : ''}: ${problem.message}`;
  }
  return describeProblem(problem);
}

/**
 * Binds the workbench store's map to a Yjs document, both ways, without the rest of the app knowing.
 *
 * Store → document: each change of `map` made here is diffed against the map before it and written in
 * one transaction with this binding's `origin` (field by field: see writeMapDoc.ts).
 * Document → store: changes from anyone else are batched, read as a map (readMapDoc.ts) and validated
 * with the domain (checkMap.ts). A valid map goes into the store without an undo step for this person.
 * An invalid one is refused: the store keeps the last valid map, a notice says what was wrong, and (when
 * editing) the parts of the document it names are put back as the last valid map has them (repairDoc.ts),
 * so the document is valid again for everyone.
 */
export function bindMapDoc(store: WorkbenchStore, doc: Y.Doc, options: BindingOptions): MapBinding {
  const d = mapDoc(doc);
  const mode = options.mode;
  const schedule = options.schedule ?? defaultSchedule;
  const origin = { binding: 'local' };
  const repairOrigin = { binding: 'repair' };
  const setupOrigin = { binding: 'setup' };

  let live = false;
  let lockedBy: string | null = null;
  /** False while the document holds no valid map yet: nothing local is written, nothing is repaired. */
  let accepted = false;
  /** The last map both sides agree on: what a refused change keeps and a repair puts back. */
  let shown: DecisionMap = store.getState().map;
  let applying = false;
  let cancelScheduled: (() => void) | null = null;
  const stats: BindingStats = { repairs: 0, refused: 0 };
  const cache = new RecordCache();
  const unwatch = watchRecords(d, cache);

  /** Puts a map from the document into the store: no undo step, selection kept where it still exists. */
  function show(map: DecisionMap, firstTime: boolean): void {
    applying = true;
    try {
      if (firstTime) {
        // Another map entirely: the app's own door (validates, clears selection and history).
        store.getState().replaceMap(map);
      } else {
        const temporal = store.temporal.getState();
        const tracking = temporal.isTracking;
        if (tracking) temporal.pause();
        const { selection, pickingFor } = store.getState();
        store.setState({
          map,
          selection: selectionWithin(map, selection),
          pickingFor: pickingFor !== null && !map.plan.some((p) => p.id === pickingFor) ? null : pickingFor,
        });
        if (tracking) store.temporal.getState().resume();
      }
    } finally {
      applying = false;
    }
    shown = map;
  }

  /**
   * A map that breaks the domain's rules is never shown. When editing, the document is repaired — first
   * only the fields the problems name, then the whole records, then the whole map, checking again after
   * each — so that it is valid again for everyone; the repaired map is then shown.
   */
  function refuse(reading: DocReading, problems: MapProblem[], cause: FlushCause): void {
    stats.refused += 1;
    const first = problems[0];
    const what = first ? explain(first, reading) : 'the map is not valid';
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    store.getState().setNotice({
      tone: 'warning',
      text:
        cause === 'undo'
          ? `Part of this undo clashed with someone else's edit and was left as it was (${what}).`
          : `A change from the live session was refused: ${what}${more}. The map keeps its last valid state.`,
    });
    if (mode !== 'edit' || !accepted) return;
    let found = { reading, problems };
    for (const scope of REPAIR_SCOPES) {
      const { reading: before, problems: named } = found;
      doc.transact(() => repairDoc(d, before, named, shown, scope), repairOrigin);
      const again = readMapDoc(d, cache);
      const checked = checkMap(again, store.getState().map);
      if (checked.ok) {
        stats.repairs = again.repairs.length;
        if (checked.map !== store.getState().map) show(checked.map, false);
        return;
      }
      found = { reading: again, problems: checked.problems };
    }
  }

  function flush(cause: FlushCause = 'remote'): void {
    cancelScheduled?.();
    cancelScheduled = null;
    if (!live || isDocEmpty(d)) return;
    const reading = readMapDoc(d, cache);
    stats.repairs = reading.repairs.length;
    const current = store.getState().map;
    const checked = checkMap(reading, current);
    if (!checked.ok) {
      if (current !== shown) show(shown, false);
      refuse(reading, checked.problems, cause);
      return;
    }
    const firstTime = !accepted;
    accepted = true;
    if (checked.map !== current) show(checked.map, firstTime);
    else shown = current;
  }

  const scheduleFlush = () => {
    cancelScheduled ??= schedule(() => flush());
  };

  const onUpdate = (_update: Uint8Array, from: unknown) => {
    if (!live || from === origin || from === repairOrigin || from === setupOrigin) return;
    scheduleFlush();
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (!live || applying || state.map === previous.map) return;
    if (mode === 'view' || lockedBy !== null || !accepted) {
      // Nothing local is shared: back to the map everyone sees, at once.
      show(shown, false);
      store.getState().setNotice({
        tone: 'info',
        text:
          mode === 'view'
            ? 'This is a view-only link: changes are not shared.'
            : lockedBy !== null
              ? `${lockedBy} has locked the map while presenting: changes are not shared.`
              : 'Waiting for a valid live map before sharing changes.',
      });
      return;
    }
    // Outside this person's undo: the map as it was, if the document is still empty, and the records
    // this change adds (marked deleted until the change itself clears the mark: see prepareNewRecords).
    doc.transact(() => {
      if (isDocEmpty(d)) writeMapChange(d, null, previous.map);
      prepareNewRecords(d, previous.map, state.map);
    }, setupOrigin);
    let structural = false;
    doc.transact(() => {
      structural = writeMapChange(d, previous.map, state.map);
    }, origin);
    shown = state.map;
    // Added or removed records: let a build confirm the order everyone sees (or apply what raced with it).
    if (structural) scheduleFlush();
  });

  doc.on('update', onUpdate);

  return {
    origin,
    mode,
    doc: d,
    join: () => {
      live = true;
      if (isDocEmpty(d)) {
        accepted = mode === 'edit';
        shown = store.getState().map;
        return 'empty';
      }
      flush();
      return accepted ? 'loaded' : 'refused';
    },
    flush,
    stats: () => ({ ...stats }),
    setLocked: (by) => {
      lockedBy = by;
    },
    dispose: () => {
      live = false;
      cancelScheduled?.();
      cancelScheduled = null;
      unsubscribe();
      unwatch();
      doc.off('update', onUpdate);
    },
  };
}
