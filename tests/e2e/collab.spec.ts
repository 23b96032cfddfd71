import type { Browser, Page } from '@playwright/test';
import { tokenFor, type Scope } from '../../server/tokens';
import { servicesAvailable, startPostgres, startRedis, freshDatabase, type Service } from '../services';
import { SECRET, startServer, stopAllServers, type ServerProcess } from '../server/helpers/serverProcess';
import { sessionCommand } from './helpers/liveRoom';
import { mapFileText, jsonFile } from './helpers/mapFiles';
import { expect, test, type PageGuard } from './helpers/page';
import { canvasNode, openThroughFileInput, toolbarButton } from './helpers/workbench';

/*
 * Live sessions in Chromium against the real sync server (`npm run serve:collab`). As a company runs
 * it: two instances on one PostgreSQL database, joined through Redis (both started here on loopback),
 * Alice on instance one and the others on instance two, so everything they share crosses between
 * instances. Without Redis and PostgreSQL on a developer's machine, one instance with SQLite serves
 * both (and the sentence saying how to get them is printed). Each person is a separate browser
 * context (own storage, no shared tabs), so everything they share goes through the servers.
 */

test.describe.configure({ mode: 'serial' });

const cluster = servicesAvailable();
let services: Service[] = [];
let serverEnv: Record<string, string> = {};
let one: ServerProcess;
let two: ServerProcess;

async function startInstances(ports: [number, number] = [0, 0]): Promise<void> {
  one = await startServer({ ...serverEnv, PORT: String(ports[0]) });
  two = cluster ? await startServer({ ...serverEnv, PORT: String(ports[1]) }) : one;
}

async function stopInstances(): Promise<void> {
  await one.stop();
  if (two !== one) await two.stop();
}

test.beforeAll(async () => {
  if (cluster) {
    const [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
    services = [redis, postgres];
    serverEnv = { REDIS_URL: redis.url, DATABASE_URL: await freshDatabase(postgres.url, `e2e_${Date.now()}`) };
  }
  await startInstances();
});

test.afterAll(async () => {
  await stopAllServers();
  await Promise.all(services.map((service) => service.stop()));
});

/** A link to `room` on an instance, with a token the server signs (as `npm run collab:link` makes). */
const roomPath = (room: string, instance: ServerProcess, scope: Scope = 'edit') =>
  `/?room=${room}&sync=${encodeURIComponent(instance.url)}&token=${tokenFor(SECRET, room, scope, 1)}`;
const liveStatus = (page: Page) => page.getByRole('group', { name: 'Live session' }).getByRole('status');

/** A person in their own browser context, watched for page errors like the test's own page. */
async function person(browser: Browser, guard: PageGuard): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const page = await context.newPage();
  await guard.watch(page);
  return page;
}

async function joinRoom(page: Page, room: string, instance: ServerProcess, scope: Scope = 'edit'): Promise<void> {
  await page.goto(roomPath(room, instance, scope));
  await expect(liveStatus(page)).toHaveText(/^Live/);
}

const ROOM = `e2e-${Date.now().toString(36)}`;
let alice: Page;
let bob: Page;

test('a map opened by one person appears for the other, on another instance, within a second', async ({ browser, guard }) => {
  alice = await person(browser, guard);
  bob = await person(browser, guard);
  await joinRoom(alice, ROOM, one);
  await joinRoom(bob, ROOM, two);
  await expect(bob.getByRole('list', { name: '2 people in this live session' })).toBeVisible();

  await openThroughFileInput(alice, jsonFile(mapFileText()));
  await expect(canvasNode(alice, 'approver', 'CFO')).toBeVisible();
  const opened = Date.now();
  await expect(canvasNode(bob, 'approver', 'CFO')).toBeVisible({ timeout: 1000 });
  await expect(bob.getByRole('heading', { level: 1 })).toHaveText('Enterprise security buyers', {
    timeout: 1000,
  });
  expect(Date.now() - opened).toBeLessThan(1000);
  await expect(canvasNode(bob, 'risk', 'Locked into two years')).toBeVisible();
});

test('what one deletes disappears for the other, and undo is their own', async () => {
  await canvasNode(bob, 'risk', 'Locked into two years').click();
  await bob.keyboard.press('Delete');
  await expect(canvasNode(bob, 'risk', 'Locked into two years')).toBeHidden();
  await expect(canvasNode(alice, 'risk', 'Locked into two years')).toBeHidden({ timeout: 1000 });

  // Alice's own last step was opening the file; Bob's delete is not hers to undo.
  await toolbarButton(alice, 'Add friction').click();
  await expect(canvasNode(bob, 'friction', 'New friction')).toBeVisible({ timeout: 1000 });
  await alice.keyboard.press('Control+z');
  await expect(canvasNode(bob, 'friction', 'New friction')).toBeHidden({ timeout: 1000 });
  await expect(canvasNode(alice, 'risk', 'Locked into two years')).toBeHidden();
  await expect(canvasNode(alice, 'approver', 'CFO')).toBeVisible();
});

