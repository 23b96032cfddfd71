// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { selectAnalysis } from '../../../src/state/store/selectors';
import { App } from '../../../src/ui/App';
import { KIND_NAME } from '../../../src/domain/words';
import { presentRoundSlot } from '../../../src/ui/shared/slot';
import { store, workshopMap } from '../helpers';
import { findScreen, loadWorkshop, pressKey } from './helpers';

beforeEach(() => loadWorkshop(workshopMap()));
afterEach(cleanup);

async function present() {
  render(<App />);
  pressKey('F5');
  return findScreen('Presentation');
}

describe('presentation mode', () => {
  it('shows what a live session puts in its round slot, under the header', async () => {
    act(() => presentRoundSlot.show(<p>Round: 2 of 5 answered</p>));
    try {
      const presentation = await present();
      expect(within(presentation).getByText('Round: 2 of 5 answered')).toBeInTheDocument();
    } finally {
      act(() => presentRoundSlot.show(null));
    }
  });

  it('shows the score and the constraint, hides the editing chrome, and Escape leaves it', async () => {
    const { container } = render(<App />);
    pressKey('F5');
    const presentation = await findScreen('Presentation');
    expect(
      within(presentation).getByRole('group', { name: /^Obviousness [\d.]+ out of 100$/ }),
    ).toBeInTheDocument();
    const constraint = store().map.nodes.find((n) => n.id === selectAnalysis(store()).constraint);
    expect(
      within(presentation).getByRole('group', {
        name: `Constraint: ${constraint ? KIND_NAME[constraint.kind] : ''}: ${constraint?.label}`,
      }),
    ).toBeInTheDocument();
    // The workbench (toolbar, panels) is still mounted but inert: nobody can reach it.
    expect(container.querySelector('.app')).toHaveAttribute('inert');
    expect(within(presentation).queryByRole('toolbar', { name: 'Workbench tools' })).toBeNull();
    pressKey('Escape');
    expect(screen.queryByRole('main', { name: 'Presentation' })).toBeNull();
    expect(container.querySelector('.app')).not.toHaveAttribute('inert');
  });

  it('steps the spotlight through the approvers with the arrow keys, veto holders first, weakest first', async () => {
    const presentation = await present();
    expect(store().spotlight).toBeNull();
    pressKey('ArrowRight');
    const first = store().spotlight?.id;
    expect(first).toBe('cfo'); // the CFO holds a veto: before Legal, who holds none
    expect(within(presentation).getByRole('heading', { level: 2, name: /CFO/ })).toBeInTheDocument();
    expect(within(presentation).getByText('Proof they need')).toBeInTheDocument();
    pressKey('ArrowRight');
    expect(
      within(presentation).getByRole('heading', { level: 2, name: 'Legal counsel' }),
    ).toBeInTheDocument();
    pressKey('ArrowLeft');
    expect(store().spotlight?.id).toBe('cfo');
  });

  it('lets the room change a stance and a status without leaving', async () => {
    const user = userEvent.setup();
    const presentation = await present();
    pressKey('ArrowRight');
    const before = store().map;
    await user.click(
      within(within(presentation).getByRole('radiogroup', { name: 'Stance' })).getByRole('radio', {
        name: 'supportive',
      }),
    );
    await user.click(
      within(within(presentation).getByRole('radiogroup', { name: 'SOC 2 Type II report' })).getByRole(
        'radio',
        { name: 'verified' },
      ),
    );
    const cfo = store().map.nodes.find((n) => n.id === 'cfo');
    const soc2 = store().map.nodes.find((n) => n.id === 'soc2');
    expect(cfo).toMatchObject({ stance: 'supportive' });
    expect(soc2).toMatchObject({ status: 'verified' });
    expect(store().map).not.toBe(before);
    expect(store().workshopScreen).toBe('present');
    // Undo works on the shared screen too.
    pressKey('z', { ctrlKey: true });
    expect(store().map.nodes.find((n) => n.id === 'soc2')).toMatchObject({ status: 'missing' });
  });

  it('keeps the presenter’s keys working from a state radio: ← → step the spotlight, Escape leaves', async () => {
    const user = userEvent.setup();
    const presentation = await present();
    pressKey('ArrowRight');
    const stance = within(within(presentation).getByRole('radiogroup', { name: 'Stance' })).getByRole(
      'radio',
      { name: 'skeptical' },
    );
    await user.click(stance);
    expect(stance).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(store().spotlight?.id).toBe('legal');
    expect(store().map.nodes.find((n) => n.id === 'cfo')).toMatchObject({ stance: 'skeptical' });
    within(presentation).getAllByRole('radio')[0]!.focus();
    await user.keyboard('{Escape}');
    expect(store().workshopScreen).toBeNull();
  });

  it('never deletes an unseen selection: Delete does nothing while presenting', async () => {
    await present();
    store().select({ nodes: ['soc2'] });
    pressKey('Delete');
    expect(store().map.nodes.some((n) => n.id === 'soc2')).toBe(true);
  });
});
