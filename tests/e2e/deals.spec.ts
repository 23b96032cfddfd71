import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { makePlanItem, makeProof } from '../builders';
import { expect, openWorkbench, test } from './helpers/page';
import { jsonFile, mapFileText, workshopMap } from './helpers/mapFiles';
import {
  canvasNode,
  exportJson,
  notice,
  openThroughFileInput,
  scoreValue,
  toolbarButton,
} from './helpers/workbench';

/*
 * Issue 15, the CSV door, end to end: each hostile CRM export goes through the Deals tab's real
 * <input type=file> in Chromium, gets a clear message, and the map stays as it was (its export byte
 * for byte, its score, its deal count, nothing to undo) until the user presses Import.
 */

/** The workshop map with two proofs sharing a label and a plan item whose title starts like a formula. */
const dealsMap = () =>
  workshopMap({
    id: 'deals-door',
    title: 'Deals through the CSV door',
    nodes: [
      ...workshopMap().nodes,
      makeProof({ id: 'ref-a', label: 'References', position: { x: 600, y: 300 } }),
      makeProof({ id: 'ref-b', label: 'references', position: { x: 600, y: 450 } }),
    ],
    plan: [makePlanItem({ id: 'plan-soc2', title: '=Publish the SOC 2 report', addresses: ['soc2'] })],
  });

const MB = 1024 * 1024;
const utf8 = (text: string) => Buffer.from(text, 'utf8');
const csvFile = (buffer: Buffer, name = 'deals.csv') => ({ name, mimeType: 'text/csv', buffer });
const HEADER = 'Opportunity Name,Stage,Close Date,Amount,Why it stalled\r\n';

const fileInput = (page: Page) => page.getByLabel('Deals CSV file');
const mappingForm = (page: Page) => page.getByRole('form', { name: 'Which column holds what' });
const importNotes = (page: Page) => page.getByRole('list', { name: 'Left out or kept with care' });
const dealCount = (page: Page) => page.getByRole('tabpanel').locator('.deals-panel__count');

async function openDealsTab(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: /^Deals/ }).click();
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('heading', { name: 'Deal record' })).toBeVisible();
  return panel;
}

/** What must not move until Import: the file the map exports, the score, the deal count, undo. */
async function mapState(page: Page) {
  return {
    file: await exportJson(page),
    score: await scoreValue(page).textContent(),
    deals: await dealCount(page).textContent(),
    undo: await toolbarButton(page, 'Undo').isDisabled(),
  };
}

async function downloaded(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: (await readFile(await file.path())).toString('utf8') };
}

interface RefusedCsv {
  name: string;
  bytes: () => Buffer;
  says: RegExp;
}

