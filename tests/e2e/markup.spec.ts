import type { Locator, Page } from '@playwright/test';
import {
  makeApprover,
  makeFriction,
  makeMap,
  makePlanItem,
  makeProof,
  makeRisk,
  burdens,
  fears,
  requires,
  influences,
} from '../builders';
import { expect, openWorkbench, test } from './helpers/page';
import { jsonFile, mapFileJson, mapFileText, withValue } from './helpers/mapFiles';
import { findSvgHazards } from './helpers/svgHazards';
import {
  canvasNode,
  closeRefusedFileDialog,
  download,
  exportJson,
  openTab,
  openThroughFileInput,
  refusedFileDialog,
} from './helpers/workbench';

/* Text from a file is text: it never becomes markup, script or a link that runs. */

const IMG = '<img src=x onerror=window.__pwned=1>';
const SVG = '"><svg onload=window.__pwned=1>';
const SCRIPT = '</text><script>window.__pwned=1</script>';
const RTL = '\u202Eexe.reviled';

/** A map with markup in every text a room sees: title, decision, labels, notes, evidence, plan titles. */
const hostileMap = () => {
  const cfo = makeApprover({
    id: 'cfo',
    label: `CFO ${IMG}`,
    veto: true,
    stance: 'skeptical',
    notes: `Notes ${SVG}`,
    position: { x: 320, y: 0 },
    evidence: [
      {
        text: `Call notes ${SCRIPT}`,
        url: 'https://crm.example.com/calls/1',
        source: 'buyer',
        by: `Ana ${SCRIPT}`,
      },
    ],
  });
  const legal = makeApprover({ id: 'legal', label: SVG, stance: 'unknown', position: { x: 320, y: 180 } });
  const audit = makeProof({
    id: 'audit',
    label: `Audit ${SCRIPT}`,
    status: 'missing',
    position: { x: 640, y: 0 },
  });
  const leak = makeRisk({
    id: 'leak',
    label: `Leak ${RTL}`,
    severity: 4,
    reduction: 'none',
    position: { x: 960, y: 0 },
  });
  const sso = makeFriction({
    id: 'sso',
    label: `SSO ${IMG}`,
    severity: 3,
    status: 'present',
    position: { x: 0, y: 0 },
  });
  return makeMap({
    id: 'markup',
    title: `Buyers ${IMG}`,
    decision: `Decide ${SCRIPT}`,
    market: `Market ${SVG}`,
    notes: `Map notes ${IMG}`,
    nodes: [cfo, legal, audit, leak, sso],
    edges: [requires(cfo, audit), fears(cfo, leak), burdens(sso, cfo), influences(legal, cfo)],
    plan: [
      makePlanItem({
        id: 'plan-audit',
        title: `Audit pack ${SCRIPT}`,
        category: 'feature',
        addresses: ['audit'],
      }),
      makePlanItem({
        id: 'plan-ads',
        title: `Ads ${IMG}`,
        category: 'marketing',
        addresses: [],
        owner: `Owner ${SVG}`,
      }),
    ],
  });
};

/** What markup would have made: the flag, images, scripts, event handler attributes. */
const injected = (page: Page) =>
  page.evaluate(() => ({
    pwned: (window as { __pwned?: unknown }).__pwned,
    images: document.images.length,
    scripts: document.scripts.length,
    handlers: [...document.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((a) => /^on/i.test(a.name)),
    ).length,
  }));

async function expectText(where: Locator, ...texts: string[]) {
  for (const text of texts) await expect(where.getByText(text, { exact: false }).first()).toBeVisible();
}

test('markup in a file renders as text everywhere, and nothing runs', async ({ page }) => {
  await openWorkbench(page);
  const clean = await injected(page);
  expect(clean.pwned).toBeUndefined();
  expect(clean.handlers).toBe(0);
  const map = hostileMap();
  await openThroughFileInput(page, jsonFile(mapFileText(map)));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(map.title);

  await test.step('canvas', async () => {
    for (const node of map.nodes) {
      await expect(
        canvasNode(page, node.kind, node.label).getByText(node.label, { exact: true }),
      ).toBeVisible();
    }
    await expectText(page.getByRole('application'), `Audit pack ${SCRIPT}`, `Ads ${IMG}`);
  });

  await test.step('top bar and score panel', async () => {
    // The constraint, named by its label, as text.
    const constraint = await page
      .getByRole('banner')
      .getByRole('button', { name: /^(Approver|Proof|Risk|Friction): / })
      .textContent();
    expect(map.nodes.some((node) => constraint?.includes(`: ${node.label}`))).toBe(true);
    const score = await openTab(page, 'Score');
    await expectText(score, `CFO ${IMG}`, SVG, `Audit ${SCRIPT}`, `Leak ${RTL}`);
  });

  await test.step('plan panel', async () => {
    const plan = await openTab(page, 'Plan');
    await expectText(plan, `Audit pack ${SCRIPT}`, `Ads ${IMG}`, `Owner ${SVG}`);
  });

  await test.step('map panel', async () => {
    const panel = await openTab(page, 'Map');
    await expect(panel.getByLabel('Title')).toHaveValue(map.title);
    await expect(panel.getByLabel('Decision: the purchase being decided')).toHaveValue(map.decision);
    await expect(panel.getByLabel('Market')).toHaveValue(map.market);
  });

  await test.step('inspector', async () => {
    await canvasNode(page, 'approver', `CFO ${IMG}`).click();
    const inspector = page.getByRole('tabpanel');
    await expect(inspector.getByLabel('Label')).toHaveValue(`CFO ${IMG}`);
    await expect(inspector.getByLabel('Notes')).toHaveValue(`Notes ${SVG}`);
    await expect(inspector.getByLabel('Evidence 1')).toHaveValue(`Call notes ${SCRIPT}`);
    // A plan item in the inspector names the nodes it addresses.
    await page.getByRole('group', { name: /^Plan item: Audit pack/ }).click();
    await expect(inspector.getByLabel('Title')).toHaveValue(`Audit pack ${SCRIPT}`);
    await expectText(inspector.getByRole('list', { name: 'Addressed nodes' }), `Audit ${SCRIPT}`);
  });

  await test.step('the refused-file dialog', async () => {
    await openThroughFileInput(
      page,
      jsonFile(JSON.stringify(withValue(mapFileJson(map), 'map.nodes[1].stance', IMG))),
    );
    const dialog = refusedFileDialog(page);
    await expect(dialog).toContainText(
      `map.nodes[1].stance: expected one of unknown, opposed, skeptical, neutral, supportive, champion, got "${IMG}"`,
    );
    await closeRefusedFileDialog(page);
  });

  await test.step('SVG and PNG exports', async () => {
    const svg = (await download(page, 'Export SVG')).bytes.toString('utf8');
    expect(await page.evaluate(findSvgHazards, svg)).toEqual([]);
    const shown = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        text: doc.documentElement.textContent ?? '',
        images: doc.getElementsByTagNameNS('*', 'img').length,
      };
    }, svg);
    for (const node of map.nodes) expect(shown.text).toContain(node.label);
    expect(shown.images).toBe(0);
    const png = (await download(page, 'Export PNG')).bytes;
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  expect(await injected(page)).toEqual(clean);
  // And the map came through whole: the export is the file that was opened.
  expect(await exportJson(page)).toBe(mapFileText(map));
});

