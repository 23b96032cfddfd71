// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import { workbenchStore } from '../../../src/ui/shared/appStore';
import { App } from '../../../src/ui/App';
import { applyWhatIf } from '../../../src/domain/edits/whatIf';
import { formatScore } from '../../../src/ui/shared/words';
import { store, workshopMap } from '../helpers';
import { loadWorkshop, pressKey } from '../present/helpers';

beforeEach(() => loadWorkshop(workshopMap()));
afterEach(cleanup);

const region = () => screen.findByRole('region', { name: 'What if…' }, { timeout: 8000 });

describe('the what-if panel', () => {
  it('tries the selected proof verified, marked hypothetical, and shows the score it would give', async () => {
    render(<App />);
    store().select({ nodes: ['soc2'] });
    pressKey('t');
    const panel = await region();
    expect(within(panel).getByText('Hypothetical')).toBeInTheDocument();
    const today = analyze(store().map).score;
    const tried = analyze(applyWhatIf(store().map, { soc2: 'verified' })).score;
    expect(within(panel).getByRole('status')).toHaveTextContent(`Today ${formatScore(today)}`);
    expect(within(panel).getByRole('status')).toHaveTextContent(`what if ${formatScore(tried)}`);
    expect(within(panel).getByLabelText(/Proof: SOC 2 Type II report/)).toHaveValue('verified');
    // The map itself is untouched.
    expect(store().map.nodes.find((n) => n.id === 'soc2')).toMatchObject({ status: 'missing' });
  });

  it('keeps the changes in one action, as one undo step', async () => {
    const user = userEvent.setup();
    render(<App />);
    pressKey('t');
    const panel = await region();
    await user.click(within(panel).getAllByRole('button', { name: /^What if / })[0]!);
    await user.click(within(panel).getByRole('button', { name: 'Keep these changes' }));
    expect(store().whatIf).toBeNull();
    expect(screen.queryByRole('region', { name: 'What if…' })).toBeNull();
    expect(workbenchStore.temporal.getState().pastStates).toHaveLength(1);
  });

  it('throws them away in one action, leaving no trace', async () => {
    const user = userEvent.setup();
    render(<App />);
    const before = store().map;
    pressKey('t');
    const panel = await region();
    await user.selectOptions(within(panel).getByLabelText('Try any node resolved'), 'breach');
    await user.click(within(panel).getByRole('button', { name: 'Try it' }));
    expect(store().whatIf).toEqual({ breach: 'reduced' });
    await user.click(within(panel).getByRole('button', { name: 'Throw away' }));
    expect(store().map).toBe(before);
    expect(workbenchStore.temporal.getState().pastStates).toHaveLength(0);
  });

  it('while open, the inspector is locked and says why; no command changes the map; Throw away leaves it as it was', async () => {
    const user = userEvent.setup();
    render(<App />);
    const before = store().map;
    act(() => store().select({ nodes: ['soc2'] }));
    pressKey('t');
    await region();
    expect(await screen.findByRole('note')).toHaveTextContent(/Locked while the what-if is open/);
    const locked = screen.getByRole('group', { name: 'Inspector (locked during the what-if)' });
    expect(locked).toBeDisabled();
    for (const field of within(locked).getAllByRole('textbox')) expect(field).toBeDisabled();
    // Typing into the label does nothing; neither do the map's commands.
    await user.type(within(locked).getAllByRole('textbox')[0]!, ' edited{Enter}');
    pressKey('a');
    pressKey('Delete');
    expect(store().map).toBe(before);
    await user.click(within(await region()).getByRole('button', { name: 'Throw away' }));
    expect(store().map).toBe(before);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('on the shared screen, a state changed while the what-if is open is hypothetical', async () => {
    const user = userEvent.setup();
    render(<App />);
    const before = store().map;
    pressKey('F5');
    pressKey('ArrowRight'); // the CFO in the spotlight
    pressKey('t');
    const presentation = await screen.findByRole('main', { name: 'Presentation' }, { timeout: 8000 });
    await user.click(
      within(within(presentation).getByRole('radiogroup', { name: 'SOC 2 Type II report' })).getByRole(
        'radio',
        { name: 'verified' },
      ),
    );
    expect(store().whatIf).toMatchObject({ soc2: 'verified' });
    expect(store().map).toBe(before);
    expect(within(presentation).getAllByText('Hypothetical: tried in the what-if').length).toBeGreaterThan(0);
  });
});