test('each sees where the other points and what they select, and can follow their view', async () => {
  const canvas = alice.getByRole('application');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no canvas');
  await alice.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await alice.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 + 30);
  await expect(bob.locator('.live-layer__cursor')).toBeVisible({ timeout: 2000 });
  await canvasNode(alice, 'approver', 'CFO').click();
  await expect(bob.locator('.live-layer__ring')).toBeVisible({ timeout: 2000 });

  await bob.getByRole('button', { name: /^Follow / }).click();
  await expect(bob.getByRole('button', { name: /^Following .* Stop$/ })).toBeVisible();
  /** The centre of what a page's canvas shows, in map coordinates, and its zoom. */
  const viewOf = (page: Page) =>
    page.locator('.react-flow').evaluate((root) => {
      const viewport = root.querySelector<HTMLElement>('.react-flow__viewport');
      const [, x, y, zoom] =
        /translate\((-?[\d.]+)px, (-?[\d.]+)px\) scale\(([\d.]+)\)/
          .exec(viewport?.style.transform ?? '')
          ?.map(Number) ?? [];
      if (x === undefined || y === undefined || zoom === undefined) return null;
      return { cx: (root.clientWidth / 2 - x) / zoom, cy: (root.clientHeight / 2 - y) / zoom, zoom };
    });
  await alice.getByRole('application').click({ position: { x: 20, y: 20 } });
  await alice.keyboard.press('+');
  await alice.keyboard.press('+');
  // Zooming is animated: wait until Alice's view holds still, then Bob sees the same place.
  const settled = async () => {
    const before = JSON.stringify(await viewOf(alice));
    await new Promise((resolve) => setTimeout(resolve, 300));
    return before === JSON.stringify(await viewOf(alice));
  };
  await expect.poll(settled).toBe(true);
  const seen = await viewOf(alice);
  if (!seen) throw new Error('no viewport');
  await expect.poll(async () => (await viewOf(bob))?.cx, { timeout: 3000 }).toBeCloseTo(seen.cx, 0);
  await expect.poll(async () => (await viewOf(bob))?.cy, { timeout: 3000 }).toBeCloseTo(seen.cy, 0);
  expect((await viewOf(bob))?.zoom).toBeLessThanOrEqual(seen.zoom + 1e-3);
  await bob.getByRole('button', { name: /^Following .* Stop$/ }).click();
  await expect(bob.getByRole('button', { name: /^Follow / })).toHaveAttribute('aria-pressed', 'false');
});

test('the servers restart; edits made meanwhile, and kept across a reload, reach the other side', async ({
  guard,
}) => {
  const ports: [number, number] = [one.port, two.port];
  await stopInstances();
  await expect(liveStatus(alice)).toHaveText(/^Offline/, { timeout: 10_000 });
  await expect(liveStatus(bob)).toHaveText(/^Offline/, { timeout: 10_000 });

  await toolbarButton(alice, 'Add risk').click();
  await expect(canvasNode(alice, 'risk', 'New risk')).toBeVisible();
  await toolbarButton(bob, 'Add proof').click();
  await expect(canvasNode(bob, 'proof', 'New proof')).toBeVisible();
  // Alice reloads while the server is down: her offline edit is still there (kept in this browser).
  await alice.reload();
  await expect(canvasNode(alice, 'risk', 'New risk')).toBeVisible();
  await expect(canvasNode(alice, 'approver', 'CFO')).toBeVisible();

  await startInstances(ports);
  await expect(canvasNode(bob, 'risk', 'New risk')).toBeVisible({ timeout: 15_000 });
  await expect(canvasNode(alice, 'proof', 'New proof')).toBeVisible({ timeout: 15_000 });
  await expect(liveStatus(alice)).toHaveText(/^Live/);
  // The browsers said so while the server was down: that is expected here.
  guard.take(/WebSocket|ERR_CONNECTION_REFUSED|Failed to load resource/);
});

