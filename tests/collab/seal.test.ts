import { describe, expect, it } from 'vitest';
import { newRoundKeys, openAnswer, sealAnswer } from '../../src/collab/round/seal';

describe('answers sealed to the facilitator', () => {
  it('open with the round’s secret key only', () => {
    const round = newRoundKeys();
    const sealed = sealAnswer('34-1', round.publicKey);
    expect(sealed).not.toBeNull();
    expect(openAnswer(sealed ?? '', round.secretKey)).toBe('34-1');
    expect(openAnswer(sealed ?? '', newRoundKeys().secretKey)).toBeNull();
  });

  it('are never the same twice, and have the same size whatever the answers', () => {
    const { publicKey } = newRoundKeys();
    const a = sealAnswer('5', publicKey);
    const b = sealAnswer('5', publicKey);
    expect(a).not.toBe(b);
    expect(sealAnswer('1', publicKey)?.length).toBe(a?.length);
  });

  it('refuse an altered answer, a short one, one that is not base64, and a key that is not a key', () => {
    const round = newRoundKeys();
    const sealed = sealAnswer('3', round.publicKey) ?? '';
    const flipped = sealed.slice(0, -6) + (sealed.at(-6) === 'A' ? 'B' : 'A') + sealed.slice(-5);
    expect(openAnswer(flipped, round.secretKey)).toBeNull();
    expect(openAnswer(sealed.slice(0, 40), round.secretKey)).toBeNull();
    expect(openAnswer('%%%', round.secretKey)).toBeNull();
    expect(sealAnswer('3', 'AAAA')).toBeNull();
  });
});
