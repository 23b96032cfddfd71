// @vitest-environment jsdom
import { COLUMN_X } from '../../../src/domain/layout/columns';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeMapFile } from '../../../src/domain/format/serialize';
import type { ShortcutEvent } from '../../../src/state/commands/command';
import { EDIT_COMMANDS } from '../../../src/state/commands/editCommands';
import { FILE_COMMANDS } from '../../../src/state/commands/fileCommands';
import { LIBRARY_COMMANDS } from '../../../src/state/commands/libraryCommands';
import {
  COMMANDS,
  commandForKey,
  getCommand,
  runCommand,
  type CommandId,
} from '../../../src/state/commands/registry';
import { VIEW_COMMANDS } from '../../../src/state/commands/viewCommands';
import { WORKSHOP_COMMANDS } from '../../../src/state/commands/workshopCommands';
import { makeApprover, makeMap, makeProof } from '../../builders';
import { createWorkbenchStore } from '../../../src/state/store/createWorkbenchStore';
import { storeWith } from '../helpers';

const sample = () =>
  makeMap({
    title: 'Mid-market finance teams',
    period: '2026-Q3',
    nodes: [makeApprover({ id: 'cfo' }), makeProof({ id: 'soc2' })],
  });
const key = (k: string, mods: Partial<ShortcutEvent> = {}): ShortcutEvent => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});
const noHistory = { canUndo: false, canRedo: false, canvas: {} };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the command registry', () => {
  it('holds every feature’s commands, each id once, each with a label', () => {
    const lists = [EDIT_COMMANDS, VIEW_COMMANDS, FILE_COMMANDS, WORKSHOP_COMMANDS, LIBRARY_COMMANDS];
    const ids = lists.flatMap((list) => list.map((c) => c.id));
    expect(COMMANDS.map((c) => c.id)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(getCommand(id).id).toBe(id);
    for (const command of COMMANDS) expect(command.label.length).toBeGreaterThan(0);
  });

  it('are disabled in a read-only session exactly when they change the map', () => {
    const store = storeWith(sample());
    store.getState().setReadOnly(true);
    const history = { canUndo: true, canRedo: true, canvas: {} };
    for (const command of COMMANDS.filter((c) => c.changesMap))
      expect(command.enabled(store.getState(), history), command.id).toBe(false);
    expect(getCommand('export-json').enabled(store.getState(), history)).toBe(true);
    expect(getCommand('select-all').enabled(store.getState(), history)).toBe(true);
  });

  it.each<[string, ShortcutEvent, CommandId]>([
    ['A', key('a'), 'add-approver'],
    ['E', key('e'), 'assumptions-lens'],
    ['P', key('p'), 'add-proof'],
    ['R', key('r'), 'add-risk'],
    ['F', key('f'), 'add-friction'],
    ['Ctrl+Z', key('z', { ctrlKey: true }), 'undo'],
    ['Cmd+Z', key('z', { metaKey: true }), 'undo'],
    ['Ctrl+Shift+Z', key('Z', { ctrlKey: true, shiftKey: true }), 'redo'],
    ['Ctrl+Y', key('y', { ctrlKey: true }), 'redo'],
    ['Delete', key('Delete'), 'delete'],
    ['Backspace', key('Backspace'), 'delete'],
    ['Ctrl+D', key('d', { ctrlKey: true }), 'duplicate'],
    ['Ctrl+A', key('a', { ctrlKey: true }), 'select-all'],
    ['Ctrl+O', key('o', { ctrlKey: true }), 'open-file'],
    ['Ctrl+S', key('s', { ctrlKey: true }), 'export-json'],
  ])('%s runs %s, and no other command claims the key', (_, event, id) => {
    expect(commandForKey(event)?.id).toBe(id);
    expect(COMMANDS.filter((c) => c.keys?.(event))).toHaveLength(1);
  });

  it('leaves keys it does not know alone', () => {
    expect(commandForKey(key('q'))).toBeUndefined();
    expect(commandForKey(key('p', { ctrlKey: true }))).toBeUndefined();
  });

  it('undo and redo follow the history', () => {
    const store = storeWith(sample());
    expect(getCommand('undo').enabled(store.getState(), noHistory)).toBe(false);
    expect(runCommand('undo', store)).toBe(false);
    store.getState().addNode('risk');
    expect(runCommand('undo', store)).toBe(true);
    expect(store.getState().map.nodes).toHaveLength(2);
    expect(runCommand('redo', store)).toBe(true);
    expect(store.getState().map.nodes).toHaveLength(3);
  });

  it('delete and duplicate need a selection', () => {
    const store = storeWith(sample());
    expect(getCommand('delete').enabled(store.getState(), noHistory)).toBe(false);
    expect(getCommand('duplicate').enabled(store.getState(), noHistory)).toBe(false);
    store.getState().select({ nodes: ['soc2'] });
    expect(runCommand('duplicate', store)).toBe(true);
    expect(store.getState().map.nodes).toHaveLength(3);
    expect(runCommand('delete', store)).toBe(true);
    expect(store.getState().map.nodes).toHaveLength(2);
  });

  it('add commands put each new node in a free place of its kind’s column and bring it into view, or where the input says', () => {
    const store = storeWith(sample());
    store.host.canvas.register({ viewportCenter: () => ({ x: 400, y: 250 }) });
    runCommand('add-proof', store);
    runCommand('add-proof', store);
    const [first, second] = store.getState().map.nodes.slice(-2);
    expect(first).toMatchObject({ kind: 'proof', position: { x: COLUMN_X.proof } });
    expect(second).toMatchObject({ kind: 'proof', position: { x: COLUMN_X.proof } });
    // Never stacked on the one before: the second goes below the first.
    expect(second!.position.y).toBeGreaterThan(first!.position.y);
    expect(store.getState().centerRequest?.id).toBe(second!.id);
    runCommand('add-risk', store, { position: { x: -10, y: 20 } });
    expect(store.getState().map.nodes.at(-1)).toMatchObject({ kind: 'risk', position: { x: -10, y: 20 } });
    runCommand('add-plan-item', store);
    expect(store.getState().map.plan).toHaveLength(1);
    expect(store.getState().centerRequest?.id).toBe(store.getState().map.plan[0]!.id);
  });

  it('add commands are disabled while the saved map loads', () => {
    const store = storeWith(sample());
    store.getState().setLoading(true);
    expect(runCommand('add-approver', store)).toBe(false);
  });

  it('canvas commands are enabled only while the canvas has registered its handlers', () => {
    const store = storeWith(sample());
    const fitView = vi.fn();
    const layout = vi.fn();
    expect(runCommand('fit-view', store)).toBe(false);
    const unregister = store.host.canvas.register({ fitView, layout });
    expect(runCommand('fit-view', store)).toBe(true);
    expect(runCommand('auto-layout', store)).toBe(true);
    expect(
      getCommand('export-png').enabled(store.getState(), { ...noHistory, canvas: store.host.canvas.get() }),
    ).toBe(false);
    expect([fitView.mock.calls.length, layout.mock.calls.length]).toEqual([1, 1]);
    unregister();
    expect(runCommand('fit-view', store)).toBe(false);
    expect(storeWith(sample()).host.canvas.get()).toEqual({});
  });

  it('select all selects everything', () => {
    const store = storeWith(sample());
    runCommand('select-all', store);
    expect(store.getState().selection.nodes).toEqual(['cfo', 'soc2']);
  });

  it('paste map opens pasted text through the one open function', async () => {
    const store = storeWith(sample());
    const other = makeMap({ id: 'pasted', title: 'Pasted market' });
    await getCommand('paste-map').run(store, { text: serializeMapFile(other, '2026-11-24T10:00:00.000Z') });
    expect(store.getState().map).toEqual(other);
    await getCommand('paste-map').run(store, { text: 'not a map' });
    expect(store.getState().fileError?.kind).toBe('not-json');
    expect(store.getState().map).toEqual(other);
  });

  it('export JSON hands the map’s FORMAT.md file to the page’s download', () => {
    const download = vi.fn();
    const store = createWorkbenchStore({ map: sample(), host: { download } });
    expect(runCommand('export-json', store)).toBe(true);
    expect(download).toHaveBeenCalledTimes(1);
    const [file] = download.mock.calls[0] ?? [];
    expect(file.fileName).toBe('mid-market-finance-teams-2026-q3.obvious.json');
    expect(JSON.parse(file.text)).toMatchObject({
      format: 'obvious.decision-map',
      version: 2,
      map: sample(),
    });
  });

  it('paste map reads the clipboard through the page, and says so when the page may not', async () => {
    const text = serializeMapFile(
      makeMap({ id: 'pasted', title: 'Pasted market' }),
      '2026-11-24T10:00:00.000Z',
    );
    const store = createWorkbenchStore({ map: sample(), host: { readClipboard: async () => text } });
    await getCommand('paste-map').run(store);
    expect(store.getState().map.id).toBe('pasted');
    const refused = storeWith(sample());
    await getCommand('paste-map').run(refused);
    expect(refused.getState().notice?.text).toMatch(/did not allow reading the clipboard/);
  });
});
