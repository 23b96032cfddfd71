// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/state/commands/registry';
import { ShowOfHands } from '../../../src/ui/round/ShowOfHands';
import { workbenchStore } from '../../../src/ui/shared/appStore';
import { makeSmallMap, nodeById } from '../../builders';
import { loadMap, store } from '../helpers';

afterEach(cleanup);

describe('a show of hands without a live session', () => {
  it('counts the room’s hands per state and settles the node as the room’s estimate, one undo step', async () => {
    const user = userEvent.setup();
    loadMap(makeSmallMap());
    const cfo = store().map.nodes.find((n) => n.label === 'CFO');
    if (!cfo) throw new Error('no CFO');
    store().select({ nodes: [cfo.id] });
    COMMANDS.find((c) => c.id === 'show-of-hands')?.run(workbenchStore);
    expect(store().overlay).toBe('hands');
    render(<ShowOfHands />);

    expect(screen.getByRole('combobox', { name: 'Node' })).toHaveDisplayValue('Approver: CFO');
    await user.click(screen.getByRole('button', { name: 'One more skeptical' }));
    await user.click(screen.getByRole('button', { name: 'One more skeptical' }));
    await user.click(screen.getByRole('button', { name: 'One more skeptical' }));
    await user.clear(screen.getByRole('spinbutton', { name: 'neutral' }));
    await user.type(screen.getByRole('spinbutton', { name: 'neutral' }), '2');
    await user.click(screen.getByRole('button', { name: 'One more supportive' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'The room is far apart · 3 skeptical, 2 neutral, 1 supportive',
    );
    expect(screen.getByRole('img', { name: '3 skeptical, 2 neutral, 1 supportive' })).toBeInTheDocument();

    const before = store().map;
    await user.click(screen.getByRole('button', { name: /^skeptical\s*·\s*3$/ }));
    const settled = nodeById(store().map, cfo.id);
    expect(settled).toMatchObject({ stance: 'skeptical' });
    expect(settled.evidence?.at(-1)?.text).toMatch(
      /^room estimate \(show of hands\) \d{4}-\d{2}-\d{2}: 3 skeptical, 2 neutral, 1 supportive — settled as skeptical; the team's view, not the market's$/,
    );
    expect(screen.getByRole('button', { name: /^skeptical\s*·\s*3$/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    store().undo();
    expect(store().map).toEqual(before);
  });

  it('offers nothing to settle until a hand is up, and never takes a negative count', async () => {
    loadMap(makeSmallMap());
    render(<ShowOfHands />);
    expect(screen.queryByRole('group', { name: /^Settle / })).toBeNull();
    fireEvent.change(screen.getByRole('spinbutton', { name: 'opposed' }), { target: { value: '-4' } });
    expect(screen.getByRole('spinbutton', { name: 'opposed' })).toHaveValue(0);
    expect(screen.queryByRole('group', { name: /^Settle / })).toBeNull();
  });
});
