// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import { serializeMapFile } from '../../../src/domain/format/serialize';
import { workbenchStore } from '../../../src/ui/shared/appStore';
import { LibraryLayer } from '../../../src/ui/LibraryLayer';
import { formatScore } from '../../../src/ui/shared/words';
import { makeApprover, makeMap } from '../../builders';
import { EXPORTED_AT } from '../../state/library/helpers';
import { lastQuarter, thisQuarter } from '../quarters/quarters';
import { acting, appLibraryWith, stopAppLibrary } from './appLibrary';

afterEach(() => {
  cleanup();
  stopAppLibrary();
});

const q3 = lastQuarter();
const q4 = thisQuarter(q3);
const legal = makeMap({ id: 'legal', title: 'Legal teams', market: 'In-house legal', period: '2026-Q2' });

/** Opens the drawer; it loads lazily, so wait for it. */
async function openDrawer() {
  act(() => workbenchStore.getState().setDrawerOpen(true));
  render(<LibraryLayer />);
  return screen.findByRole('dialog', { name: 'Library' });
}

const rowOf = (drawer: HTMLElement, text: string) => {
  const row = within(drawer).getByText(text).closest('li');
  if (!row) throw new Error(`no row for ${text}`);
  return row;
};

describe('the library drawer', () => {
  it('lists the maps grouped by market, by period, each with its score and constraint', async () => {
    await appLibraryWith([q4, legal, q3], 'finance-q4');
    const drawer = await openDrawer();
    const markets = within(drawer).getAllByRole('region');
    expect(markets.map((m) => m.getAttribute('aria-label'))).toEqual(['In-house legal', 'Mid-market finance']);
    const finance = within(markets[1] as HTMLElement).getAllByRole('listitem');
    expect(finance.map((li) => within(li).getByText(/^2026-Q/).textContent)).toEqual(['2026-Q3', '2026-Q4']);
    expect(finance[0]).toHaveTextContent(`Obviousness ${formatScore(analyze(q3).score)}`);
    expect(finance[0]).toHaveTextContent(/Constraint: (Approver|Proof|Risk): /);
    expect(finance[1]).toHaveTextContent('Open now');
  });

  it('opens another map, and the drawer closes on it', async () => {
    const user = userEvent.setup();
    await appLibraryWith([q3, legal]);
    const drawer = await openDrawer();
    await user.click(within(drawer).getByRole('button', { name: 'Open Finance teams, 2026-Q3' }));
    await waitFor(() => expect(workbenchStore.getState().map.id).toBe('finance-q3'));
    expect(screen.queryByRole('dialog', { name: 'Library' })).toBeNull();
  });

  it('renames, duplicates, and deletes into the trash, from which a map comes back', async () => {
    const user = userEvent.setup();
    await appLibraryWith([q3, legal], 'finance-q3');
    const drawer = await openDrawer();
    await user.click(within(drawer).getByRole('button', { name: 'Rename Legal teams, 2026-Q2' }));
    const title = within(drawer).getByRole('textbox', { name: 'New title for Legal teams, 2026-Q2' });
    await user.clear(title);
    await user.type(title, 'Legal operations{Enter}');
    expect(await within(drawer).findByText('Legal operations')).toBeInTheDocument();

    await user.click(within(drawer).getByRole('button', { name: 'Duplicate Legal operations, 2026-Q2' }));
    expect(await within(drawer).findByText('Legal operations (copy)')).toBeInTheDocument();

    await user.click(within(drawer).getByRole('button', { name: 'Delete Legal operations (copy), 2026-Q2' }));
    const trash = (await within(drawer).findByText('Trash (1)')).closest('details') as HTMLElement;
    await user.click(within(trash).getByText('Trash (1)'));
    await user.click(within(trash).getByRole('button', { name: 'Restore Legal operations (copy), 2026-Q2' }));
    await waitFor(() => expect(within(drawer).queryByText(/^Trash/)).toBeNull());
    expect(rowOf(drawer, 'Legal operations (copy)')).toHaveTextContent('Obviousness');
  });

  it('starts next quarter from a map and opens it', async () => {
    const user = userEvent.setup();
    await appLibraryWith([q3]);
    const drawer = await openDrawer();
    await user.click(within(drawer).getByRole('button', { name: 'Start next quarter from Finance teams, 2026-Q3' }));
    await waitFor(() => expect(workbenchStore.getState().map).toMatchObject({ period: '2026-Q4', basedOn: 'finance-q3' }));
  });

  it('offers the saved text of a map that could not be opened', async () => {
    const { memory } = await appLibraryWith([q3, legal], 'finance-q3');
    const key = memory.entry('legal')?.key ?? '';
    memory.data.set(key, 'not a map at all');
    expect(await acting(async () => workbenchStore.getState().openMap('legal'))).toBe(false);
    const drawer = await openDrawer();
    const row = rowOf(drawer, 'Legal teams');
    expect(row).toHaveTextContent(/Could not be opened/);
    expect(within(row).getByRole('button', { name: 'Export the saved text of Legal teams, 2026-Q2' })).toBeInTheDocument();
  });
});

describe('questions the library asks', () => {
  it('an opened file whose map id is taken: keep both, and nothing is lost', async () => {
    const user = userEvent.setup();
    await appLibraryWith([q3]);
    render(<LibraryLayer />);
    const theirs = { ...q3, title: 'Finance teams (their copy)', nodes: [makeApprover({ id: 'cfo', label: 'CFO' })], edges: [], plan: [] };
    act(() => {
      void workbenchStore.getState().openFile(serializeMapFile(theirs, EXPORTED_AT));
    });
    const dialog = await screen.findByRole('dialog', { name: 'This map is already in your library' });
    expect(dialog).toHaveTextContent('In the file: “Finance teams (their copy)” (2026-Q3) · in your library: “Finance teams” (2026-Q3)');
    await user.click(within(dialog).getByRole('button', { name: 'Keep both' }));
    await waitFor(() => expect(workbenchStore.getState().library.entries).toHaveLength(2));
    expect(workbenchStore.getState().library.entries.map((e) => e.title).sort()).toEqual(['Finance teams', 'Finance teams (their copy)']);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('another tab’s change while this tab has unsaved changes: a notice with a choice', async () => {
    const user = userEvent.setup();
    await appLibraryWith([q3]);
    render(<LibraryLayer />);
    act(() => workbenchStore.setState((s) => ({ library: { ...s.library, conflict: { id: 'finance-q3', title: 'Finance teams' } } })));
    const notice = await screen.findByRole('alertdialog', { name: '“Finance teams” was changed in another tab' });
    expect(notice).toHaveTextContent('Nothing is overwritten until you choose.');
    await user.click(within(notice).getByRole('button', { name: 'Show the other tab’s version' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  });
});
