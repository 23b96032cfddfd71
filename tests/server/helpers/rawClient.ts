import { randomBytes } from 'node:crypto';
import net from 'node:net';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';

/*
 * What an attacker sends: Hocuspocus messages built by hand over a plain WebSocket (any bytes, in any
 * order), and raw WebSocket frames over a TCP socket after a real handshake (frames no client library
 * would send).
 */

/** A Hocuspocus message: the room, the type, then whatever `write` adds. */
export function message(room: string, type: number, write: (encoder: encoding.Encoder) => void = () => {}): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, room);
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export const authMessage = (room: string, token: string) =>
  message(room, 2, (e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarString(e, token);
  });

/** A document update as a sync message (type 0, sync step `2`: an update). */
export const updateMessage = (room: string, update: Uint8Array) =>
  message(room, 0, (e) => {
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint8Array(e, update);
  });

export const awarenessMessage = (room: string, update: Uint8Array) =>
  message(room, 1, (e) => encoding.writeVarUint8Array(e, update));

export interface RawSocket {
  ws: WebSocket;
  closed: Promise<{ code: number; reason: string }>;
  send: (data: Uint8Array | string) => void;
}

/** A WebSocket to the server that has (when `token` is given) sent its auth message for `room`. */
export async function rawSocket(url: string, room?: string, token?: string): Promise<RawSocket> {
  const ws = new WebSocket(url);
  ws.on('error', () => {});
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('close', () => reject(new Error('closed before opening')));
  });
  if (room !== undefined && token !== undefined) {
    const authenticated = new Promise<void>((resolve) => ws.once('message', () => resolve()));
    ws.send(authMessage(room, token));
    await authenticated;
  }
  return { ws, closed, send: (data) => ws.send(data) };
}

/** A TCP socket that has completed a WebSocket handshake (101) and may now write any bytes. */
export async function handshakenSocket(port: number): Promise<net.Socket> {
  const socket = net.connect(port, '127.0.0.1');
  socket.on('error', () => {});
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  socket.write(
    [
      'GET / HTTP/1.1',
      `Host: 127.0.0.1:${port}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
      'Sec-WebSocket-Version: 13',
      '',
      '',
    ].join('\r\n'),
  );
  await new Promise<void>((resolve, reject) => {
    let head = '';
    const onData = (chunk: Buffer) => {
      head += chunk.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      socket.off('data', onData);
      if (head.startsWith('HTTP/1.1 101')) resolve();
      else reject(new Error(`no upgrade: ${head.split('\r\n')[0]}`));
    };
    socket.on('data', onData);
  });
  return socket;
}

/** A masked client frame: first byte (FIN, RSV, opcode) then the payload (lengths up to 125). */
export function frame(first: number, payload: number[] = []): Buffer {
  const mask = [0x11, 0x22, 0x33, 0x44];
  return Buffer.from([first, 0x80 | payload.length, ...mask, ...payload.map((byte, i) => byte ^ mask[i % 4]!)]);
}

/** Resolves when the server has closed the TCP socket. */
export const ended = (socket: net.Socket): Promise<void> =>
  new Promise((resolve) => {
    if (socket.destroyed) resolve();
    socket.once('close', () => resolve());
  });

/** A masked binary frame of any length up to 64 KiB (what a client sends, built by hand). */
export function binaryFrame(payload: Uint8Array): Buffer {
  const mask = Buffer.from([0x0a, 0x0b, 0x0c, 0x0d]);
  const header =
    payload.length < 126
      ? Buffer.from([0x82, 0x80 | payload.length])
      : Buffer.from([0x82, 0x80 | 126, payload.length >> 8, payload.length & 0xff]);
  const body = Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]!));
  return Buffer.concat([header, mask, body]);
}

/** An awareness update announcing `state` for `clientId` (with a clock ahead of any real one). */
export function presenceUpdate(clientId: number, state: object): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const awareness = new Awareness(doc);
  for (let clock = 0; clock < 50; clock++) awareness.setLocalState({ ...state, clock });
  const update = encodeAwarenessUpdate(awareness, [clientId]);
  awareness.destroy();
  doc.destroy();
  return update;
}

/**
 * An authenticated socket that announces presence for `clientId` — someone else's — as a modified
 * client would (a real Yjs document would notice the clash and pick another id).
 */
export async function forgePresence(url: string, room: string, token: string, clientId: number, state: object): Promise<RawSocket> {
  const socket = await rawSocket(url, room, token);
  socket.send(awarenessMessage(room, presenceUpdate(clientId, state)));
  return socket;
}
