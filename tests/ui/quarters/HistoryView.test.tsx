// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import { startNextQuarter } from '../../../src/domain/quarters/startNextQuarter';
import { workbenchStore } from '../../../src/ui/shared/appStore';
import { QuartersView } from '../../../src/ui/quarters/QuartersView';
import { wrapLabel } from '../../../src/ui/quarters/wrapLabel';
import { formatScore } from '../../../src/ui/shared/words';
import { makeMap } from '../../builders';
import { lastQuarter, thisQuarter } from './quarters';
import { appLibraryWith, stopAppLibrary } from '../library/appLibrary';

afterEach(() => {
  cleanup();
  stopAppLibrary();
});

const q3 = lastQuarter();
const q4 = thisQuarter(q3);
const q1 = startNextQuarter(q4, 'finance-q1');
const legal = makeMap({ id: 'legal', title: 'Legal teams', market: 'Legal', period: '2026-Q4' });

const historyView = () => render(<QuartersView view={{ kind: 'history', mapId: null }} />);

describe('a market’s history', () => {
  it('charts obviousness by period with each period’s constraint and plan ceiling, in period order', async () => {
    await appLibraryWith([q4, legal, q1, q3], 'finance-q4');
    historyView();
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['2026-Q3', '2026-Q4', '2027-Q1']);
    const q3Analysis = analyze(q3);
    expect(rows[0]).toHaveTextContent(formatScore(q3Analysis.score));
    expect(rows[0]).toHaveTextContent(formatScore(q3Analysis.plan.ceiling));
    const chart = screen.getByRole('group', { name: /^Obviousness by period/ });
    const periods = within(chart).getAllByRole('button');
    expect(periods).toHaveLength(3);
    expect(periods[1]).toHaveAccessibleName(/^Open now: 2026-Q4: obviousness .*, constraint .*, plan ceiling/);
    // The other market is not in this chart.
    expect(within(table).queryByText('Legal teams')).toBeNull();
  });

  it('clicking a period opens that map and goes back to the workbench', async () => {
    const user = userEvent.setup();
    await appLibraryWith([q3, q4], 'finance-q4');
    historyView();
    const chart = await screen.findByRole('group', { name: /^Obviousness by period/ });
    await user.click(within(chart).getByRole('button', { name: /^Open 2026-Q3/ }));
    await waitFor(() => expect(workbenchStore.getState().map.id).toBe('finance-q3'));
    expect(workbenchStore.getState().library.view).toEqual({ kind: 'canvas' });
  });

  it('switches between markets', async () => {
    const user = userEvent.setup();
    await appLibraryWith([q3, legal, q4], 'finance-q4');
    historyView();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Market' }), 'Legal (1 map)');
    expect(await screen.findByRole('heading', { name: 'Legal: obviousness by period' })).toBeInTheDocument();
  });
});

describe('constraint labels under the chart', () => {
  it.each([
    ['SOC 2', ['SOC 2']],
    ['Data processing agreement', ['Data processing', 'agreement']],
    ['External auditor accepts the audit trail', ['External auditor', 'accepts the audit…']],
    ['Three reference customers of similar size on the same ERP', ['Three reference', 'customers of similar…']],
    ['Supercalifragilisticexpialidocious-proof', ['Supercalifragilistice…']],
  ])('%s', (label, lines) => {
    expect(wrapLabel(label)).toEqual(lines);
  });
});
