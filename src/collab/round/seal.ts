import nacl from 'tweetnacl';

/*
 * Sealing answers to the facilitator. A round carries the facilitator's public key; each person seals
 * their answers to it (NaCl box: X25519 + XSalsa20-Poly1305, with a key pair made for this one answer),
 * so the server and everyone else in the room carry bytes they cannot read. Only the browser that
 * started the round holds the secret key, in memory, for that round only.
 *
 * tweetnacl rather than WebCrypto: WebCrypto's `subtle` exists only on https:// and localhost pages,
 * and a team may serve the app over plain http on its own network.
 */

export interface RoundKeys {
  /** Base64 of 32 bytes: what the round announces. */
  publicKey: string;
  secretKey: Uint8Array;
}

const toBase64 = (bytes: Uint8Array): string => {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
};

function fromBase64(text: string): Uint8Array | null {
  try {
    const raw = atob(text);
    const bytes = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

export function newRoundKeys(): RoundKeys {
  const pair = nacl.box.keyPair();
  return { publicKey: toBase64(pair.publicKey), secretKey: pair.secretKey };
}

/** `text` sealed to the round's public key: base64 of the one-time public key, the nonce and the box. */
export function sealAnswer(text: string, roundKey: string): string | null {
  const recipient = fromBase64(roundKey);
  if (recipient?.length !== nacl.box.publicKeyLength) return null;
  const once = nacl.box.keyPair();
  const nonce = nacl.randomBytes(nacl.box.nonceLength);
  const box = nacl.box(new TextEncoder().encode(text), nonce, recipient, once.secretKey);
  const sealed = new Uint8Array(once.publicKey.length + nonce.length + box.length);
  sealed.set(once.publicKey, 0);
  sealed.set(nonce, once.publicKey.length);
  sealed.set(box, once.publicKey.length + nonce.length);
  return toBase64(sealed);
}

/** The text inside a sealed answer, or null when it was not sealed to this key (or was altered). */
export function openAnswer(sealed: string, secretKey: Uint8Array): string | null {
  const bytes = fromBase64(sealed);
  const head = nacl.box.publicKeyLength + nacl.box.nonceLength;
  if (!bytes || bytes.length < head + nacl.box.overheadLength) return null;
  const opened = nacl.box.open(
    bytes.subarray(head),
    bytes.subarray(nacl.box.publicKeyLength, head),
    bytes.subarray(0, nacl.box.publicKeyLength),
    secretKey,
  );
  if (!opened) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(opened);
  } catch {
    return null;
  }
}
