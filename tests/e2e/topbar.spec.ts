import type { Page } from '@playwright/test';
import { startServer, stopAllServers, type ServerProcess } from '../server/helpers/serverProcess';
import { axeClean, joinAs, roomPath, sessionCommand } from './helpers/liveRoom';
import { jsonFile, mapFileText, workshopMap } from './helpers/mapFiles';
import { expect, openWorkbench, test } from './helpers/page';
import { openThroughFileInput } from './helpers/workbench';

/*
 * The top bar on a laptop (1280×800) and on the shared screen (1920×1080), out of a live session, in
 * one, and in one with a private round running: every control of the bar whole inside the window,
 * none on top of another, none in type too small to read, nothing scrolling sideways.
 */

test.describe.configure({ mode: 'serial' });

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

interface Box {
  name: string;
  x: number;
  y: number;
  right: number;
  bottom: number;
  px: number;
}

/** Every visible button and status of the top bar (a popover's buttons apart), with its box and type size. */
const barControls = (page: Page, within = 'header.top-bar'): Promise<Box[]> =>
  page.locator(within).evaluate((bar) =>
    [...bar.querySelectorAll<HTMLElement>('button, [role="status"]')]
      .filter((el) => !el.closest('.session-menu__panel') || bar.classList.contains('session-menu__panel'))
      .map((el) => {
        const rect = el.getBoundingClientRect();
        return {
          name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
          x: rect.x,
          y: rect.y,
          right: rect.right,
          bottom: rect.bottom,
          px: parseFloat(getComputedStyle(el).fontSize),
        };
      })
      .filter((b) => b.right > b.x && b.bottom > b.y),
  );

/** What is wrong with the bar at this size: controls outside the window, overlapping, or too small to read. */
async function barProblems(page: Page, within?: string): Promise<string[]> {
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  const boxes = await barControls(page, within);
  expect(boxes.length).toBeGreaterThan(within ? 1 : 20);
  const problems: string[] = [];
  for (const b of boxes) {
    if (b.x < 0 || b.y < 0 || b.right > width + 0.5 || b.bottom > height + 0.5)
      problems.push(`${b.name} outside ${width}×${height}: ${Math.round(b.x)}–${Math.round(b.right)}`);
    if (b.px < 14) problems.push(`${b.name} at ${b.px}px`);
  }
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      const overlap =
        Math.min(a.right, b.right) - Math.max(a.x, b.x) > 0.5 &&
        Math.min(a.bottom, b.bottom) - Math.max(a.y, b.y) > 0.5;
      if (overlap) problems.push(`${a.name} overlaps ${b.name}`);
    }),
  );
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (sideways > 0) problems.push(`the page scrolls ${sideways}px sideways`);
  return problems;
}

async function atEverySize(page: Page, check: (size: string) => Promise<void>): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.waitForTimeout(200);
    await check(`${size.width}×${size.height}`);
  }
}

const LONG_TITLE = 'Enterprise security buyers in regulated mid-market banks across the European Union';

test('out of a live session the bar fits both screens', async ({ page }) => {
  await openWorkbench(page);
  await openThroughFileInput(page, jsonFile(mapFileText(workshopMap({ title: LONG_TITLE }))));
  await atEverySize(page, async (size) => expect(await barProblems(page), size).toEqual([]));
});

let server: ServerProcess;
test.beforeAll(async () => {
  server = await startServer({ PORT: '0' });
});
test.afterAll(() => stopAllServers());

test('in a live session, with and without a round running, every control of the bar fits, none overlap; axe clean', async ({
  browser,
  guard,
}) => {
  test.setTimeout(180_000); // five browsers and eight axe runs on a shared machine
  const room = `topbar-${Date.now().toString(36)}`;
  const path = roomPath(server, room, 'edit');
  const alice = await joinAs(browser, guard, path, 'Alice Lindqvist', SIZES[0]!);
  await openThroughFileInput(alice, jsonFile(mapFileText(workshopMap({ title: LONG_TITLE }))));
  const others = [];
  for (const name of ['Bob Okafor', 'Carla Jiménez', 'Dmitri Ivanov', 'Eun-ji Park'])
    others.push(await joinAs(browser, guard, path, name, SIZES[0]!));
  await expect(alice.getByRole('list', { name: '5 people in this live session' })).toBeVisible();
  await atEverySize(alice, async (size) => expect(await barProblems(alice), `live, ${size}`).toEqual([]));

  await sessionCommand(alice, 'Private round');
  const setup = alice.getByRole('dialog', { name: 'Start a private round' });
  await setup.getByRole('button', { name: 'All approvers’ stances' }).click();
  await setup.getByRole('radio', { name: '5 min' }).check();
  await setup.getByRole('button', { name: /^Start round on/ }).click();
  const bob = others[0]!;
  const bobsDock = bob.getByRole('complementary', { name: 'Private round' });
  await bobsDock.getByRole('group', { name: /CFO/ }).getByRole('radio', { name: 'neutral', exact: true }).check();
  await bobsDock.getByRole('button', { name: 'Send my answers' }).click();
  await sessionCommand(alice, 'Lock map');
  const dock = alice.getByRole('complementary', { name: 'Private round' });
  await expect(dock).toContainText('1 of 4 answered');

  await atEverySize(alice, async (size) => {
    expect(await barProblems(alice), `round running, ${size}`).toEqual([]);
    await axeClean(alice, `top bar with a round running, ${size}`);
    // The session's commands, opened: whole inside the window too.
    await alice.getByRole('button', { name: /^Session/ }).click();
    const menu = alice.getByRole('group', { name: 'Session commands' });
    await expect(menu.getByRole('button', { name: 'Locked · Unlock' })).toBeFocused();
    expect(await barProblems(alice, '.session-menu__panel'), `session menu, ${size}`).toEqual([]);
    await axeClean(alice, `the session menu, ${size}`);
    await alice.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(alice.getByRole('button', { name: /^Session/ })).toBeFocused();
  });
});
