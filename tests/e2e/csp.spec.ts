import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { expect, openWorkbench, test } from './helpers/page';
import { HOSTILE_FILES } from './helpers/hostileFiles';
import { jsonFile, mapFileText } from './helpers/mapFiles';
import {
  closeRefusedFileDialog,
  download,
  exportJson,
  nodesOfKind,
  openThroughFileInput,
  refusedFileDialog,
  toolbarButton,
  waitForAutosave,
} from './helpers/workbench';

/* The built app under its Content-Security-Policy (script-src 'self'), as `vite preview` serves it. */

test('the page is served with its Content-Security-Policy, in the header and in the page', async ({
  page,
}) => {
  const response = await page.goto('/');
  const header = response?.headers()['content-security-policy'] ?? '';
  // The built index.html carries the policy too, for hosts that send no header.
  const meta =
    (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  for (const policy of [header, meta]) {
    const directives = policy.split(';').map((d) => d.trim());
    expect(directives).toEqual(
      expect.arrayContaining(["script-src 'self'", "object-src 'none'", "base-uri 'none'"]),
    );
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  }
});

test('the policy is enforced, and this suite sees a violation when one happens', async ({ page, guard }) => {
  await openWorkbench(page);
  const ran = await page.evaluate(async () => {
    const inline = document.createElement('script');
    inline.textContent = 'window.__inlineRan = true';
    document.body.append(inline);
    const handler = document.createElement('div');
    handler.setAttribute('onclick', 'window.__handlerRan = true');
    document.body.append(handler);
    handler.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const w = window as { __inlineRan?: boolean; __handlerRan?: boolean };
    return { inline: w.__inlineRan ?? false, handler: w.__handlerRan ?? false };
  });
  expect(ran).toEqual({ inline: false, handler: false });
  // Each is reported once per policy (header and meta tag): the page recorded both kinds.
  await expect
    .poll(async () => [...new Set(await guard.violationsRecordedIn(page))].sort())
    .toEqual(['script-src-attr blocked inline', 'script-src-elem blocked inline']);
  // They reached the suite's watch too; taken here because this test caused them on purpose.
  await expect
    .poll(() => guard.troubles.filter((t) => t.kind === 'csp violation').length)
    .toBeGreaterThanOrEqual(2);
  guard.take(/script-src/);
  await page.evaluate(() => (window.__cspViolations = []));
});

test('load, edit, lay out, export and open files: no violation at all', async ({ page, guard }) => {
  await openWorkbench(page);
  await page.keyboard.press('a');
  await expect(nodesOfKind(page, 'approver').filter({ hasText: 'New approver' })).toHaveCount(1);
  await page
    .getByRole('tabpanel')
    .getByRole('radiogroup', { name: 'Stance' })
    .getByRole('radio', { name: 'champion' })
    .check();
  await toolbarButton(page, 'Auto-layout').click();
  await waitForAutosave(page);

  const png = await download(page, 'Export PNG');
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  const svg = await download(page, 'Export SVG');
  expect(svg.bytes.toString('utf8')).toContain('New approver');

  const refused = HOSTILE_FILES.find((f) => f.name === 'an unknown stance');
  if (!refused) throw new Error('missing hostile case');
  await openThroughFileInput(page, jsonFile(refused.bytes()));
  await expect(refusedFileDialog(page)).toBeVisible();
  await closeRefusedFileDialog(page);
  await openThroughFileInput(page, jsonFile(mapFileText()));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enterprise security buyers');

  expect(await guard.violationsRecordedIn(page)).toEqual([]);
  expect(guard.troubles).toEqual([]);
});

test('the JSON Schemas are served, as shipped, and accept what the app exports', async ({ page }) => {
  await openWorkbench(page);
  const schemas: Record<string, object> = {};
  for (const name of [
    'decision-map.v1.json',
    'workspace.v1.json',
    'decision-map.v2.json',
    'workspace.v2.json',
  ]) {
    const response = await page.request.get(`/schema/${name}`);
    expect(response.status(), name).toBe(200);
    expect(response.headers()['content-type']).toMatch(/json/);
    const served = await response.text();
    expect(served).toBe(readFileSync(`public/schema/${name}`, 'utf8'));
    schemas[name] = JSON.parse(served) as object;
  }
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.compile(schemas['decision-map.v1.json'] ?? {});
  ajv.compile(schemas['workspace.v1.json'] ?? {});
  // The app writes version 2: its export must pass the version 2 schema.
  const validateMap = ajv.compile(schemas['decision-map.v2.json'] ?? {});
  ajv.compile(schemas['workspace.v2.json'] ?? {});
  await page.keyboard.press('p');
  const exported: unknown = JSON.parse(await exportJson(page));
  expect(validateMap(exported), JSON.stringify(validateMap.errors)).toBe(true);
});
