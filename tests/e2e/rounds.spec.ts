import type { Browser, Locator, Page } from '@playwright/test';
import type { Scope } from '../../server/tokens';
import { startServer, stopAllServers, type ServerProcess } from '../server/helpers/serverProcess';
import { axeClean, joinAs, roomPath as liveRoomPath, sessionCommand } from './helpers/liveRoom';
import { jsonFile, mapFileText } from './helpers/mapFiles';
import { expect, test, type PageGuard } from './helpers/page';
import { wordSizesIn } from './helpers/present';
import { canvasNode, openThroughFileInput, toolbarButton } from './helpers/workbench';

/*
 * A private round in three browsers against the real sync server: Alice facilitates on the shared
 * screen (1920×1080), Bob edits and Vic only views (1280×800 laptops). Answers stay hidden until the
 * reveal, Alice's own estimate counts like everyone's, the spread is right and widest first, settling records the room's estimate on the node, the
 * lock holds, a summon moves the others' views; axe on every round screen. Screenshots go to
 * test-results/rounds/ to be looked at.
 */

test.describe.configure({ mode: 'serial' });

let server: ServerProcess;
const ROOM = `rounds-${Date.now().toString(36)}`;
const SHOTS = 'test-results/rounds';
let alice: Page;
let bob: Page;
let vic: Page;
/** Everything Bob's browser received from the sync server, as text. */
const bobReceived: string[] = [];

test.beforeAll(async () => {
  server = await startServer({ PORT: '0' });
});
test.afterAll(() => stopAllServers());

const roomPath = (scope: Scope) => liveRoomPath(server, ROOM, scope);

function person(
  browser: Browser,
  guard: PageGuard,
  name: string,
  scope: Scope,
  size: { width: number; height: number },
) {
  return joinAs(browser, guard, roomPath(scope), name, size, (page) => {
    if (name === 'Bob')
      page.on('websocket', (socket) =>
        socket.on('framereceived', ({ payload }) =>
          bobReceived.push(typeof payload === 'string' ? payload : payload.toString('latin1')),
        ),
      );
  });
}

/**
 * Present mode on this page: the round's band under the header, every word of it readable from the back
 * of the room (18 px on the shared screen, 14 px on a laptop); leaves present mode after `check`.
 */
async function presenting(page: Page, check: (band: Locator) => Promise<void>): Promise<void> {
  await toolbarButton(page, 'Present on the shared screen').click();
  const band = page.getByRole('main', { name: 'Presentation' }).getByRole('region', { name: 'Private round' });
  await expect(band).toBeVisible();
  await check(band);
  const floor = (page.viewportSize()?.width ?? 0) >= 1920 ? 18 : 14;
  const words = await wordSizesIn(page, '.present-round');
  expect(words.length).toBeGreaterThan(2);
  expect(words.filter((w) => w.px < floor)).toEqual([]);
  await axeClean(page, 'the round in present mode');
  await page.screenshot({ path: `${SHOTS}/present-${page.viewportSize()?.width}.png` });
  await page.keyboard.press('Escape');
}

const dock = (page: Page): Locator => page.getByRole('complementary', { name: 'Private round' });
const question = (page: Page, label: string): Locator =>
  dock(page).getByRole('group', { name: new RegExp(label) });

async function answer(page: Page, answers: Record<string, string>): Promise<void> {
  for (const [label, state] of Object.entries(answers))
    await question(page, label).getByRole('radio', { name: state, exact: true }).check();
  await dock(page).getByRole('button', { name: 'Send my answers' }).click();
  await expect(dock(page).getByRole('button', { name: 'Answers sent' })).toBeDisabled();
}

/** The centre of what a page's canvas shows, in map coordinates. */
const viewOf = (page: Page) =>
  page.locator('.react-flow').evaluate((root) => {
    const viewport = root.querySelector<HTMLElement>('.react-flow__viewport');
    const [, x, y, zoom] =
      /translate\((-?[\d.]+)px, (-?[\d.]+)px\) scale\(([\d.]+)\)/
        .exec(viewport?.style.transform ?? '')
        ?.map(Number) ?? [];
    if (x === undefined || y === undefined || zoom === undefined) return null;
    return { cx: (root.clientWidth / 2 - x) / zoom, cy: (root.clientHeight / 2 - y) / zoom };
  });

