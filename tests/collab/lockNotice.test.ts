import { describe, expect, it } from 'vitest';
import { LOCKED_MESSAGE, lockedText, readLockedNotice } from '../../src/collab/doc/lockNotice';

/* The server's word that a change was dropped during a lock, as the app reads and says it. */

describe('the locked notice', () => {
  it('names the holder, or the facilitator when it has no name', () => {
    const named = readLockedNotice(JSON.stringify({ type: LOCKED_MESSAGE, by: 'Alice' }));
    expect(named && lockedText(named)).toMatch(/^Alice has locked the map/);
    const anonymous = readLockedNotice(JSON.stringify({ type: LOCKED_MESSAGE, by: 42 }));
    expect(anonymous && lockedText(anonymous)).toMatch(/^The facilitator has locked the map/);
  });

  it('ignores anything else', () => {
    expect(readLockedNotice('not json')).toBeNull();
    expect(readLockedNotice('null')).toBeNull();
    expect(readLockedNotice(JSON.stringify({ type: 'other', by: 'Alice' }))).toBeNull();
  });
});