test('a late joiner gets the current map; a view-only link shows it live and cannot change it', async ({
  browser,
  guard,
}) => {
  const carol = await person(browser, guard);
  await joinRoom(carol, ROOM, one);
  await expect(canvasNode(carol, 'risk', 'New risk')).toBeVisible();
  await expect(canvasNode(carol, 'proof', 'New proof')).toBeVisible();
  await expect(canvasNode(carol, 'risk', 'Locked into two years')).toHaveCount(0);
  await expect(carol.getByRole('list', { name: '3 people in this live session' })).toBeVisible();

  const viewer = await person(browser, guard);
  await joinRoom(viewer, ROOM, two, 'view');
  await expect(liveStatus(viewer)).toHaveText('Live · view only');
  await expect(toolbarButton(viewer, 'Add approver')).toBeDisabled();
  await expect(canvasNode(viewer, 'approver', 'CFO')).toBeVisible();
  await toolbarButton(carol, 'Add approver').click();
  await expect(canvasNode(viewer, 'approver', 'New approver')).toBeVisible({ timeout: 1000 });
  await expect(canvasNode(alice, 'approver', 'New approver')).toBeVisible({ timeout: 1000 });

  // Deleting from the view-only page changes nothing, there or for anyone else.
  await canvasNode(viewer, 'approver', 'New approver').click();
  await viewer.keyboard.press('Delete');
  await expect(canvasNode(viewer, 'approver', 'New approver')).toBeVisible();
  await viewer.waitForTimeout(500);
  await expect(canvasNode(alice, 'approver', 'New approver')).toBeVisible();
  await expect(canvasNode(carol, 'approver', 'New approver')).toBeVisible();
  // Its presence shows it views (the server says so, whatever the page claims).
  await expect(alice.getByRole('button', { name: /\(viewing\)$/ })).toBeVisible();
});

test('a view-only link from the links dialog only views; an expired link is refused with the reason', async ({
  browser,
  guard,
}) => {
  await sessionCommand(bob, 'Share links');
  const links = bob.getByRole('dialog', { name: 'Live session' });
  const viewLink = await links.getByLabel('View-only link').inputValue();
  const editLink = await links.getByLabel('Edit link').inputValue();
  expect(new URL(viewLink).searchParams.get('token')).not.toBe(new URL(editLink).searchParams.get('token'));
  await links.getByRole('button', { name: 'Done' }).click();

  const dave = await person(browser, guard);
  await dave.goto(viewLink);
  await expect(liveStatus(dave)).toHaveText('Live · view only');
  await expect(toolbarButton(dave, 'Add approver')).toBeDisabled();

  const erin = await person(browser, guard);
  const expired = new URL(editLink);
  expired.searchParams.set('token', tokenFor(SECRET, ROOM, 'edit', -1));
  await erin.goto(`${expired.pathname}${expired.search}`);
  await expect(liveStatus(erin)).toHaveText('The sync server refused this link: This link has expired: ask for a new link.');
});

test('Share live makes a room with an unguessable name from the open map, with an edit and a view-only link', async ({
  browser,
  page,
  guard,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mid-market finance teams');
  await page.getByRole('button', { name: 'Share live' }).click();
  const setup = page.getByRole('dialog', { name: 'Share this map live' });
  await setup.getByLabel('Sync server').fill(one.url);
  await setup.getByLabel('Key').fill('not the key');
  await setup.getByRole('button', { name: 'Start live session' }).click();
  await expect(setup.getByRole('alert')).toHaveText('This is neither the server’s key nor an edit link of this server.');
  guard.take(/Failed to load resource.*403/);
  await setup.getByLabel('Key').fill(SECRET);
  await setup.getByRole('button', { name: 'Start live session' }).click();

  const links = page.getByRole('dialog', { name: 'This map is live' });
  await expect(links).toBeVisible();
  const editLink = await links.getByLabel('Edit link').inputValue();
  const viewLink = await links.getByLabel('View-only link').inputValue();
  expect(editLink).toMatch(/[?&]room=[A-Za-z0-9_-]{22}(&|$)/);
  const viewUrl = new URL(viewLink);
  const editUrl = new URL(editLink);
  expect(viewUrl.searchParams.get('room')).toBe(editUrl.searchParams.get('room'));
  expect(viewUrl.searchParams.get('token')).not.toBe(editUrl.searchParams.get('token'));
  await links.getByRole('button', { name: 'Done' }).click();
  await expect(liveStatus(page)).toHaveText(/^Live/);

  const guest = await person(browser, guard);
  await guest.goto(editLink);
  await expect(guest.getByRole('heading', { level: 1 })).toHaveText('Mid-market finance teams');
  await expect(canvasNode(guest, 'approver', 'CFO')).toBeVisible();
});