/** Files the import refuses outright: a message, "Nothing was imported.", the file picker again. */
const REFUSED: readonly RefusedCsv[] = [
  {
    name: 'Windows-1252 text (not UTF-8)',
    bytes: () => Buffer.concat([utf8(`${HEADER}M`), Buffer.from([0xfc]), utf8('ller AG,lost,,,CFO\r\n')]),
    says: /not UTF-8 text[\s\S]*Export it from the CRM as "CSV UTF-8"/,
  },
  {
    name: 'UTF-16 text from a spreadsheet',
    bytes: () =>
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}Acme,lost,,,CFO\r\n`, 'utf16le')]),
    says: /not UTF-8 text/,
  },
  { name: 'an empty file', bytes: () => utf8(''), says: /This file is empty: no header row, no deals/ },
  {
    name: '200,000 rows',
    bytes: () =>
      utf8(
        HEADER + Array.from({ length: 200_000 }, (_, i) => `Deal ${i},lost,2026-08-20,100,CFO\r\n`).join(''),
      ),
    says: /more than 100,000 rows; an import reads at most 100,000 \(a map holds the newest 10,000 deals\)/,
  },
  {
    name: 'a 30 MB file',
    bytes: () => Buffer.concat([utf8(HEADER), Buffer.alloc(30 * MB, 0x61)]),
    says: /This file is 30\.0 MB; a deal export may be at most 20 MB/,
  },
];

test('every refused CSV through the real file input: a clear message, and the map unchanged', async ({
  page,
}) => {
  // Five files, two of them large (the 200,000-row one is parsed to its 100,001st row before the refusal).
  test.setTimeout(180_000);
  await openWorkbench(page);
  await openThroughFileInput(page, jsonFile(mapFileText(dealsMap())));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dealsMap().title);
  await openDealsTab(page);
  const before = await mapState(page);
  expect(before.deals).toBe(
    'No deals recorded. Import a CRM export to check the map against what deals did.',
  );

  for (const refused of REFUSED) {
    await test.step(refused.name, async () => {
      await fileInput(page).setInputFiles(csvFile(refused.bytes()));
      const alert = page.getByRole('tabpanel').getByRole('alert');
      await expect(alert).toContainText(refused.says, { timeout: 15_000 });
      await expect(alert).toContainText('Nothing was imported.');
      await expect(mappingForm(page)).toHaveCount(0);
      expect(await mapState(page)).toEqual(before);
    });
  }
});

test('at 1280x800, Import and Cancel stay in view however many notes the mapping step shows', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openWorkbench(page);
  await openThroughFileInput(page, jsonFile(mapFileText(dealsMap())));
  await openDealsTab(page);
  // Every row stalled at a node the map does not have, with an unknown outcome or a bad date: 60 notes.
  const rows = Array.from({ length: 60 }, (_, i) =>
    i % 2 === 0 ? `Deal ${i},lost,${i}/08/2026,1000,Nobody ${i}` : `Deal ${i},maybe ${i},2026-08-20,1000,`,
  );
  await fileInput(page).setInputFiles(csvFile(utf8(HEADER + rows.join('\r\n')), 'many-notes.csv'));
  const form = mappingForm(page);
  await form.getByRole('combobox', { name: 'Stalled at' }).selectOption({ label: 'Why it stalled' });
  await expect(importNotes(page)).toContainText('“Nobody 0” names no node on this map');
  await expect(importNotes(page).getByRole('listitem')).toHaveCount(31);
  const importButton = form.getByRole('button', { name: 'Import 30 deals' });
  await expect(importButton).toBeInViewport({ ratio: 1 });
  await expect(form.getByRole('button', { name: 'Cancel' })).toBeInViewport({ ratio: 1 });
  // Halfway down the panel they are still there.
  await form.getByRole('combobox', { name: 'Stalled at' }).scrollIntoViewIfNeeded();
  await expect(importButton).toBeInViewport({ ratio: 1 });
  await importButton.click();
  await expect(notice(page)).toContainText('Imported 30 deals.');
});

test('hostile values are shown and left out; nothing changes until Import, then cards show the stalls and the exports are safe', async ({
  page,
}) => {
  await openWorkbench(page);
  await openThroughFileInput(page, jsonFile(mapFileText(dealsMap())));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dealsMap().title);
  await openDealsTab(page);
  const before = await mapState(page);

  // A byte order mark, a quoted cell across lines, a formula-looking name, an unknown outcome, a
  // date in the wrong format, a label two nodes share and one that names no node.
  const csv = [
    '\uFEFFOpportunity Name,Stage,Close Date,Amount,Why it stalled',
    '"Acme, Inc.",Closed Lost,2026-08-20,1000,"CFO;',
    'soc2"',
    'Globex,maybe,2026-08-21,2000,CFO',
    'Initech,lost,20/08/2026,3000,The board',
    'Umbrella,No decision,2026-09-01,4000,References',
    '"=HYPERLINK(""http://evil.example"",""click"")",lost,2026-09-02,5000,cfo',
    'Hooli,won,2026-09-03,6000,',
  ].join('\r\n');
  await fileInput(page).setInputFiles(csvFile(utf8(csv), 'crm-export.csv'));

  const form = mappingForm(page);
  await expect(form).toContainText('crm-export.csv: 6 rows. Which column holds what?');
  // The byte order mark is not part of the first header: the name column is found by its header.
  await expect(form.getByRole('combobox', { name: 'Deal name' })).toHaveValue('0');
  await expect(form.getByRole('combobox', { name: 'Outcome' })).toHaveValue('1');
  await expect(form.getByRole('combobox', { name: 'Close date' })).toHaveValue('2');
  // "Why it stalled" is no header a CRM commonly uses: the user says which column it is.
  const stalledAt = form.getByRole('combobox', { name: 'Stalled at' });
  await expect(stalledAt).toHaveValue('');
  await expect(form.getByRole('status')).toHaveText('5 deals will replace the 0 recorded now.');
  await stalledAt.selectOption({ label: 'Why it stalled' });

  const notes = importNotes(page);
  await expect(notes).toContainText(
    'Outcome “maybe” is not won, lost, no decision or open: the deal is left out (row 2)',
  );
  await expect(notes).toContainText(
    'Date “20/08/2026” is not YYYY-MM-DD: the deal is kept without a close date (row 3)',
  );
  await expect(notes).toContainText('“The board” names no node on this map');
  await expect(notes).toContainText(
    '“References” is the label of 2 nodes (ref-a, ref-b): left out, use a node id instead',
  );
  await expect(notes).toContainText(
    'starts like a spreadsheet formula: kept as plain text, and escaped when exported',
  );
  expect(await mapState(page), 'nothing changed before Import').toEqual(before);

  await test.step('Cancel leaves the map as it was', async () => {
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect(form).toHaveCount(0);
    expect(await mapState(page)).toEqual(before);
    await fileInput(page).setInputFiles(csvFile(utf8(csv), 'crm-export.csv'));
    await mappingForm(page)
      .getByRole('combobox', { name: 'Stalled at' })
      .selectOption({ label: 'Why it stalled' });
  });

  await mappingForm(page).getByRole('button', { name: 'Import 5 deals' }).click();
  await expect(notice(page)).toContainText('Imported 5 deals.');
  await expect(dealCount(page)).toHaveText('5 deals: 1 won, 3 lost, 1 no decision, 0 open.');
  await expect(toolbarButton(page, 'Undo')).toBeEnabled();
  // Acme stalled at the CFO and the SOC 2 report (one quoted cell across two lines); the formula-named deal at the CFO.
  await expect(canvasNode(page, 'approver', 'CFO')).toContainText('Stalled: 2 lost');
  await expect(canvasNode(page, 'proof', 'SOC 2 Type II report')).toContainText('Stalled: 1 lost');
  await expect(canvasNode(page, 'proof', 'References')).not.toContainText('Stalled');
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('region', { name: 'Where deals stalled' })).toContainText('CFO: 2 lost');

  await test.step('the deal record and plan coverage download with formula cells escaped', async () => {
    const record = await downloaded(page, panel.getByRole('button', { name: 'Deal record' }));
    expect(record.name).toMatch(/-deals\.csv$/);
    expect(record.text.split('\r\n')).toEqual([
      'Deal name,Outcome,Close date,Stalled at (ids),Stalled at (labels)',
      '"Acme, Inc.",lost,2026-08-20,cfo; soc2,CFO; SOC 2 Type II report',
      'Initech,lost,,,',
      'Umbrella,no-decision,2026-09-01,,',
      `"'=HYPERLINK(""http://evil.example"",""click"")",lost,2026-09-02,cfo,CFO`,
      'Hooli,won,2026-09-03,,',
      '',
    ]);
    const coverage = await downloaded(page, panel.getByRole('button', { name: 'Plan coverage' }));
    expect(coverage.name).toMatch(/-plan-coverage\.csv$/);
    const rows = coverage.text.split('\r\n');
    expect(rows[0]).toBe('Plan item,Category,Verdict,Lift (points),Node id,Node kind,Node label');
    expect(rows[1]).toMatch(
      /^'=Publish the SOC 2 report,feature,[^,]+,[\d.-]+,soc2,proof,SOC 2 Type II report$/,
    );
  });

  await test.step('the import is one undo step', async () => {
    await toolbarButton(page, 'Undo').click();
    await expect(dealCount(page)).toHaveText(before.deals ?? '');
    await expect(canvasNode(page, 'approver', 'CFO')).not.toContainText('Stalled');
    expect(await exportJson(page)).toBe(before.file);
  });
});

test('a 50,000-row export: the mapping step says which 10,000 are kept, Import keeps the newest, one undo reverts', async ({
  page,
}) => {
  // A year's CRM export: two years of close dates in no order, one row in 25 without a date.
  const day = (i: number) =>
    new Date(Date.UTC(2025, 0, 1) + ((i * 7919) % 730) * 86_400_000).toISOString().slice(0, 10);
  const rows = Array.from({ length: 50_000 }, (_, i) => ({
    name: `Account ${i + 1}`,
    date: i % 25 === 0 ? '' : day(i),
  }));
  const csv =
    HEADER + rows.map((r, i) => `${r.name},${i % 3 === 0 ? 'won' : 'lost'},${r.date},100,cfo\r\n`).join('');
  // The newest 10,000 by a plain sort (newest first; of one day, the earlier row first).
  const newest = rows
    .map((r, i) => ({ ...r, i }))
    .filter((r) => r.date !== '')
    .sort((a, b) => b.date.localeCompare(a.date) || a.i - b.i)
    .slice(0, 10_000);
  const oldestKept = newest.at(-1)!.date;

  await openWorkbench(page);
  await openThroughFileInput(page, jsonFile(mapFileText(dealsMap())));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dealsMap().title);
  await openDealsTab(page);
  const before = await mapState(page);

  await fileInput(page).setInputFiles(csvFile(utf8(csv), 'crm-2026.csv'));
  const form = mappingForm(page);
  await expect(form).toContainText(
    'crm-2026.csv: 50,000 rows; a map holds 10,000 deals, the newest are kept (see below). Which column holds what?',
    {
      timeout: 15_000,
    },
  );
  await expect(form.getByRole('status')).toHaveText('10,000 deals will replace the 0 recorded now.');
  await expect(form.locator('.deal-import__left-out')).toHaveText(
    new RegExp(
      `^50,000 deals in the file; a map holds 10,000: the newest 10,000 \\(by close date, ${oldestKept} to 2026-12-31\\) will be imported, 40,000 older ones left out\\. .*2,000 deals have no readable close date: counted as oldest, they are among those left out\\.$`,
    ),
  );
  expect(await mapState(page), 'nothing changed before Import').toEqual(before);

  await form.getByRole('button', { name: 'Import 10,000 deals' }).click();
  await expect(notice(page)).toContainText('Imported 10,000 deals.');
  await expect(dealCount(page)).toHaveText(/^10,000 deals: /);
  const file = JSON.parse(await exportJson(page)) as {
    map: { deals: { name: string; closedOn?: string }[] };
  };
  expect(file.map.deals).toHaveLength(10_000);
  expect(new Set(file.map.deals.map((d) => d.name))).toEqual(new Set(newest.map((r) => r.name)));
  expect(file.map.deals.every((d) => d.closedOn !== undefined && d.closedOn >= oldestKept)).toBe(true);

  await toolbarButton(page, 'Undo').click();
  await expect(dealCount(page)).toHaveText(before.deals ?? '');
  expect(await exportJson(page)).toBe(before.file);
});
