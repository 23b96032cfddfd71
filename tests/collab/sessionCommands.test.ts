import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LiveView } from '../../src/collab/session';
import { sessionCommandList, type SessionActions } from '../../src/collab/ui/sessionCommandList';
import type { LiveMode } from '../../src/collab/doc/roomLink';
import { disposeRooms, room, type Person } from './roundRoom';

afterEach(disposeRooms);

const liveView = (mode: LiveMode, following: LiveView['following'] = null): LiveView => ({
  link: { room: 'r', sync: 'ws://127.0.0.1:1', token: 't', mode },
  status: 'connected',
  joined: true,
  people: [],
  following,
  refused: null,
});

function actions(): SessionActions {
  return { openRoundSetup: vi.fn(), openLinks: vi.fn(), stopFollowing: vi.fn() };
}

const commandsOf = (person: Person, mode: LiveMode = 'edit', acts = actions()) =>
  sessionCommandList(liveView(mode), person.round.getView(), person.round, acts);
const labels = (person: Person, mode: LiveMode = 'edit') => commandsOf(person, mode).map((c) => c.label);

describe('the live session’s commands, for the command palette', () => {
  it('before a round: start one, lock, summon, share links; the start opens the setup', () => {
    const [alice] = room(['edit', 'edit']) as [Person, Person];
    expect(labels(alice)).toEqual([
      'Start a private round…',
      'Lock the map while you present',
      'Summon: everyone’s view jumps to yours',
      'Share links…',
    ]);
    const acts = actions();
    commandsOf(alice, 'edit', acts)
      .find((c) => c.id === 'round-start')
      ?.run();
    expect(acts.openRoundSetup).toHaveBeenCalledOnce();
  });

  it('during a round the facilitator reveals and ends it, from the list; the others cannot', () => {
    const [alice, bob] = room(['edit', 'edit']) as [Person, Person];
    expect(alice.round.start(['cfo'], null)).toBe(true);
    expect(labels(alice)).toContain('End the private round');
    // Nothing to reveal yet, as the dock's disabled button says.
    expect(labels(alice).some((l) => l.startsWith('Reveal'))).toBe(false);
    expect(labels(alice)).not.toContain('Start a private round…');
    expect(labels(bob)).not.toContain('End the private round');
    expect(labels(bob).some((l) => l.startsWith('Reveal'))).toBe(false);

    bob.round.choose('cfo', 'neutral');
    bob.round.send();
    const reveal = commandsOf(alice).find((c) => c.id === 'round-reveal');
    expect(reveal?.label).toBe('Reveal the round’s answers (1 of 1 answered)');
    reveal?.run();
    expect(alice.round.getView().spreads).not.toBeNull();
    expect(labels(alice).some((l) => l.startsWith('Reveal'))).toBe(false);
    commandsOf(alice)
      .find((c) => c.id === 'round-end')
      ?.run();
    expect(alice.round.getView().round).toBeNull();
  });

  it('lock from the list; then it offers unlock, and nothing to lock to the others', () => {
    const [alice, bob] = room(['edit', 'edit']) as [Person, Person];
    commandsOf(alice)
      .find((c) => c.id === 'lock')
      ?.run();
    expect(alice.round.getView().youLock).toBe(true);
    expect(labels(alice)).toContain('Unlock the map: others can edit again');
    expect(labels(bob).some((l) => /lock/i.test(l))).toBe(false);
  });

  it('a view-only link lists its links and, when following someone, how to stop', () => {
    const [, viewer] = room(['edit', 'view']) as [Person, Person];
    const acts = actions();
    const following = { ...viewer.round.getView().people[0]!, name: 'Alice' };
    const list = sessionCommandList(liveView('view', following), viewer.round.getView(), viewer.round, acts);
    expect(list.map((c) => c.label)).toEqual(['Stop following Alice', 'Links of this session']);
    list[0]?.run();
    expect(acts.stopFollowing).toHaveBeenCalledOnce();
  });
});
