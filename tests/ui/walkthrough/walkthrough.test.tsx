// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workbenchStore } from '../../../src/ui/shared/appStore';
import { App } from '../../../src/ui/App';
import { makeMap } from '../../builders';
import { store, workshopMap } from '../helpers';
import { findScreen, loadWorkshop, pressKey } from '../present/helpers';

afterEach(cleanup);

const question = () => screen.getByRole('heading', { level: 2, name: /\?|What is still open/ });

describe('walking the room through the decision', () => {
  beforeEach(() => loadWorkshop(makeMap({ title: 'New market' })));

  it('builds a map from the keyboard alone: approver, proof, risk, friction, plan item, what it addresses', async () => {
    const user = userEvent.setup();
    render(<App />);
    pressKey('w');
    const main = await findScreen('Walk through the decision');
    expect(question()).toHaveTextContent('Who must approve it?');
    // The entry line has the focus: type, Enter; an empty Enter moves on.
    await user.keyboard('CFO{Enter}{Enter}');
    expect(question()).toHaveTextContent('What proof must exist for CFO?');
    await user.keyboard('SOC 2 report{Enter}{Enter}');
    expect(question()).toHaveTextContent('What risk must be reduced for CFO?');
    await user.keyboard('Data breach{Enter}{Enter}');
    expect(question()).toHaveTextContent('What operational friction must disappear for CFO?');
    await user.keyboard('Security review queue{Enter}{Enter}');
    expect(question()).toHaveTextContent('What does the company plan to do?');
    await user.keyboard('Get the SOC 2 audit done{Enter}{Enter}');
    expect(question()).toHaveTextContent('Which of these does “Get the SOC 2 audit done” address?');
    await user.click(within(main).getByRole('checkbox', { name: 'SOC 2 report' }));
    await user.click(within(main).getByRole('button', { name: /Next question/ }));
    expect(question()).toHaveTextContent('What is still open');

    const map = store().map;
    expect(map.nodes.map((n) => [n.kind, n.label])).toEqual([
      ['approver', 'CFO'],
      ['proof', 'SOC 2 report'],
      ['risk', 'Data breach'],
      ['friction', 'Security review queue'],
    ]);
    const id = (label: string) => map.nodes.find((n) => n.label === label)?.id;
    expect(map.edges.map((e) => [e.kind, e.source, e.target])).toEqual([
      ['requires', id('CFO'), id('SOC 2 report')],
      ['fears', id('CFO'), id('Data breach')],
      ['burdens', id('Security review queue'), id('CFO')],
    ]);
    expect(map.plan).toEqual([
      expect.objectContaining({ title: 'Get the SOC 2 audit done', addresses: [id('SOC 2 report')] }),
    ]);
    // Five answers, five undo steps: a node and its link are one.
    expect(workbenchStore.temporal.getState().pastStates).toHaveLength(6);
  });

  it('moves with Page Down and Page Up, and Escape leaves from the entry line', async () => {
    render(<App />);
    pressKey('w');
    await findScreen('Walk through the decision');
    const entry = screen.getByRole('textbox', { name: 'Add an approver' });
    // The screen's code arrives on demand; the entry takes focus in an effect, on a busy machine a tick later.
    await waitFor(() => expect(entry).toHaveFocus());
    await userEvent.keyboard('{PageDown}');
    expect(question()).toHaveTextContent('What does the company plan to do?');
    await userEvent.keyboard('{PageUp}');
    expect(question()).toHaveTextContent('Who must approve it?');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('main', { name: 'Walk through the decision' })).toBeNull();
    expect(store().workshopScreen).toBeNull();
  });
});

describe('a walkthrough the room can follow (issue 16)', () => {
  beforeEach(() => loadWorkshop(workshopMap()));

  it('Enter on a question without an entry line moves on, all the way to the end', async () => {
    render(<App />);
    pressKey('w');
    const main = await findScreen('Walk through the decision');
    const total = Number(
      /of (\d+)$/.exec(within(main).getByText(/question \d+ of \d+/).textContent ?? '')?.[1],
    );
    expect(total).toBeGreaterThan(5);
    for (let i = 1; i < total; i++) await userEvent.keyboard('{Enter}');
    expect(question()).toHaveTextContent('What is still open');
  });

  it('says which section a question is in, and what each section’s count counts', async () => {
    render(<App />);
    pressKey('w');
    const main = await findScreen('Walk through the decision');
    expect(within(main).getByText(/question 1 of \d+/)).toHaveTextContent(
      /^Who must approve it: section 1 of 7 · question 1 of \d+$/,
    );
    const steps = within(main).getByRole('navigation', { name: 'Walkthrough steps' });
    expect(within(steps).getByRole('button', { name: /What proof must exist/ })).toHaveTextContent(
      'What proof must exist · 2 questions, one per approver',
    );
  });
});

describe('the end of the walkthrough', () => {
  beforeEach(() => loadWorkshop(workshopMap()));

  it('names the open questions, the constraint and the unanchored plan items', async () => {
    render(<App />);
    workbenchStore.getState().setWalkthroughStep({ stage: 'end' });
    pressKey('w');
    const main = await findScreen('Walk through the decision');
    expect(within(main).getByRole('region', { name: 'The constraint' })).toHaveTextContent(
      /resolving it alone would raise obviousness/,
    );
    expect(within(main).getByRole('region', { name: /Open questions/ })).toHaveTextContent(
      'What is Legal counsel',
    );
    expect(
      within(main).getByRole('region', { name: /Plan items that are internal logic \(1\)/ }),
    ).toHaveTextContent('Hire 6 enterprise AEs');
  });
});
