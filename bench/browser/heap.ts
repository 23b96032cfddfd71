import type { CDPSession, Page } from '@playwright/test';
import { openPage, timeOpen, type BenchFile, type PageSetup } from './pages';

/** The JS heap at one moment, after garbage collection. */
export interface HeapReading {
  /** What Chromium reports as used JS heap (Runtime.getHeapUsage): data and V8's compiled code. */
  used: number;
  /** From a heap snapshot: JS objects, arrays, strings, closures… (V8's compiled code and Blink's C++ objects left out). */
  data: number;
  /** From the same snapshot: bytecode, optimised machine code and their metadata. */
  code: number;
}

export interface HeapResult {
  start: HeapReading;
  /** After the first open and close: the code those paths need is compiled, React's buffers have grown. */
  afterFirst: HeapReading;
  /** Used JS heap after each close. */
  usedAfterEach: number[];
  end: HeapReading;
}

async function collectGarbage(cdp: CDPSession): Promise<void> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
}

async function usedHeap(cdp: CDPSession): Promise<number> {
  await collectGarbage(cdp);
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

/** Used heap and, from a heap snapshot, how much of it is data and how much compiled code. */
async function readHeap(cdp: CDPSession): Promise<HeapReading> {
  const used = await usedHeap(cdp);
  let text = '';
  const onChunk = (event: { chunk: string }) => {
    text += event.chunk;
  };
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const { snapshot, nodes } = JSON.parse(text) as Snapshot;
  const fields = snapshot.meta.node_fields;
  const typeNames = snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  let data = 0;
  let code = 0;
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = typeNames[nodes[i + typeAt] ?? -1];
    const size = nodes[i + sizeAt] ?? 0;
    if (type === 'code') code += size;
    else if (type !== 'native' && type !== 'synthetic') data += size;
  }
  return { used, data, code };
}

/**
 * Closes the open (generated) map the way a user does: Library → Delete (the library opens the map
 * that was there before, the sample) → Trash → Delete for good → Confirm. The library is then as it
 * was before the map was opened.
 */
export async function closeOpenMap(page: Page, title: string): Promise<void> {
  const drawer = page.getByRole('dialog', { name: 'Library' });
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  const row = drawer.locator('.library-entry', { hasText: title });
  await row.getByRole('button', { name: /^Delete / }).click();
  await page.waitForFunction(() => window.obviousBench.drawnNodes() < 100);
  await drawer.locator('.library-trash summary').click();
  const trashed = drawer.locator('.library-trash .library-entry', { hasText: title });
  await trashed.getByRole('button', { name: /^Delete for good/ }).click();
  await trashed.getByRole('button', { name: /^Confirm: delete for good/ }).click();
  await trashed.waitFor({ state: 'detached' });
  await drawer.getByRole('button', { name: 'Close the library' }).click();
  await drawer.waitFor({ state: 'detached' });
}

/**
 * Opens (through the file input) and closes `cycles` maps made by `fileFor(i)` in one workbench page;
 * reads the JS heap before the first and after the last, each after garbage collection.
 */
export async function heapAfterOpenClose(
  setup: PageSetup,
  fileFor: (cycle: number) => BenchFile & { title: string },
  cycles: number,
): Promise<HeapResult> {
  const { context, page } = await openPage(setup, 'workbench');
  try {
    const cdp = await context.newCDPSession(page);
    await page.getByText('Saved in this browser').waitFor();
    const start = await readHeap(cdp);
    const usedAfterEach: number[] = [];
    let afterFirst = start;
    for (let cycle = 0; cycle < cycles; cycle++) {
      const file = fileFor(cycle);
      await timeOpen(page, file);
      await closeOpenMap(page, file.title);
      await page.getByText('Saved in this browser').waitFor();
      if (cycle === 0) {
        afterFirst = await readHeap(cdp);
        usedAfterEach.push(afterFirst.used);
      } else usedAfterEach.push(await usedHeap(cdp));
    }
    return { start, afterFirst, usedAfterEach, end: await readHeap(cdp) };
  } finally {
    await context.close();
  }
}
