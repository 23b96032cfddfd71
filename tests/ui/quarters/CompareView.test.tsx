// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { diff } from '../../../src/domain/diff/diff';
import { QuartersView } from '../../../src/ui/quarters/QuartersView';
import { fieldChange, sideNames, signedPoints } from '../../../src/ui/quarters/changeWords';
import { formatScore } from '../../../src/ui/shared/words';
import { makeMap } from '../../builders';
import { appLibraryWith, stopAppLibrary } from '../library/appLibrary';
import { lastQuarter, thisQuarter } from './quarters';

afterEach(() => {
  cleanup();
  stopAppLibrary();
});

const compareView = () => render(<QuartersView view={{ kind: 'compare', fromId: null, toId: null }} />);

/** The numbers a row of the contributions list starts with: "+9.5 …" → 9.5. */
const pointsOf = (text: string) => Number(text.replace('−', '-').match(/^[+-]?\d+(\.\d)?/)?.[0] ?? NaN);

describe('comparing this quarter with last', () => {
  it('starts on this map and the one it is based on, both named by period', async () => {
    await appLibraryWith([lastQuarter(), thisQuarter()]);
    compareView();
    expect(await screen.findByRole('combobox', { name: 'Before' })).toHaveDisplayValue(
      '2026-Q3 · Finance teams',
    );
    expect(screen.getByRole('combobox', { name: 'After' })).toHaveDisplayValue('2026-Q4 · Finance teams');
    expect(await screen.findByText('Constraint in 2026-Q3')).toBeInTheDocument();
    expect(screen.getByText('Constraint in 2026-Q4')).toBeInTheDocument();
  });

  it('reads in ten seconds: score then → now, the signed delta, and contributions that add up to it', async () => {
    const expected = diff(lastQuarter(), thisQuarter());
    await appLibraryWith([lastQuarter(), thisQuarter()]);
    compareView();
    const move = await screen.findByRole('group', { name: /^Obviousness/ });
    expect(move).toHaveAccessibleName(
      `Obviousness ${formatScore(expected.from.score)} in 2026-Q3, ${formatScore(expected.to.score)} in 2026-Q4: ${signedPoints(expected.scoreDelta)} points`,
    );
    expect(screen.getByTestId('score-delta')).toHaveTextContent(
      `${signedPoints(expected.scoreDelta)} points`,
    );
    expect(expected.scoreDelta).toBeGreaterThan(0);

    // Grouped by what happened, each group largest first; together they add up to the delta.
    const lists = screen.getAllByRole('list', { name: /: contributions, largest first$/ });
    const rows = lists.flatMap((list) => within(list).getAllByRole('listitem'));
    const points = rows.map((row) => pointsOf(row.textContent ?? ''));
    expect(points.reduce((a, b) => a + b, 0)).toBeCloseTo(expected.scoreDelta, 5);
    for (const list of lists) {
      const inList = within(list)
        .getAllByRole('listitem')
        .map((row) => pointsOf(row.textContent ?? ''));
      expect([...inList].sort((a, b) => Math.abs(b) - Math.abs(a))).toEqual(inList);
    }
    const progress = screen.getByRole('list', { name: 'Progress: contributions, largest first' });
    expect(
      within(progress)
        .getByText(/Reference customer/)
        .closest('li'),
    ).toHaveTextContent(/missing → verified/);
  });

  it('marks nodes and plan items added, removed and changed by word as well as colour', async () => {
    await appLibraryWith([lastQuarter(), thisQuarter()]);
    compareView();
    const nodes = await screen.findByRole('region', { name: 'Approvers, proofs, risks and frictions' });
    const reference = within(nodes).getByText('Reference customer').closest('li');
    expect(reference).toHaveTextContent(/Changed.*status missing → verified/);
    expect(within(nodes).getByText('CFO').closest('li')).toHaveTextContent(
      /Changed.*stance skeptical → supportive/,
    );

    const plan = screen.getByRole('region', { name: 'Plan items' });
    expect(within(plan).getByText('Phased rollout plan').closest('li')).toHaveTextContent(
      /New.*only in 2026-Q4/,
    );
    expect(within(plan).getByText('Conference booth').closest('li')).toHaveTextContent(
      /Removed.*only in 2026-Q3/,
    );
    expect(within(plan).getByRole('heading')).toHaveTextContent('1 new · 0 changed · 1 removed');
  });

  it('compares any two maps the user picks, and swaps them', async () => {
    const user = userEvent.setup();
    const other = makeMap({ id: 'legal', title: 'Legal teams', market: 'Legal', period: '2026-Q1' });
    await appLibraryWith([lastQuarter(), other, thisQuarter()]);
    compareView();
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Before' }),
      '2026-Q1 · Legal teams',
    );
    expect(await screen.findByText('Constraint in 2026-Q1')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Swap before and after' }));
    expect(screen.getByRole('combobox', { name: 'Before' })).toHaveDisplayValue('2026-Q4 · Finance teams');
    expect(screen.getByTestId('score-delta').textContent).toMatch(/points$/);
  });

  it('with one map in the library, says how to get a second one', async () => {
    await appLibraryWith([lastQuarter()]);
    compareView();
    expect(await screen.findByText(/The library holds one map/)).toBeInTheDocument();
  });
});

describe('the words of a comparison', () => {
  it.each([
    ['status', ['missing', 'verified'], 'status missing → verified'],
    ['stance', ['unknown', 'champion'], 'stance unknown → champion'],
    ['veto', [false, true], 'veto no → yes'],
    ['severity', [3, 5], 'severity 3 → 5'],
    ['notes', ['a', 'b'], 'notes edited'],
    ['category', ['hiring', 'feature'], 'category hiring → feature'],
    ['addresses', [[], ['soc2']], 'addresses nothing → soc2'],
    ['owner', [undefined, 'Dana'], 'owner none → Dana'],
  ] as const)('%s: %s', (field, values, words) => {
    expect(fieldChange(field, [values[0], values[1]])).toBe(words);
  });

  it.each([
    [{ period: '2026-Q3' }, { period: '2026-Q4' }, '2026-Q3', '2026-Q4'],
    [
      { period: '2026-Q3', title: 'North' },
      { period: '2026-Q3', title: 'South' },
      'North (2026-Q3)',
      'South (2026-Q3)',
    ],
    [{ period: '', title: 'Draft' }, { period: '', title: 'Draft' }, 'Draft, before', 'Draft, after'],
  ])('names the sides so nobody confuses them: %o vs %o', (a, b, from, to) => {
    expect(sideNames(makeMap(a), makeMap(b))).toEqual({ from, to });
  });
});