test('a private round: who answered shows everywhere, what they answered nowhere until the reveal', async ({
  browser,
  guard,
}) => {
  test.setTimeout(120_000); // three browsers, four of them answering, axe three times
  alice = await person(browser, guard, 'Alice', 'edit', { width: 1920, height: 1080 });
  bob = await person(browser, guard, 'Bob', 'edit', { width: 1280, height: 800 });
  vic = await person(browser, guard, 'Vic', 'view', { width: 1280, height: 800 });
  await openThroughFileInput(alice, jsonFile(mapFileText()));
  for (const page of [bob, vic]) await expect(canvasNode(page, 'approver', 'Legal counsel')).toBeVisible();

  // A view link cannot run a round; an editor can.
  await expect(vic.getByRole('button', { name: /^Session/ })).toHaveCount(0);
  await expect(vic.getByRole('button', { name: 'Private round' })).toHaveCount(0);
  await sessionCommand(alice, 'Private round');
  const setup = alice.getByRole('dialog', { name: 'Start a private round' });
  await setup.getByRole('button', { name: 'All approvers’ stances' }).click();
  await setup.getByRole('radio', { name: '5 min' }).check();
  await axeClean(alice, 'round setup');
  await setup.getByRole('button', { name: 'Start round on 2 nodes' }).click();

  for (const page of [bob, vic]) {
    await expect(dock(page).getByRole('heading', { name: 'Private round' })).toBeVisible();
    await expect(dock(page)).toContainText('Run by Alice');
  }
  await expect(dock(alice)).toContainText('0 of 2 answered');
  await expect(alice.locator('.round-layer__asked')).toHaveCount(2);

  // Bob: the CFO is supportive, Legal neutral. Vic (view only): the CFO opposed, Legal neutral.
  await answer(bob, { CFO: 'supportive', 'Legal counsel': 'neutral' });
  await expect(dock(alice)).toContainText('1 of 2 answered');
  await axeClean(vic, 'answering a round');
  await vic.screenshot({ path: `${SHOTS}/answering-1280x800.png` });
  await answer(vic, { CFO: 'opposed', 'Legal counsel': 'neutral' });
  await expect(dock(alice)).toContainText('2 of 2 answered');
  await expect(dock(bob)).toContainText('2 of 2 answered');

  // Alice is one of the team too: her own estimate, folded away from the shared screen until she asks.
  await expect(question(alice, 'CFO')).toHaveCount(0);
  const own = dock(alice).getByRole('region', { name: 'Your own estimate' });
  await own.getByRole('button', { name: 'Put in my own estimate' }).click();
  await question(alice, 'CFO').getByRole('radio', { name: 'supportive', exact: true }).check();
  await question(alice, 'Legal counsel').getByRole('radio', { name: 'neutral', exact: true }).check();
  await own.getByRole('button', { name: 'Send my answers' }).click();
  await expect(own.getByRole('button', { name: 'Change my own estimate' })).toBeVisible();
  await expect(question(alice, 'CFO')).toHaveCount(0);
  for (const page of [alice, bob, vic]) await expect(dock(page)).toContainText('3 of 3 answered');
  await expect(dock(bob).getByRole('listitem').filter({ hasText: 'Alice' })).toHaveClass(/is-answered/);

  // Nobody's screen shows what anyone answered before the reveal: no spread, no state but their own.
  for (const page of [alice, bob, vic]) await expect(page.locator('.spread')).toHaveCount(0);
  await expect(dock(alice)).not.toContainText(/opposed|supportive|neutral/);
  await expect(question(bob, 'CFO').getByRole('radio', { name: 'opposed', exact: true })).not.toBeChecked();
  // Nor does presence carry it: Bob's browser received Vic's answer sealed, and no state word at all.
  const received = bobReceived.join('\n');
  expect(received).toMatch(/"answer":\{"round":"[\w-]+","sealed":"[A-Za-z0-9+/=]+"\}/);
  expect(received).not.toMatch(/opposed|supportive|neutral/);
  await axeClean(alice, 'round in progress (shared screen)');
  await alice.screenshot({ path: `${SHOTS}/in-progress-1920x1080.png` });

  // On the shared screen in present mode: who answered and the time left, never what.
  await presenting(alice, async (band) => {
    await expect(band.getByRole('status')).toHaveText(/^Round: 3 of 3 answered · [45]:\d\d left$/);
    await expect(band).toContainText('✓ Bob');
    await expect(band).not.toContainText(/opposed|supportive|neutral/);
  });
});

test('the reveal: the spread per node, widest disagreement first, on the canvas, in the panel and in present mode', async () => {
  test.setTimeout(120_000);
  await dock(alice).getByRole('button', { name: 'Reveal answers' }).click();
  for (const page of [alice, bob, vic]) {
    await expect(dock(page).getByRole('heading', { name: 'Round revealed' })).toBeVisible();
    const rows = dock(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3 }) });
    await expect(rows.nth(0).getByRole('heading')).toHaveText('CFO');
    await expect(rows.nth(0)).toContainText('The room is split · 1 opposed, 2 supportive');
    await expect(rows.nth(1).getByRole('heading')).toHaveText('Legal counsel');
    await expect(rows.nth(1)).toContainText('The room agrees · 3 neutral');
    await expect(page.locator('.round-layer__badge .spread')).toHaveCount(2);
  }
  await expect(bob.getByRole('group', { name: /^Settle / })).toHaveCount(0);
  // Present mode shows the spread per node, widest first, on the shared screen and on a laptop.
  for (const page of [alice, bob])
    await presenting(page, async (band) => {
      await expect(band).toContainText('Round revealed');
      const rows = band.getByRole('listitem');
      await expect(rows.nth(0)).toHaveText('CFO1 opposed2 supportive');
      await expect(rows.nth(1)).toHaveText('Legal counsel3 neutral');
    });
  await axeClean(alice, 'round revealed (shared screen)');
  await axeClean(bob, 'round revealed (laptop)');
  await alice.screenshot({ path: `${SHOTS}/revealed-1920x1080.png` });
  await bob.screenshot({ path: `${SHOTS}/revealed-1280x800.png` });
});

