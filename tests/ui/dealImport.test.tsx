// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DealsPanel } from '../../src/ui/deals/DealsPanel';
import { analyze } from '../../src/domain/analysis/analyze';
import { useWorkbench } from '../../src/ui/shared/appStore';
import { loadMap, store, workshopMap } from './helpers';

beforeEach(() => loadMap(workshopMap()));
afterEach(cleanup);

function Panel() {
  const map = useWorkbench((s) => s.map);
  const nodesById = new Map(map.nodes.map((n) => [n.id, n]));
  return <DealsPanel map={map} analysis={analyze(map)} nodesById={nodesById} onFocusNode={() => {}} />;
}

const csv = (text: string, name = 'deals.csv') => new File([text], name, { type: 'text/csv' });

describe('importing deals from a CSV (the real file input, papaparse)', () => {
  it('maps the columns, shows what is left out, and changes nothing until Import', async () => {
    const user = userEvent.setup();
    render(<Panel />);
    const before = store().map;
    await user.upload(
      screen.getByLabelText('Deals CSV file'),
      csv(
        '\uFEFFDeal name,Stage,Close date,Stalled at\r\nAcme,Closed Lost,2026-08-20,CFO\r\nGlobex,maybe,2026-08-21,\r\nInitech,lost,20/08/2026,The board\r\n',
      ),
    );
    await screen.findByRole('form', { name: 'Which column holds what' });
    expect(screen.getByRole('combobox', { name: 'Deal name' })).toHaveDisplayValue('Deal name');
    expect(screen.getByRole('combobox', { name: 'Outcome' })).toHaveDisplayValue('Stage');
    expect(screen.getByRole('status')).toHaveTextContent('2 deals will replace the 0 recorded now.');
    const notes = screen.getByRole('list', { name: 'Left out or kept with care' });
    expect(notes).toHaveTextContent('Outcome “maybe” is not won, lost, no decision or open');
    expect(notes).toHaveTextContent('“The board” names no node on this map');
    expect(notes).toHaveTextContent('Date “20/08/2026” is not YYYY-MM-DD');
    expect(store().map).toBe(before);
    await user.click(screen.getByRole('button', { name: 'Import 2 deals' }));
    expect(store().map.deals?.map((d) => [d.name, d.outcome, d.stalledAt])).toEqual([
      ['Acme', 'lost', ['cfo']],
      ['Initech', 'lost', []],
    ]);
  });

  it('keeps Import and Cancel together in a footer after the notes, however many notes there are', async () => {
    const user = userEvent.setup();
    render(<Panel />);
    const rows = Array.from({ length: 40 }, (_, i) => `Deal ${i},lost,2026-08-20,Nobody ${i}`);
    await user.upload(
      screen.getByLabelText('Deals CSV file'),
      csv(['Deal name,Stage,Close date,Stalled at', ...rows].join('\r\n')),
    );
    const form = await screen.findByRole('form', { name: 'Which column holds what' });
    const notes = screen.getByRole('list', { name: 'Left out or kept with care' });
    expect(notes.children.length).toBeGreaterThan(30);
    expect(notes).toHaveTextContent('“Nobody 0” names no node on this map');
    const footer = screen.getByRole('button', { name: 'Import 40 deals' }).closest('footer');
    expect(footer).not.toBeNull();
    expect(footer).toContainElement(screen.getByRole('button', { name: 'Cancel' }));
    // The footer is the form's last part (the sticky foot of the panel), never inside the scrolling notes.
    expect(form.lastElementChild).toBe(footer);
    expect(notes).not.toContainElement(footer);
    expect(footer).toHaveClass('deal-import__footer');
  });

  it('refuses a file that is not UTF-8, and nothing changes', async () => {
    const user = userEvent.setup();
    render(<Panel />);
    const before = store().map;
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('name,outcome\r\nM'),
      0xfc,
      ...new TextEncoder().encode('ller,lost\r\n'),
    ]);
    await user.upload(
      screen.getByLabelText('Deals CSV file'),
      new File([latin1], 'latin1.csv', { type: 'text/csv' }),
    );
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('not UTF-8'));
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing was imported.');
    expect(store().map).toBe(before);
  });

  it('refuses a 30 MB file before reading it', async () => {
    const user = userEvent.setup();
    render(<Panel />);
    const big = new File([new Uint8Array(30 * 1024 * 1024).fill(0x61)], 'big.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('Deals CSV file'), big);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('This file is 30.0 MB'));
  });

  it('reads an export of more deals than a map holds a slice at a time, says which are kept, and imports the newest', async () => {
    const user = userEvent.setup();
    render(<Panel />);
    const before = store().map;
    // 12,000 deals, row i closing i days after 2000-01-01: the last 10,000 rows are the newest.
    const day = (i: number) => new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const rows = Array.from({ length: 12_000 }, (_, i) => `D${i},lost,${day(i)},CFO\r\n`).join('');
    await user.upload(
      screen.getByLabelText('Deals CSV file'),
      csv(`Deal name,Stage,Close date,Stalled at\r\n${rows}`),
    );
    await screen.findByRole('form', { name: 'Which column holds what' });
    expect(screen.getByRole('status')).toHaveTextContent('Reading 12,000 rows…');
    expect(screen.getByRole('button', { name: /^Import/ })).toBeDisabled();
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('10,000 deals will replace the 0 recorded now.'),
    );
    expect(
      screen.getByText(/^12,000 deals in the file; a map holds 10,000: the newest 10,000/),
    ).toHaveTextContent(
      `(by close date, ${day(2_000)} to ${day(11_999)}) will be imported, 2,000 older ones left out.`,
    );
    expect(store().map).toBe(before);
    await user.click(screen.getByRole('button', { name: 'Import 10,000 deals' }));
    const deals = store().map.deals ?? [];
    expect(deals).toHaveLength(10_000);
    expect([deals[0]?.name, deals.at(-1)?.name]).toEqual(['D2000', 'D11999']);
  });
});
