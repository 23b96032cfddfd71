import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseMapFile } from '../../../src/domain/format/parseMapFile';
import { browserTabChannel, CHANNEL_NAME, type TabMessage } from '../../../src/state/persistence/tabChannel';
import { makeApprover, makeMap } from '../../builders';
import { closeTabs, DELAY, libraryWith, memoryStorage, openTab, tabHub } from './helpers';

const map = makeMap({
  id: 'finance-q3',
  title: 'Finance teams',
  period: '2026-Q3',
  nodes: [makeApprover({ id: 'cfo', label: 'CFO', stance: 'skeptical' })],
});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  closeTabs();
  vi.useRealTimers();
});

/** Two tabs of one browser on the same library, with the same map open. */
async function twoTabs(withChannel = true) {
  const hub = tabHub();
  const { memory } = await libraryWith([map]);
  closeTabs();
  const a = openTab(memory.storage, withChannel ? { channel: hub.channel() } : {});
  const b = openTab(memory.storage, withChannel ? { channel: hub.channel() } : {});
  await a.ready;
  await b.ready;
  return { memory, a, b, hub };
}

const savedText = (memory: ReturnType<typeof memoryStorage>) => {
  const entry = memory.entry('finance-q3');
  const parsed = parseMapFile(String(entry ? memory.data.get(entry.key) : ''));
  if (!parsed.ok) throw new Error('not saved');
  return parsed.value;
};

const stanceOf = (m: ReturnType<typeof savedText>) =>
  m.nodes[0]?.kind === 'approver' ? m.nodes[0].stance : null;

describe('two tabs on the same map', () => {
  it('a tab with nothing unsaved follows the other tab’s save', async () => {
    const { a, b, hub } = await twoTabs();
    a.store.getState().updateNode('cfo', { stance: 'supportive' });
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(hub.sent).toContainEqual(expect.objectContaining({ type: 'saved', id: 'finance-q3' }));
    await b.library.saveNow();
    expect(b.store.getState().map).toEqual(a.store.getState().map);
    expect(b.store.getState().notice?.text).toMatch(/changed in another tab: showing the latest version/);
    expect(b.store.getState().library.conflict).toBeNull();
  });

  it('a tab with unsaved changes is asked, and overwrites nothing while it waits', async () => {
    const { memory, a, b } = await twoTabs();
    b.store.getState().updateNode('cfo', { label: 'Chief financial officer' });
    a.store.getState().updateNode('cfo', { stance: 'supportive' });
    await a.library.saveNow();
    await b.library.saveNow();
    expect(b.store.getState().library.conflict).toEqual({ id: 'finance-q3', title: 'Finance teams' });
    await vi.advanceTimersByTimeAsync(DELAY * 10);
    expect(stanceOf(savedText(memory))).toBe('supportive');
    expect(savedText(memory).nodes[0]?.label).toBe('CFO');
    // Its own change is still on screen, not lost either.
    expect(b.store.getState().map.nodes[0]?.label).toBe('Chief financial officer');
  });

  it('without a channel between tabs, the save itself sees the other tab’s save and asks', async () => {
    const { memory, a, b } = await twoTabs(false);
    a.store.getState().updateNode('cfo', { stance: 'supportive' });
    await a.library.saveNow();
    b.store.getState().updateNode('cfo', { stance: 'opposed' });
    await b.library.saveNow();
    expect(b.store.getState().library.conflict).not.toBeNull();
    expect(stanceOf(savedText(memory))).toBe('supportive');
    expect(memory.copies()).toHaveLength(1);
  });

  it.each([
    ['theirs', 'supportive', 'supportive', 1],
    ['overwrite', 'opposed', 'opposed', 1],
    ['keep-mine-as-copy', 'supportive', 'opposed', 2],
  ] as const)('choosing “%s” settles it: saved %s, this tab shows %s', async (choice, saved, shown, maps) => {
    const { memory, a, b } = await twoTabs();
    b.store.getState().updateNode('cfo', { stance: 'opposed' });
    a.store.getState().updateNode('cfo', { stance: 'supportive' });
    await a.library.saveNow();
    await b.library.saveNow();
    await b.library.resolveConflict(choice);
    expect(b.store.getState().library.conflict).toBeNull();
    expect(stanceOf(savedText(memory))).toBe(saved);
    expect(stanceOf(b.store.getState().map)).toBe(shown);
    expect(memory.index().maps).toHaveLength(maps);
    if (choice === 'keep-mine-as-copy') {
      expect(b.store.getState().map.title).toBe('Finance teams (this tab’s version)');
      expect(memory.entry(b.store.getState().map.id)).toBeDefined();
    }
  });

  it('a map added in one tab appears in the other tab’s list', async () => {
    const { a, b } = await twoTabs();
    const id = await a.library.newMap('blank');
    await b.library.saveNow();
    expect(b.store.getState().library.entries.map((e) => e.id)).toContain(id);
    expect(b.store.getState().map.id).toBe('finance-q3');
  });
});

describe('the browser’s channel', () => {
  it('is silent where BroadcastChannel does not exist', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const channel = browserTabChannel();
    const heard = vi.fn();
    channel.listen(heard);
    expect(() => channel.post({ type: 'library' })).not.toThrow();
    channel.close();
    vi.unstubAllGlobals();
    expect(heard).not.toHaveBeenCalled();
  });

  it('carries the library’s messages between tabs and ignores anything else', async () => {
    vi.useRealTimers();
    const one = browserTabChannel();
    const two = browserTabChannel();
    const heard: TabMessage[] = [];
    two.listen((message) => heard.push(message));
    const stranger = new BroadcastChannel(CHANNEL_NAME);
    stranger.postMessage({ type: 'saved', id: 42 });
    stranger.postMessage('hello');
    one.post({ type: 'saved', id: 'finance-q3', key: 'obvious:map:finance-q3:abc' });
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    expect(heard[0]).toEqual({ type: 'saved', id: 'finance-q3', key: 'obvious:map:finance-q3:abc' });
    stranger.close();
    one.close();
    two.close();
  });
});
