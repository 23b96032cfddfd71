import type { StoreApi } from 'zustand/vanilla';
import { parseMapFile } from '../../domain/format/parseMapFile';
import type { OpenedFile } from '../../domain/format/types';
import type { DecisionMap } from '../../domain/records/map';
import { silentChannel } from '../persistence/tabChannel';
import type { WorkbenchState } from '../store/types';
import type { ActionResult } from '../store/results';
import { hasUnsavedChanges, onSavedElsewhere, saveOpenMap } from './autosave';
import type { ImportChoice } from './importPlan';
import { readMap, refreshIndex, type LibraryContext } from './libraryContext';
import type { WaitingImport } from './libraryImport';
import { EMPTY_INDEX, findEntry } from './libraryIndex';
import { startLibrary } from './libraryStart';
import type { ConflictChoice, LibraryPersistence, LibraryState, OpenOutcome, WorkspaceExport } from './types';

export const AUTOSAVE_DELAY_MS = 500;

/*
 * What a person does to the library (open, create, rename, import, export…) loads when first done:
 * a first visit only reads the library and shows a map.
 */
const loadActions = () => import('./libraryActions');
const loadImports = () => import('./libraryImport');
const loadWorkspaceExport = () => import('./workspaceExport');

/** A running library: what the store's library actions call (src/state/store/slices/librarySlice.ts). */
export interface LibraryEngine {
  /** Settles once the library is read and a map is open. */
  ready: Promise<void>;
  /** Saves the open map now if it has changes. */
  flush: () => Promise<void>;
  dispose: () => void;
  open: (id: string) => Promise<boolean>;
  /** A new map, blank, from the sample, or a given map with its own notice; opened. Returns its id. */
  create: (from: 'blank' | 'sample' | { map: DecisionMap; message: string }) => Promise<string | null>;
  rename: (id: string, title: string) => Promise<ActionResult>;
  duplicate: (id: string) => Promise<string | null>;
  startNextQuarter: (id?: string) => Promise<string | null>;
  trash: (id: string) => Promise<void>;
  restore: (id: string) => Promise<void>;
  purge: (id: string) => Promise<void>;
  /** Adds an opened file's maps and shows the one it is about; asks first when an id is taken by a different map. */
  receive: (file: OpenedFile) => Promise<OpenOutcome>;
  resolveImport: (choice: ImportChoice | 'cancel') => Promise<void>;
  resolveConflict: (choice: ConflictChoice) => Promise<void>;
  loadMap: (id: string) => Promise<DecisionMap | null>;
  savedText: (id: string) => Promise<string | null>;
  exportWorkspace: (scope?: { market: string; ids: readonly string[] }) => Promise<WorkspaceExport>;
}

/*
 * The library: many maps kept in this browser, one of them open in the workbench. Every operation runs
 * in one queue, so a save, a switch and an import never interleave in this tab; other tabs are kept
 * honest by the index check in every save (autosave.ts).
 */

