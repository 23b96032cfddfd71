import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { tokenFor, type Scope } from '../../../server/tokens';
import { SECRET, type ServerProcess } from '../../server/helpers/serverProcess';
import { expect, type PageGuard } from './page';

/* People joining one live room on the real sync server, each in a browser of their own. */

export const roomPath = (server: ServerProcess, room: string, scope: Scope) =>
  `/?room=${room}&sync=${encodeURIComponent(server.url)}&token=${tokenFor(SECRET, room, scope, 1)}`;

/** A new browser named `name` joins `path` at `size`; resolves once the page says it is live. */
export async function joinAs(
  browser: Browser,
  guard: PageGuard,
  path: string,
  name: string,
  size: { width: number; height: number },
  beforeJoin?: (page: Page) => void,
): Promise<Page> {
  const context = await browser.newContext({ viewport: size });
  await context.addInitScript((who) => localStorage.setItem('obvious:live-name', who), name);
  const page = await context.newPage();
  await guard.watch(page);
  beforeJoin?.(page);
  await page.goto(path);
  await expect(page.getByRole('group', { name: 'Live session' }).getByRole('status').first()).toHaveText(
    /^Live/,
  );
  return page;
}

/** No serious or critical axe violation on the page as it is. */
export async function axeClean(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const listed = serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(listed, `axe on ${screen}`).toEqual([]);
}

/** Presses one of the session's commands, folded in the top bar's Session menu. */
export async function sessionCommand(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: /^Session/ }).click();
  await page.getByRole('group', { name: 'Session commands' }).getByRole('button', { name, exact: true }).click();
}