test('evidence links: only http(s) is a link; other schemes typed in the inspector are refused', async ({
  page,
}) => {
  await openWorkbench(page);
  const map = hostileMap();
  await openThroughFileInput(page, jsonFile(mapFileText(map)));
  await canvasNode(page, 'approver', `CFO ${IMG}`).click();
  const inspector = page.getByRole('tabpanel');
  const link = inspector.getByRole('link', { name: 'https://crm.example.com/calls/1' });
  await expect(link).toHaveAttribute('href', 'https://crm.example.com/calls/1');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(link).toHaveAttribute('target', '_blank');
  const before = await exportJson(page);

  const field = inspector.getByLabel('Link (http or https)');
  for (const url of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '   javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'https:alert(1)',
  ]) {
    await test.step(JSON.stringify(url), async () => {
      await field.fill(url);
      await field.press('Enter');
      await expect(inspector.getByRole('alert')).toContainText('only http:// and https:// links are allowed');
      await field.press('Escape');
      await expect(inspector.getByRole('alert')).toHaveCount(0);
    });
  }
  const hrefs = await page.evaluate(() =>
    [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).protocol),
  );
  expect(hrefs.every((protocol) => protocol === 'https:' || protocol === 'http:')).toBe(true);
  expect(await exportJson(page)).toBe(before);
});

test('prototype pollution: __proto__, constructor and prototype keys and ids load, and pollute nothing', async ({
  page,
}) => {
  await openWorkbench(page);
  const proto = makeApprover({
    id: '__proto__',
    label: 'Approver __proto__',
    veto: true,
    position: { x: 320, y: 0 },
  });
  const ctor = makeApprover({
    id: 'constructor',
    label: 'Approver constructor',
    position: { x: 320, y: 160 },
  });
  const prototype = makeProof({
    id: 'prototype',
    label: 'Proof prototype',
    status: 'claimed',
    position: { x: 640, y: 0 },
  });
  const hasOwn = makeProof({
    id: 'hasOwnProperty',
    label: 'Proof hasOwnProperty',
    status: 'claimed',
    position: { x: 640, y: 160 },
  });
  const toString = makeRisk({
    id: 'toString',
    label: 'Risk toString',
    reduction: 'partial',
    position: { x: 960, y: 0 },
  });
  const map = makeMap({
    id: 'constructor',
    title: 'Prototype keys',
    nodes: [proto, ctor, prototype, hasOwn, toString],
    edges: [
      requires(proto, prototype),
      requires(ctor, hasOwn),
      fears(proto, toString),
      influences(ctor, proto),
    ],
    plan: [makePlanItem({ id: 'valueOf', title: 'Plan valueOf', addresses: ['__proto__', 'toString'] })],
  });
  // Every object in the file also carries the three keys (JSON.parse makes them own properties).
  const poison =
    '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"},';
  const text = JSON.stringify(JSON.parse(mapFileText(map))).replaceAll('{"', `{${poison}"`);
  expect(text.split('__proto__').length).toBeGreaterThan(10);

  await openThroughFileInput(page, jsonFile(text));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prototype keys');
  for (const node of map.nodes) await expect(canvasNode(page, node.kind, node.label)).toBeVisible();
  expect(
    await page.evaluate(() => ({
      polluted: ({} as { polluted?: unknown }).polluted,
      objectPrototype: Object.getOwnPropertyNames(Object.prototype).includes('polluted'),
      arrayPolluted: ([] as unknown as { polluted?: unknown }).polluted,
    })),
  ).toEqual({ polluted: undefined, objectPrototype: false, arrayPolluted: undefined });
  // No node, edge or plan link lost, and the unknown keys dropped: the export is the clean file.
  expect(await exportJson(page)).toBe(mapFileText(map));
});
