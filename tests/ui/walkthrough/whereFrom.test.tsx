// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dayOf } from '../../../src/domain/edits/evidenceEntry';
import { App } from '../../../src/ui/App';
import { workbenchStore } from '../../../src/ui/shared/appStore';
import { nodeById } from '../../builders';
import { store, workshopMap } from '../helpers';
import { findScreen, loadWorkshop, pressKey } from '../present/helpers';

afterEach(cleanup);
beforeEach(() => loadWorkshop(workshopMap()));

const sourceRow = (label: string) =>
  screen.getByRole('group', { name: `Where the answer about ${label} comes from` });

describe('where an answer comes from, in the walkthrough', () => {
  it('one key on the answer records evidence dated today, as the inspector’s quick entry does', async () => {
    const user = userEvent.setup();
    render(<App />);
    pressKey('w');
    await findScreen('Walk through the decision');
    const before = nodeById(store().map, 'cfo').evidence ?? [];
    expect(within(sourceRow('CFO')).getByText('Assumed')).toBeInTheDocument();

    // The room answers: the CFO is supportive. With the answer in focus, B says a buyer said so.
    const stance = screen.getByRole('radiogroup', { name: 'Stance of CFO' });
    await user.click(within(stance).getByRole('radio', { name: 'supportive' }));
    expect(within(stance).getByRole('radio', { name: 'supportive' })).toHaveFocus();
    const undoSteps = workbenchStore.temporal.getState().pastStates.length;
    await user.keyboard('b');

    expect(nodeById(store().map, 'cfo').evidence).toEqual([
      ...before,
      { text: 'Stance supportive (answered in the walkthrough)', source: 'buyer', date: dayOf(new Date()) },
    ]);
    expect(workbenchStore.temporal.getState().pastStates).toHaveLength(undoSteps + 1);
    // B was the answer's source, not the brief; the mark under the answer now says Evidenced.
    expect(store().workshopScreen).toBe('walkthrough');
    expect(within(sourceRow('CFO')).getByText('Evidenced')).toBeInTheDocument();
    expect(screen.getByText(/^Recorded: /)).toHaveTextContent(
      `Recorded: a buyer said it, ${dayOf(new Date())}.`,
    );
  });

  it('takes who recorded it, and a click on a source works as the key does', async () => {
    const user = userEvent.setup();
    render(<App />);
    pressKey('w');
    await findScreen('Walk through the decision');
    await user.type(screen.getByRole('textbox', { name: 'Recorded by' }), 'Ana');
    // A letter typed in the name is a letter, not a source.
    expect(nodeById(store().map, 'cfo').evidence ?? []).toEqual([]);
    await user.click(within(sourceRow('CFO')).getByRole('button', { name: /Deal/ }));
    expect(nodeById(store().map, 'cfo').evidence?.at(-1)).toEqual({
      text: 'Stance skeptical (answered in the walkthrough)',
      source: 'deal',
      date: dayOf(new Date()),
      by: 'Ana',
    });
    // Focus on a source button: T records the team's belief (not the templates).
    await user.keyboard('t');
    expect(nodeById(store().map, 'cfo').evidence?.at(-1)).toMatchObject({ source: 'team', by: 'Ana' });
    expect(store().workshopScreen).toBe('walkthrough');
  });

  it('waits while the state is unknown: there is no answer to back yet', async () => {
    const user = userEvent.setup();
    render(<App />);
    pressKey('w');
    await findScreen('Walk through the decision');
    const legal = sourceRow('Legal counsel');
    expect(legal).toHaveTextContent('Unknown: nothing to back yet');
    for (const button of within(legal).getAllByRole('button')) expect(button).toBeDisabled();
    const stance = screen.getByRole('radiogroup', { name: 'Stance of Legal counsel' });
    await user.click(within(stance).getByRole('radio', { name: 'unknown' }));
    await user.keyboard('r');
    expect(nodeById(store().map, 'legal').evidence ?? []).toEqual([]);
  });
});
