// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PresentRound } from '../../src/collab/ui/round/PresentRound';
import { disposeRooms, room, sealInJsdom, type Person } from './roundRoom';

sealInJsdom();

afterEach(() => {
  cleanup();
  disposeRooms();
});

const band = () => screen.getByRole('region', { name: 'Private round' });

function answer(person: Person, answers: Record<string, 'skeptical' | 'supportive' | 'missing' | 'claimed'>) {
  act(() => {
    for (const [id, state] of Object.entries(answers)) person.round.choose(id, state);
    person.round.send();
  });
}

describe('the round on the shared screen', () => {
  it('shows nothing without a round', () => {
    const [alice] = room(['edit']) as [Person];
    const { container } = render(<PresentRound round={alice.round} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('shows who has answered and the time left, never what; after the reveal, the spread per node', () => {
    const [alice, bob, carol, vic] = room(['edit', 'edit', 'edit', 'view'], () => Date.now()) as [
      Person,
      Person,
      Person,
      Person,
    ];
    render(<PresentRound round={alice.round} />);
    act(() => void alice.round.start(['cfo', 'soc2'], 2));
    expect(within(band()).getByRole('status')).toHaveTextContent(/^Round: 0 of 3 answered · [12]:\d\d left$/);

    answer(bob, { cfo: 'skeptical', soc2: 'missing' });
    answer(vic, { cfo: 'supportive', soc2: 'missing' });
    answer(alice, { cfo: 'supportive', soc2: 'claimed' });
    expect(within(band()).getByRole('status')).toHaveTextContent(/^Round: 3 of 4 answered/);
    const who = within(band()).getByRole('list', { name: 'Who has answered' });
    expect(
      within(who)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['✓ P0: answered', '✓ P1: answered', '… P2: not yet', '✓ P3: answered']);
    expect(band()).not.toHaveTextContent(/skeptical|supportive|missing|claimed/);

    // Only the one who runs the round may reveal it from the shared screen.
    const { unmount } = render(<PresentRound round={bob.round} />);
    expect(screen.getAllByRole('button', { name: 'Reveal answers' })).toHaveLength(1);
    unmount();
    act(() => within(band()).getByRole('button', { name: 'Reveal answers' }).click());
    expect(band()).toHaveTextContent(/^Round revealed/);
    expect(within(band()).queryByRole('button', { name: 'Reveal answers' })).toBeNull();
    const rows = within(band()).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual([
      'CFO1 skeptical2 supportive', // two steps apart: the widest first
      'SOC 2 report2 missing1 claimed',
    ]);
    expect(within(rows[0]!).getByRole('img')).toHaveAccessibleName('1 skeptical, 2 supportive');
    // Carol never answered: nothing of hers is counted, and she still sees the spread.
    expect(carol.round.getView().spreads?.[0]?.answered).toBe(3);
  });
});