export function createLibrary(
  store: StoreApi<WorkbenchState>,
  setLibrary: (patch: Partial<LibraryState>) => void,
  options: LibraryPersistence,
): LibraryEngine {
  const channel = options.channel ?? silentChannel();
  const delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const ctx: LibraryContext = {
    store,
    storage: options.storage,
    setLibrary,
    channel,
    now: options.now ?? (() => new Date().toISOString()),
    index: EMPTY_INDEX,
    open: { id: null, baseKey: null, lastSaved: null },
    cache: new Map(),
  };
  const actions = () => store.getState();
  let disposed = false;
  let queue: Promise<unknown> = Promise.resolve();
  let waiting: WaitingImport | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  /** Runs `task` after every task queued before it; a failing task says so and never blocks the queue. */
  function serial<T>(task: () => Promise<T>, fallback: T): Promise<T> {
    const run = queue.then(task).catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      actions().setNotice({ tone: 'error', text: `The library could not do that: ${detail}` });
      return fallback;
    });
    queue = run;
    return run;
  }

  const save = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    return serial(() => saveOpenMap(ctx), false);
  };
  function schedule(): void {
    if (disposed) return;
    if (timer !== null) clearTimeout(timer);
    if (actions().saveStatus !== 'failed') actions().setSaveStatus('unsaved');
    timer = setTimeout(() => void save().then(saveAgainIfChanged), delayMs);
  }
  /** Changes made while a save was writing get their own save. */
  function saveAgainIfChanged(): void {
    if (hasUnsavedChanges(ctx) && !actions().library.conflict && actions().saveStatus !== 'failed')
      schedule();
  }

  actions().setLoading(true);
  setLibrary({ status: 'starting' });
  const ready = serial(async () => {
    await startLibrary(ctx, options.loadSample);
    setLibrary({ status: 'open' });
    actions().setSaveStatus('saved');
  }, undefined).finally(() => actions().setLoading(false));

  let unsubscribe = () => {};
  void ready.then(() => {
    if (disposed) return;
    unsubscribe = store.subscribe((next, previous) => {
      if (next.map !== previous.map && next.map !== ctx.open.lastSaved) schedule();
    });
  });
  const stopListening = channel.listen((message) => {
    if (message.type === 'saved')
      void serial(() => onSavedElsewhere(ctx, message.id, message.key), undefined);
    else void serial(() => refreshIndex(ctx), undefined);
  });

  return {
    ready,
    flush: async () => {
      await save();
    },
    dispose: () => {
      disposed = true;
      if (timer !== null) clearTimeout(timer);
      unsubscribe();
      stopListening();
      channel.close();
      setLibrary({ status: 'closed', pendingImport: null, conflict: null });
    },
    open: (id) => serial(async () => (await loadActions()).openMap(ctx, id), false),
    create: (from) =>
      serial(async () => {
        const { createMap } = await loadActions();
        if (from === 'blank') return createMap(ctx, null);
        if (from !== 'sample') return createMap(ctx, from.map, () => from.message);
        const parsed = parseMapFile(await options.loadSample());
        if (!parsed.ok) throw new Error(`the sample map could not be opened: ${parsed.error.summary}`);
        return createMap(ctx, parsed.value);
      }, null),
    rename: (id, title) =>
      serial(async () => (await loadActions()).renameMap(ctx, id, title), {
        ok: false,
        message: 'The map could not be renamed.',
      }),
    duplicate: (id) => serial(async () => (await loadActions()).duplicateMap(ctx, id), null),
    startNextQuarter: (id) =>
      serial(async () => (await loadActions()).startNextQuarterOf(ctx, id ?? ctx.open.id ?? ''), null),
    trash: (id) => serial(async () => (await loadActions()).trashMap(ctx, id), undefined),
    restore: (id) => serial(async () => (await loadActions()).restoreMap(ctx, id), undefined),
    purge: (id) => serial(async () => (await loadActions()).purgeMap(ctx, id), undefined),
    receive: (file) =>
      serial(
        async (): Promise<OpenOutcome> => {
          const [{ settleOpenMap }, { applyImport, pendingImportOf, planFor }] = await Promise.all([
            loadActions(),
            loadImports(),
          ]);
          if (!(await settleOpenMap(ctx))) return { status: 'not-opened' };
          const next: WaitingImport = { file, plan: await planFor(ctx, file) };
          if (next.plan.collide.length === 0) {
            const shown = await applyImport(ctx, next, 'keep-both');
            return shown ? { status: 'opened', map: shown } : { status: 'not-opened' };
          }
          waiting = next;
          setLibrary({ pendingImport: pendingImportOf(ctx, next) });
          return { status: 'asking' };
        },
        { status: 'not-opened' },
      ),
    resolveImport: (choice) =>
      serial(async () => {
        const chosen = waiting;
        waiting = null;
        setLibrary({ pendingImport: null });
        if (!chosen || choice === 'cancel') return;
        const [{ settleOpenMap }, { applyImport }] = await Promise.all([loadActions(), loadImports()]);
        if (!(await settleOpenMap(ctx))) return;
        await applyImport(ctx, chosen, choice);
      }, undefined),
    resolveConflict: (choice) =>
      serial(async () => (await loadActions()).resolveConflict(ctx, choice), undefined),
    loadMap: (id) =>
      serial(async () => {
        const read = await readMap(ctx, id);
        return read.ok ? read.value : null;
      }, null),
    savedText: (id) =>
      serial(async () => {
        const entry = findEntry(ctx.index, id);
        const text = entry ? await ctx.storage.get(entry.key) : undefined;
        return typeof text === 'string' ? text : null;
      }, null),
    exportWorkspace: (scope) =>
      serial(async () => (await loadWorkspaceExport()).exportWorkspace(ctx, scope ?? null), {
        fileName: '',
        text: '',
        count: 0,
        skipped: [],
      }),
  };
}
