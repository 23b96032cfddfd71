import { tokenFor } from '../../../server/tokens';
import { SECRET } from './serverProcess';

/** Tokens for a room on the test server, valid for an hour. */
export const editToken = (room: string) => tokenFor(SECRET, room, 'edit', 1);
export const viewToken = (room: string) => tokenFor(SECRET, room, 'view', 1);

/** A well-formed round on one node and a well-formed sealed answer to it, as presence carries them. */
export const ROUND_KEY = 'A'.repeat(43) + '=';
export const ROUND = { id: 'round-0001', nodes: ['cfo'], key: ROUND_KEY, endsAt: null, revealed: null };
export const ANSWER = { round: 'round-0001', sealed: 'AQIDBAUGBwg=' };
