import { test as base, expect, type Page } from '@playwright/test';

/*
 * The one way every end-to-end spec opens the workbench. The `test` exported here watches the page
 * for the whole test — uncaught page errors, console errors and Content-Security-Policy violations —
 * and fails the test at the end if any happened (a test that expects some takes them with `guard.take`).
 */

/** One thing that went wrong in the page. */
export interface PageTrouble {
  kind: 'page error' | 'console error' | 'csp violation';
  text: string;
}

declare global {
  interface Window {
    /** Filled by the init script below; survives nothing (a reload starts it empty), see `reportCsp`. */
    __cspViolations?: string[];
  }
}

/** Runs in the page before any of its scripts: records every CSP violation on window and reports it out. */
function listenForCspViolations() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}` : '';
    const text = `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}${event.sample ? `: ${event.sample}` : ''}${where}`;
    window.__cspViolations?.push(text);
    const report = (window as unknown as { __reportCsp?: (t: string) => void }).__reportCsp;
    report?.(text);
  });
}

const mentionsCsp = (text: string) => /content security policy/i.test(text);

/** Collects the troubles of one or more pages; `assertClean` fails with all of them listed. */
export class PageGuard {
  readonly troubles: PageTrouble[] = [];
  private readonly watched = new Set<Page>();

  /** Starts watching a page: call before its first navigation (the fixture does it for `page`). */
  async watch(page: Page): Promise<void> {
    if (this.watched.has(page)) return;
    this.watched.add(page);
    page.on('pageerror', (error) =>
      this.troubles.push({ kind: 'page error', text: error.stack ?? error.message }),
    );
    page.on('console', (message) => {
      const text = message.text();
      if (mentionsCsp(text)) this.troubles.push({ kind: 'csp violation', text });
      else if (message.type() === 'error') this.troubles.push({ kind: 'console error', text });
    });
    // A binding survives reloads, so a violation during a reload is not lost with the page's window.
    await page.exposeFunction('__reportCsp', (text: string) => {
      this.troubles.push({ kind: 'csp violation', text });
    });
    await page.addInitScript(listenForCspViolations);
  }

  /** Removes and returns the troubles matching `pattern` (for a test that provokes them on purpose). */
  take(pattern: RegExp): PageTrouble[] {
    const taken = this.troubles.filter((t) => pattern.test(t.text));
    const kept = this.troubles.filter((t) => !pattern.test(t.text));
    this.troubles.splice(0, this.troubles.length, ...kept);
    return taken;
  }

  /** The violations the page itself recorded on window (the in-page half of the CSP watch). */
  async violationsRecordedIn(page: Page): Promise<string[]> {
    return page.evaluate(() => window.__cspViolations ?? []);
  }

  assertClean(): void {
    const listed = this.troubles.map((t) => `${t.kind}: ${t.text}`).join('\n');
    expect(this.troubles, `the page reported trouble:\n${listed}`).toEqual([]);
  }
}

export const test = base.extend<{ guard: PageGuard }>({
  guard: [
    async ({ page }, use) => {
      const guard = new PageGuard();
      await guard.watch(page);
      await use(guard);
      // CSP events recorded in the page but not yet reported (the binding is asynchronous).
      if (!page.isClosed()) {
        const inPage = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
        for (const text of inPage) {
          if (!guard.troubles.some((t) => t.kind === 'csp violation' && t.text === text)) {
            guard.troubles.push({ kind: 'csp violation', text });
          }
        }
      }
      guard.assertClean();
    },
    { auto: true },
  ],
});

export { expect };

/** `exportedAt` of every export when a test fixes the page's clock: exports become byte-comparable. */
export const FIXED_TIME = new Date('2026-11-24T10:00:00.000Z');

export interface OpenOptions {
  /** Fix `Date` in the page to {@link FIXED_TIME} (timers keep running). Default true. */
  fixedTime?: boolean;
  /** Path to open (default "/"). */
  path?: string;
}

/**
 * Opens the workbench and waits until the first map (the saved one, or the sample) is shown, scored
 * and saved. Use it for every page a spec opens (a second tab: `guard.watch(page2)` first).
 */
export async function openWorkbench(page: Page, options: OpenOptions = {}): Promise<void> {
  if (options.fixedTime ?? true) await page.clock.setFixedTime(FIXED_TIME);
  await page.goto(options.path ?? '/');
  await waitForWorkbench(page);
}

/** After a navigation or reload: the map is loaded, the score shown, the save status settled. */
export async function waitForWorkbench(page: Page): Promise<void> {
  await expect(page.locator('main.workspace')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('obviousness')).toHaveText(/^\d+(\.\d)?$/);
  await expect(page.getByRole('application')).toBeVisible();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
}
