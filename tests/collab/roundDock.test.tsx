// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { LiveRound } from '../../src/collab/round/liveRound';
import { RoundDock } from '../../src/collab/ui/round/RoundDock';
import { useLiveRound } from '../../src/collab/ui/round/useLiveRound';
import { disposeRooms, room, sealInJsdom, type Person } from './roundRoom';

sealInJsdom();

afterEach(() => {
  cleanup();
  disposeRooms();
});

function Dock({ round }: { round: LiveRound }) {
  return <RoundDock round={round} view={useLiveRound(round)} />;
}

const dock = () => screen.getByRole('complementary', { name: 'Private round' });

describe('the facilitator’s own estimate', () => {
  it('is folded away, then answered like everyone’s: shown as answered and counted in the spread', async () => {
    const user = userEvent.setup();
    const [alice, bob] = room(['edit', 'edit']) as [Person, Person];
    render(<Dock round={alice.round} />);
    act(() => void alice.round.start(['cfo'], null));
    // Nothing of the facilitator's choice is on screen until they ask for it.
    expect(within(dock()).queryByRole('radio')).toBeNull();
    expect(within(dock()).getByRole('status')).toHaveTextContent('0 of 1 answered');

    act(() => {
      bob.round.choose('cfo', 'neutral');
      bob.round.send();
    });
    const own = within(dock()).getByRole('region', { name: 'Your own estimate' });
    await user.click(within(own).getByRole('button', { name: 'Put in my own estimate' }));
    await user.click(within(own).getByRole('radio', { name: 'supportive' }));
    await user.click(within(own).getByRole('button', { name: 'Send my answers' }));

    // Folded again, and counted among who answered (by name, never what).
    expect(within(own).queryByRole('radio')).toBeNull();
    expect(within(own).getByRole('button', { name: 'Change my own estimate' })).toBeVisible();
    expect(within(dock()).getByRole('status')).toHaveTextContent('2 of 2 answered');
    expect(within(dock()).getByText(/P0 \(you\)/).closest('li')).toHaveClass('is-answered');
    expect(dock()).not.toHaveTextContent(/supportive|neutral/);
    expect(bob.round.getView().people.find((p) => p.name === 'P0')?.answered).toBe(true);

    await user.click(within(dock()).getByRole('button', { name: 'Reveal answers' }));
    expect(dock()).toHaveTextContent('1 neutral, 1 supportive');
    expect(bob.round.getView().spreads?.[0]?.answered).toBe(2);
  });
});
