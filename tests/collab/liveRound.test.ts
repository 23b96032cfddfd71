import { afterEach, describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { startLiveRound } from '../../src/collab/round/liveRound';
import { newRoundKeys, openAnswer, sealAnswer } from '../../src/collab/round/seal';
import { nodeById } from '../builders';
import { flushAll } from './livePeers';
import { disposeRooms, room, type Person } from './roundRoom';

/*
 * A private round among people whose presence is linked as the server links it (without the server:
 * its checks are tested in tests/server/rounds.test.ts). Answers are sealed: only the facilitator's
 * browser can open them, and only the counts are ever announced.
 */

afterEach(disposeRooms);

describe('a private round', () => {
  it('shows who answered, never what, until the facilitator reveals the counts', () => {
    const [alice, bob, vic] = room(['edit', 'edit', 'view']) as [Person, Person, Person];
    expect(alice.round.start(['cfo', 'soc2'], null)).toBe(true);
    expect(bob.round.getView()).toMatchObject({ youRun: false, facilitator: { name: 'P0' } });
    expect(bob.round.getView().asked.map((n) => n.id)).toEqual(['cfo', 'soc2']);
    expect(bob.round.getView().youCanRun).toBe(false);

    bob.round.choose('cfo', 'skeptical');
    expect(bob.round.send()).toBe(true);
    vic.round.choose('cfo', 'supportive');
    vic.round.choose('soc2', 'missing');
    expect(vic.round.send()).toBe(true);
    alice.round.choose('cfo', 'skeptical');
    alice.round.send();

    // Everyone sees who answered…
    const seen = bob.round.getView();
    expect(seen.answeredCount).toBe(3);
    expect(seen.people.find((p) => p.name === 'P2')?.answered).toBe(true);
    expect(seen.spreads).toBeNull();
    // …and nothing of what: the answer Bob receives from Vic names no state, and Bob cannot open it.
    const vicsAnswer = bob.awareness.getStates().get(vic.awareness.clientID)?.answer as { sealed: string };
    expect(JSON.stringify(vicsAnswer)).not.toMatch(/supportive|missing|"4"/);
    expect(openAnswer(vicsAnswer.sealed, newRoundKeys().secretKey)).toBeNull();

    alice.round.reveal();
    for (const person of [alice, bob, vic]) {
      const spreads = person.round.getView().spreads ?? [];
      expect(spreads.map((s) => [s.nodeId, [...s.counts]])).toEqual([
        ['cfo', [0, 0, 2, 0, 1, 0]], // two steps apart: the widest disagreement first
        ['soc2', [0, 1, 0, 0, 0]],
      ]);
    }
    // After the reveal nobody can answer any more.
    expect(bob.round.send()).toBe(false);
  });

  it('lets the facilitator settle a node: its state and the round as the room’s evidence', () => {
    const [alice, bob] = room(['edit', 'edit']) as [Person, Person];
    alice.round.start(['cfo'], null);
    bob.round.choose('cfo', 'neutral');
    bob.round.send();
    alice.round.choose('cfo', 'skeptical');
    alice.round.send();
    alice.round.reveal();
    expect(bob.round.settle('cfo', 'neutral')).toMatchObject({ ok: false });
    expect(alice.round.settle('cfo', 'skeptical')).toEqual({ ok: true });
    flushAll([alice, bob]);
    const cfo = nodeById(bob.store.getState().map, 'cfo');
    expect(cfo).toMatchObject({ stance: 'skeptical' });
    expect(cfo.evidence?.[0]?.text).toMatch(
      /^room estimate 2026-12-05: 1 skeptical, 1 neutral — settled as skeptical; the team's view/,
    );
    expect(alice.round.getView().settled.get('cfo')).toBe('skeptical');
  });

  it('ignores a round announced from a view link, and one that is malformed', () => {
    const [alice, vic] = room(['edit', 'view']) as [Person, Person];
    const keys = newRoundKeys();
    vic.awareness.setLocalStateField('round', {
      id: 'forged-round',
      nodes: ['cfo'],
      key: keys.publicKey,
      endsAt: null,
      revealed: null,
    });
    expect(alice.round.getView().round).toBeNull();
    expect(vic.round.start(['cfo'], null)).toBe(false);
    const [, bob] = room(['edit', 'edit']) as [Person, Person];
    bob.awareness.setLocalStateField('round', { id: 'x', nodes: 'cfo' });
    expect(bob.round.getView().round).toBeNull();
  });

  it('counts no forged, damaged or stale answer, and says how many it could not open', () => {
    const [alice, bob, mallory] = room(['edit', 'edit', 'edit']) as [Person, Person, Person];
    alice.round.start(['cfo'], null);
    const round = alice.round.getView().round;
    if (!round) throw new Error('no round');
    bob.round.choose('cfo', 'supportive');
    bob.round.send();
    // Mallory seals to the right key but says a state the node cannot take, then tries an answer for an old round.
    mallory.awareness.setLocalStateField('answer', { round: round.id, sealed: sealAnswer('9', round.key) });
    expect(alice.round.getView().answeredCount).toBe(2);
    alice.round.reveal();
    expect(alice.round.getView().spreads?.[0]?.counts).toEqual([0, 0, 0, 0, 1, 0]);
    expect(alice.round.getView().unreadable).toBe(1);

    alice.round.end();
    alice.round.start(['cfo'], null);
    mallory.awareness.setLocalStateField('answer', { round: round.id, sealed: sealAnswer('2', round.key) });
    expect(alice.round.getView().answeredCount).toBe(0);
  });

  it('closes answering when the timer runs out', () => {
    let now = 1_000_000;
    const [alice, bob] = room(['edit', 'edit'], () => now) as [Person, Person];
    alice.round.start(['cfo'], 1);
    expect(bob.round.getView().round?.endsAt).toBe(1_000_000 + 60_000);
    bob.round.choose('cfo', 'opposed');
    now += 61_000;
    expect(bob.round.send()).toBe(false);
  });
});

describe('the facilitator’s hands', () => {
  it('lock: nobody else’s edits are shared while the map is locked, and they can edit again after', () => {
    const [alice, bob] = room(['edit', 'edit']) as [Person, Person];
    alice.round.setLock(true);
    expect(bob.round.getView().lockedBy?.name).toBe('P0');
    expect(bob.store.getState().readOnly).toBe(true);
    expect(alice.store.getState().readOnly).toBe(false);
    bob.store.getState().updateNode('cio', { label: 'Sneaky rename' });
    expect(nodeById(bob.store.getState().map, 'cio').label).toBe('CIO');
    expect(bob.store.getState().notice?.text).toMatch(/P0 has locked the map while presenting/);
    alice.store.getState().updateNode('cio', { label: 'CIO (renamed by the facilitator)' });
    flushAll([alice, bob]);
    expect(nodeById(bob.store.getState().map, 'cio').label).toBe('CIO (renamed by the facilitator)');

    alice.round.setLock(false);
    expect(bob.store.getState().readOnly).toBe(false);
    bob.store.getState().updateNode('cio', { label: 'Bob again' });
    flushAll([alice, bob]);
    expect(nodeById(alice.store.getState().map, 'cio').label).toBe('Bob again');
  });

  it('summon: everyone else jumps to the facilitator’s view, once per summon, never for an old one', () => {
    const [alice, bob, vic] = room(['edit', 'edit', 'view']) as [Person, Person, Person];
    const jumps: number[] = [];
    bob.round.onSummon((viewport) => jumps.push(viewport.x));
    alice.round.summon();
    expect(jumps).toEqual([0]);
    alice.awareness.setLocalStateField('cursor', { x: 1, y: 1 });
    expect(jumps).toEqual([0]);
    alice.round.summon();
    expect(jumps).toEqual([0, 0]);
    // Someone who comes after a summon is not moved by it: only by the next one.
    const late = new Awareness(bob.doc);
    const lateRound = startLiveRound({
      awareness: late,
      store: bob.store,
      binding: bob.binding,
      mode: 'edit',
    });
    const lateJumps: number[] = [];
    lateRound.onSummon((viewport) => lateJumps.push(viewport.x));
    const update = encodeAwarenessUpdate(alice.awareness, [alice.awareness.clientID]);
    applyAwarenessUpdate(late, update, 'remote');
    expect(lateJumps).toEqual([]);
    alice.round.summon();
    applyAwarenessUpdate(late, encodeAwarenessUpdate(alice.awareness, [alice.awareness.clientID]), 'remote');
    expect(lateJumps).toEqual([0]);
    lateRound.dispose();
    // A view link cannot summon (the server drops it; the app ignores it too).
    vic.awareness.setLocalStateField('summon', 99);
    vic.awareness.setLocalStateField('summon', 100);
    expect(jumps).toEqual([0, 0, 0]);
  });
});
