import { expect, openWorkbench, test } from './helpers/page';
import { ENCODINGS, HOSTILE_FILES } from './helpers/hostileFiles';
import { jsonFile, mapFileText, workshopMap } from './helpers/mapFiles';
import {
  closeRefusedFileDialog,
  dropOnCanvas,
  exportJson,
  openThroughFileInput,
  pasteOnWorkbench,
  refusedFileDialog,
} from './helpers/workbench';

/* Issue "Nothing lost, nothing let in": every door refuses a bad file clearly and keeps the open map. */

const REFUSED_WITHIN_MS = 1000;
const title = (page: import('@playwright/test').Page) => page.getByRole('heading', { level: 1 });

test('every hostile file through the file input: a clear message within a second, the map untouched', async ({
  page,
  guard,
}) => {
  await openWorkbench(page);
  const before = await exportJson(page);
  const slowest = { name: '', ms: 0 };

  for (const hostile of HOSTILE_FILES) {
    await test.step(hostile.name, async () => {
      const file = jsonFile(hostile.bytes(), 'hostile.obvious.json');
      await openThroughFileInput(page, file);
      const chosen = Date.now();
      const dialog = refusedFileDialog(page);
      await expect(dialog).toBeVisible({ timeout: REFUSED_WITHIN_MS });
      const ms = Date.now() - chosen;
      if (ms > slowest.ms) Object.assign(slowest, { name: hostile.name, ms });
      expect(ms, 'the message came within a second').toBeLessThan(REFUSED_WITHIN_MS);
      await expect(dialog).toContainText(hostile.says);
      await expect(dialog).toContainText('The map you had open is unchanged.');
      await closeRefusedFileDialog(page);
      expect(await exportJson(page), 'the open map is byte for byte the same').toBe(before);
      expect(guard.troubles).toEqual([]);
    });
  }
  test.info().annotations.push({ type: 'slowest refusal', description: `${slowest.name}: ${slowest.ms} ms` });

  for (const [i, encoding] of ENCODINGS.entries()) {
    await test.step(`a valid file in ${encoding.name} opens`, async () => {
      const map = workshopMap({ id: `encoded-${i}`, title: `Opened from ${encoding.name}` });
      await openThroughFileInput(page, jsonFile(encoding.encode(mapFileText(map))));
      await expect(title(page)).toHaveText(map.title);
      expect(await exportJson(page)).toBe(mapFileText(map));
    });
  }
});

test('a dropped file and pasted JSON go through the same door', async ({ page, guard }) => {
  await openWorkbench(page);
  const severity = HOSTILE_FILES.find((f) => f.name === 'severity 7');
  const newer = HOSTILE_FILES.find((f) => f.name === '`version` 999');
  if (!severity || !newer) throw new Error('missing hostile cases');
  let before = await exportJson(page);

  await test.step('a hostile file dropped on the canvas is refused', async () => {
    await dropOnCanvas(page, jsonFile(severity.bytes()));
    await expect(refusedFileDialog(page)).toContainText(severity.says);
    await closeRefusedFileDialog(page);
    expect(await exportJson(page)).toBe(before);
  });

  await test.step('a valid file dropped on the canvas opens', async () => {
    const dropped = workshopMap({ id: 'dropped', title: 'Dropped on the canvas' });
    await dropOnCanvas(page, jsonFile(mapFileText(dropped)));
    await expect(title(page)).toHaveText(dropped.title);
    before = await exportJson(page);
    expect(before).toBe(mapFileText(dropped));
  });

  await test.step('hostile JSON pasted on the workbench is refused', async () => {
    await pasteOnWorkbench(page, newer.bytes().toString('utf8'));
    await expect(refusedFileDialog(page)).toContainText(newer.says);
    await closeRefusedFileDialog(page);
    await pasteOnWorkbench(page, '<img src=x onerror=window.__pwned=1>');
    await expect(refusedFileDialog(page)).toContainText('not readable JSON');
    await closeRefusedFileDialog(page);
    expect(await exportJson(page)).toBe(before);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });

  await test.step('valid JSON pasted on the workbench opens', async () => {
    const pasted = workshopMap({ id: 'pasted', title: 'Pasted in the workshop' });
    await pasteOnWorkbench(page, mapFileText(pasted));
    await expect(title(page)).toHaveText(pasted.title);
    expect(await exportJson(page)).toBe(mapFileText(pasted));
  });
  expect(guard.troubles).toEqual([]);
});