test('settling records the room’s estimate on the node, for everyone', async () => {
  await dock(alice)
    .getByRole('group', { name: 'Settle CFO' })
    .getByRole('button', { name: 'Unknown: find out' })
    .click();
  await dock(alice)
    .getByRole('group', { name: 'Settle Legal counsel' })
    .getByRole('button', { name: /^neutral/ })
    .click();
  await expect(dock(alice)).toContainText('Left unknown: a find-out');
  await expect(dock(alice)).toContainText('Settled as neutral');

  await canvasNode(bob, 'approver', 'Legal counsel').click();
  const today = await bob.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await expect(bob.getByLabel('Evidence 1')).toHaveValue(
    `room estimate ${today}: 3 neutral — settled as neutral; the team's view, not the market's`,
  );
  await expect(canvasNode(bob, 'approver', 'Legal counsel')).toHaveAccessibleName(/neutral/);
  await canvasNode(vic, 'approver', 'CFO').click();
  await expect(vic.getByLabel('Evidence 1')).toHaveValue(
    /^room estimate .*: 1 opposed, 2 supportive — left unknown: a find-out/,
  );
  await dock(alice).getByRole('button', { name: 'Close round' }).click();
  for (const page of [alice, bob, vic]) await expect(dock(page)).toHaveCount(0);
});

test('lock: while Alice presents, Bob’s edits are not shared; Alice’s are; unlocked, Bob edits again', async () => {
  await sessionCommand(alice, 'Lock map');
  await expect(alice.getByRole('button', { name: /^Session · locked/ })).toBeVisible();
  await bob.getByRole('button', { name: /^Session/ }).click();
  await expect(bob.getByRole('group', { name: 'Session commands' }).getByRole('button', { name: 'Summon' })).toBeVisible();
  await expect(bob.getByRole('button', { name: 'Lock map' })).toHaveCount(0);
  await bob.keyboard.press('Escape');
  await expect(toolbarButton(bob, 'Add friction')).toBeDisabled();
  await bob.getByRole('application').click({ position: { x: 30, y: 30 } });
  await bob.keyboard.press('f');
  await expect(canvasNode(bob, 'friction', 'New friction')).toHaveCount(0);
  await toolbarButton(alice, 'Add proof').click();
  await expect(canvasNode(bob, 'proof', 'New proof')).toBeVisible();
  await expect(canvasNode(alice, 'friction', 'New friction')).toHaveCount(0);

  // Unlocked from the keyboard: the command palette lists the session's commands as they stand.
  await alice.keyboard.press('Control+k');
  const palette = alice.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('option', { name: /^Unlock the map: others can edit again.*Live session/ })).toBeVisible();
  await alice.keyboard.type('unlock');
  await alice.keyboard.press('Enter');
  await expect(palette).toHaveCount(0);
  await expect(alice.getByRole('button', { name: /^Session · locked/ })).toHaveCount(0);
  await expect(toolbarButton(bob, 'Add friction')).toBeEnabled();
  await toolbarButton(bob, 'Add friction').click();
  await expect(canvasNode(alice, 'friction', 'New friction')).toBeVisible();
});

test('summon: everyone’s view jumps to the facilitator’s', async () => {
  await alice.getByRole('application').click({ position: { x: 20, y: 20 } });
  for (let i = 0; i < 3; i++) await alice.keyboard.press('+');
  // Pan by dragging the empty corner of the canvas.
  const box = await alice.getByRole('application').boundingBox();
  if (!box) throw new Error('no canvas');
  await alice.mouse.move(box.x + 24, box.y + 24);
  await alice.mouse.down();
  await alice.mouse.move(box.x + 324, box.y + 224, { steps: 8 });
  await alice.mouse.up();
  const still = async () => {
    const before = JSON.stringify(await viewOf(alice));
    await new Promise((resolve) => setTimeout(resolve, 300));
    return before === JSON.stringify(await viewOf(alice));
  };
  await expect.poll(still).toBe(true);
  const seen = await viewOf(alice);
  if (!seen) throw new Error('no viewport');
  // Not following: Bob's and Vic's views are elsewhere until Alice summons.
  expect(Math.abs(((await viewOf(bob))?.cx ?? 0) - seen.cx)).toBeGreaterThan(20);
  await alice.waitForTimeout(300); // her viewport reaches the others (sent every 60 ms)
  await sessionCommand(alice, 'Summon');
  for (const page of [bob, vic]) {
    await expect.poll(async () => (await viewOf(page))?.cx, { timeout: 3000 }).toBeCloseTo(seen.cx, 0);
    await expect.poll(async () => (await viewOf(page))?.cy, { timeout: 3000 }).toBeCloseTo(seen.cy, 0);
  }
});
