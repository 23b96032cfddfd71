import type { Page } from '@playwright/test';
import { COPY_PREFIX, SAVE_FAILED_TEXT } from '../../src/state/persistence/storage';
import { expect, openWorkbench, test, waitForWorkbench } from './helpers/page';
import { canvasNode, exportJson, notice, saveStatus } from './helpers/workbench';

/* Autosave in IndexedDB: read back for real, and what the user sees when the browser will not store. */

/**
 * Every saved map copy in the page's IndexedDB (keys starting with COPY_PREFIX), whatever databases
 * and stores the app made: read with the plain IndexedDB API, not through the app.
 */
function savedCopies(page: Page): Promise<string[]> {
  return page.evaluate(async (prefix) => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const copies: string[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await request(indexedDB.open(name));
      for (const storeName of [...db.objectStoreNames]) {
        const store = db.transaction(storeName, 'readonly').objectStore(storeName);
        const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
        keys.forEach((key, i) => {
          const value: unknown = values[i];
          if (typeof key === 'string' && key.startsWith(prefix) && typeof value === 'string')
            copies.push(value);
        });
      }
      db.close();
    }
    return copies;
  }, COPY_PREFIX);
}

test('autosave: the saved copy in IndexedDB is the map, and a reload brings it back', async ({ page }) => {
  await openWorkbench(page);
  await page.keyboard.press('p');
  await expect(canvasNode(page, 'proof', 'New proof')).toHaveCount(1);
  const exported = await exportJson(page);
  // The saved copy is the same FORMAT.md text Export JSON writes (the page's clock is fixed). The save
  // can finish before a status check would see "Saving…": wait for the copy itself.
  await expect.poll(async () => (await savedCopies(page)).includes(exported), { timeout: 10_000 }).toBe(true);
  await expect(page.getByText('Saved in this browser')).toBeVisible();

  await page.reload();
  await waitForWorkbench(page);
  await expect(canvasNode(page, 'proof', 'New proof')).toHaveCount(1);
  expect(await exportJson(page)).toBe(exported);
});

test('when the browser refuses to store (quota), the user is told to export, and the map stays', async ({
  page,
}) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = function refuse() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.add = IDBObjectStore.prototype.put;
  });
  await openWorkbench(page);
  await page.keyboard.press('r');
  await expect(canvasNode(page, 'risk', 'New risk')).toHaveCount(1);

  await expect(notice(page)).toContainText(SAVE_FAILED_TEXT);
  await expect(saveStatus(page)).toHaveText('Not saved: export a file');
  // The map in memory is kept, edits go on, and Export JSON still has all of it.
  await page.keyboard.press('f');
  await expect(canvasNode(page, 'friction', 'New friction')).toHaveCount(1);
  const exported = JSON.parse(await exportJson(page)) as { map: { nodes: { label: string }[] } };
  expect(exported.map.nodes.map((n) => n.label)).toEqual(
    expect.arrayContaining(['New risk', 'New friction']),
  );
  expect(await savedCopies(page)).toEqual([]);
});

test('when IndexedDB cannot be opened at all, the sample still opens and the user is told to export', async ({
  page,
}) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function refuse(): IDBOpenDBRequest {
      throw new DOMException('The user denied permission to access the database.', 'UnknownError');
    };
  });
  await openWorkbench(page);
  await expect(notice(page)).toContainText(/export a file/);
  await page.keyboard.press('a');
  await expect(canvasNode(page, 'approver', 'New approver')).toHaveCount(1);
  const exported = JSON.parse(await exportJson(page)) as { map: { nodes: { label: string }[] } };
  expect(exported.map.nodes.map((n) => n.label)).toContain('New approver');
});
