import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import type { FilePayload } from './mapFiles';

/* What a person does and sees in the workbench, by role and label. */

type Kind = 'approver' | 'proof' | 'risk' | 'friction';
const KIND_NAME: Record<Kind, string> = {
  approver: 'Approver',
  proof: 'Proof',
  risk: 'Risk',
  friction: 'Friction',
};
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const toolbarButton = (page: Page, name: string): Locator =>
  page.getByRole('toolbar', { name: 'Workbench tools' }).getByRole('button', { name, exact: true });

/** The large obviousness number in the top bar. */
export const scoreValue = (page: Page): Locator => page.getByTestId('obviousness');

export async function readScore(page: Page): Promise<number> {
  return Number(await scoreValue(page).textContent());
}

/** Every decision node of a kind on the canvas (each is a group named "Approver: CFO, veto, …"). */
export const nodesOfKind = (page: Page, kind: Kind): Locator =>
  page.getByRole('group', { name: new RegExp(`^${KIND_NAME[kind]}: `) });

/** One decision node on the canvas, by kind and exact label. */
export const canvasNode = (page: Page, kind: Kind, label: string): Locator =>
  page.getByRole('group', { name: new RegExp(`^${KIND_NAME[kind]}: ${escapeRegExp(label)}(,|$)`) });

/** The plan items on the canvas ("Plan item: Hire 6 AEs, unanchored"). */
export const planItemsOnCanvas = (page: Page): Locator => page.getByRole('group', { name: /^Plan item: / });

/** The save status beside the period in the top bar. */
export const saveStatus = (page: Page): Locator =>
  page.getByText(/^(Saved in this browser|Saving…|Unsaved changes|Not saved: export a file)$/);

/** After an edit: the autosave has started (the status left "Saved") and finished (it is back). */
export async function waitForAutosave(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveText(/Unsaved changes|Saving…/);
  await expect(saveStatus(page)).toHaveText('Saved in this browser');
}

/** The message toast (role="status") with its dismiss button. */
export const notice = (page: Page): Locator =>
  page.getByRole('status').filter({ has: page.getByRole('button', { name: 'Dismiss message' }) });

export const refusedFileDialog = (page: Page): Locator =>
  page.getByRole('dialog', { name: 'This file could not be opened' });

export async function closeRefusedFileDialog(page: Page): Promise<void> {
  await refusedFileDialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(refusedFileDialog(page)).toBeHidden();
}

/** Opens a file through the page's real <input type=file>. */
export async function openThroughFileInput(page: Page, file: FilePayload): Promise<void> {
  await page.getByLabel('Open a decision map file').setInputFiles(file);
}

/** Drops a file on the canvas, as a drag from the desktop would (a DataTransfer with one file). */
export async function dropOnCanvas(page: Page, file: FilePayload): Promise<void> {
  const pane = page.locator('.react-flow__pane');
  const dataTransfer = await page.evaluateHandle(
    ({ name, mimeType, bytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: mimeType }));
      return transfer;
    },
    { name: file.name, mimeType: file.mimeType, bytes: [...file.buffer] },
  );
  await pane.dispatchEvent('dragover', { dataTransfer });
  await pane.dispatchEvent('drop', { dataTransfer });
  await dataTransfer.dispose();
}

/** Pastes text on the workbench (Ctrl+V outside any field): a ClipboardEvent carrying the text. */
export async function pasteOnWorkbench(page: Page, text: string): Promise<void> {
  await page.evaluate((pasted) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', pasted);
    const event = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true });
    document.body.dispatchEvent(event);
  }, text);
}

/** Clicks a toolbar export button and returns the downloaded file. */
export async function download(
  page: Page,
  button: 'Export JSON' | 'Export PNG' | 'Export SVG',
): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), toolbarButton(page, button).click()]);
  return { name: file.suggestedFilename(), bytes: await downloadedBytes(file) };
}

async function downloadedBytes(file: Download): Promise<Buffer> {
  const path = await file.path();
  return readFile(path);
}

/** Export JSON's text: the map exactly as it would be kept (the page's clock is fixed, so exports compare byte for byte). */
export async function exportJson(page: Page): Promise<string> {
  return (await download(page, 'Export JSON')).bytes.toString('utf8');
}

/** Drags from one point to another in small steps, as a hand would (React Flow needs the moves). */
export async function dragBetween(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + (to.x - from.x) / 4, from.y + (to.y - from.y) / 4, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

/** The centre of an element on screen. */
export async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('the element is not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A side-panel tab ("Inspector", "Score", "Plan", "Map"). */
export async function openTab(page: Page, name: 'Inspector' | 'Score' | 'Plan' | 'Map'): Promise<Locator> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  return page.getByRole('tabpanel');
}
