import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mapDoc } from '../../src/collab/doc/mapDoc';
import { tokenFor } from '../../server/tokens';
import { makeSmallMap } from '../builders';
import { freshDatabase, servicesAvailable, startPostgres, startRedis, type Service } from '../services';
import { closeAll, connect, mapIn, sleep, until, within, writeMap } from './helpers/liveClient';
import { forgePresence } from './helpers/rawClient';
import { SECRET, startServer, stopAllServers, type ServerProcess } from './helpers/serverProcess';

/*
 * Several server instances behind one address, as a company runs them: rooms in one PostgreSQL
 * database, instances joined through Redis — both real servers started here on loopback. People on
 * different instances edit together; a room saved by one is loaded by another; view-only, presence
 * and validation hold across instances.
 */

const run = servicesAvailable();
let redis: Service;
let postgres: Service;
let one: ServerProcess;
let two: ServerProcess;
let n = 0;
const freshRoom = () => `cluster-${Date.now().toString(36)}-${++n}`;
const edit = (room: string) => tokenFor(SECRET, room, 'edit', 1);

describe.skipIf(!run)('two instances with Redis and PostgreSQL', () => {
  beforeAll(async () => {
    [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
    const env = { REDIS_URL: redis.url, DATABASE_URL: await freshDatabase(postgres.url, 'cluster') };
    [one, two] = await Promise.all([startServer(env), startServer(env)]);
    await one.waitForLine(/rooms in PostgreSQL, sharing rooms with other instances through Redis/);
  }, 60_000);
  afterEach(() => closeAll());
  afterAll(async () => {
    await stopAllServers();
    await Promise.all([redis?.stop(), postgres?.stop()]);
  });

  it('people on different instances see each other’s edits and presence', async () => {
    const room = freshRoom();
    const alice = connect(one.url, room, edit(room));
    const bob = connect(two.url, room, edit(room));
    await within(Promise.all([alice.synced, bob.synced]), 5000, 'both join');
    const map = makeSmallMap({ title: 'Across instances' });
    writeMap(alice, map);
    await until(() => mapIn(bob.doc)?.title === 'Across instances', 'Bob, on the other instance, sees Alice’s map');
    writeMap(bob, { ...map, title: 'Bob renamed it' }, map);
    await until(() => mapIn(alice.doc)?.title === 'Bob renamed it', 'Alice sees Bob’s rename');
    alice.awareness.setLocalState({ name: 'Alice', mode: 'edit' });
    await until(() => bob.awareness.getStates().get(alice.doc.clientID)?.name === 'Alice', 'Bob sees Alice is here');
  });

  it('a room saved by one instance is loaded by the other', async () => {
    const room = freshRoom();
    const carol = connect(one.url, room, edit(room));
    await carol.synced;
    writeMap(carol, makeSmallMap({ title: 'Saved by instance one' }));
    await sleep(300);
    carol.destroy();
    await sleep(2500); // saved and unloaded by instance one
    const dave = connect(two.url, room, edit(room));
    await dave.synced;
    expect(mapIn(dave.doc)?.title).toBe('Saved by instance one');
  });

  it('a view-only link on one instance changes nothing on the other', async () => {
    const room = freshRoom();
    const alice = connect(one.url, room, edit(room));
    await alice.synced;
    const map = makeSmallMap({ title: 'Only editors change this' });
    writeMap(alice, map);
    const viewer = connect(two.url, room, tokenFor(SECRET, room, 'view', 1));
    await viewer.synced;
    await until(() => mapIn(viewer.doc)?.title === map.title, 'the viewer sees the map');
    writeMap(viewer, { ...map, title: 'Vandalised from instance two' }, map);
    await sleep(800);
    expect(mapIn(alice.doc)?.title).toBe(map.title);
  });

  it('presence cannot claim someone on the other instance; an invalid change is refused there too', async () => {
    const room = freshRoom();
    const alice = connect(one.url, room, edit(room));
    await alice.synced;
    writeMap(alice, makeSmallMap({ title: 'Guarded everywhere' }));
    alice.awareness.setLocalState({ name: 'Alice', mode: 'edit' });
    const bob = connect(two.url, room, edit(room));
    await bob.synced;
    await until(() => bob.awareness.getStates().get(alice.doc.clientID)?.name === 'Alice', 'instance two knows Alice');

    await forgePresence(two.url, room, edit(room), alice.doc.clientID, { name: 'Alice (facilitator)', mode: 'edit' });
    await two.waitForLine(new RegExp(`room ${room}: dropped presence claiming client ${alice.doc.clientID}`));

    const vandal = connect(two.url, room, edit(room));
    await vandal.synced;
    await until(() => mapIn(vandal.doc) !== null, 'the vandal has the map');
    mapDoc(vandal.doc).fields.set('title', '');
    expect((await within(vandal.closed, 5000, 'the vandal is closed')).code).toBe(4400);
    await sleep(500);
    expect(mapIn(alice.doc)?.title).toBe('Guarded everywhere');
    expect(bob.awareness.getStates().get(alice.doc.clientID)?.name).toBe('Alice');
  });
});
