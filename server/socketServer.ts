import http from 'node:http';
import type { Hocuspocus, WebSocketLike } from '@hocuspocus/server';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import type { Limits } from './config';
import { CLOSE } from './guardedRoom';
import { messageOf, type Log } from './log';
import { parseClientMessage } from './messages';
import type { ConnectionContext } from './presenceGuard';

/*
 * The network side: one HTTP server for the links endpoint (httpApi.ts) and the WebSocket upgrades,
 * and the `ws` WebSocket server (its own, configured here, so that every socket has an `error`
 * listener and every limit has a close reason) handing each connection to Hocuspocus.
 *
 * Limits, each closing the connection with a reason the client sees: message size (1009, from ws),
 * connections per address and messages per second (4429), text or unreadable messages (1003, 4400),
 * a peer that stops reading while messages pile up for it (terminated). Hostile frames — a reserved
 * opcode, a length past the limit, a bad close status, RSV1 without compression — are turned into an
 * `error` by ws; each is logged in one line and closes that connection only.
 */

export interface SocketServer {
  server: http.Server;
  /** Open WebSocket connections. */
  count(): number;
  /** Closes every connection (on shutdown). */
  closeAll(code: number, reason: string): void;
}

const MAX_REASON_BYTES = 123;

/** A close reason within the 123 bytes a WebSocket close frame allows. */
export function closeReason(reason: string): string {
  if (Buffer.byteLength(reason) <= MAX_REASON_BYTES) return reason;
  let cut = reason;
  while (Buffer.byteLength(`${cut}…`) > MAX_REASON_BYTES) cut = cut.slice(0, -1);
  return `${cut}…`;
}

function closeWith(ws: WebSocket, code: number | undefined, reason: string | undefined): void {
  if (ws.readyState === WebSocket.CLOSING || ws.readyState === WebSocket.CLOSED) return;
  try {
    ws.close(code ?? 1000, closeReason(reason ?? ''));
  } catch {
    ws.terminate();
  }
}

function clientAddress(request: http.IncomingMessage, trustProxy: boolean): string {
  const forwarded = request.headers['x-forwarded-for'];
  const first = typeof forwarded === 'string' ? forwarded.split(',')[0]?.trim() : undefined;
  return trustProxy && first ? first : (request.socket.remoteAddress ?? 'unknown');
}

/** The Fetch API request Hocuspocus expects, from Node's (headers it cannot hold are left out). */
function toRequest(request: http.IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    try {
      headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    } catch {
      // Not a valid header for the Fetch API: Hocuspocus does not need it.
    }
  }
  let url = 'http://localhost/';
  try {
    url = new URL(request.url ?? '/', 'http://localhost').toString();
  } catch {
    // Keep the plain address.
  }
  return new Request(url, { headers });
}

const bytesOf = (data: RawData): Uint8Array => {
  const buffer = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
};

/** Messages per second, in bursts of up to four seconds' worth. */
function rateLimiter(perSecond: number): () => boolean {
  const capacity = perSecond * 4;
  let tokens = capacity;
  let last = Date.now();
  return () => {
    const now = Date.now();
    tokens = Math.min(capacity, tokens + ((now - last) / 1000) * perSecond);
    last = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

export function createSocketServer(options: {
  hocuspocus: Hocuspocus;
  limits: Limits;
  trustProxy: boolean;
  log: Log;
  onRequest: http.RequestListener;
}): SocketServer {
  const { hocuspocus, limits, log } = options;
  const perAddress = new Map<string, number>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.messageBytes, perMessageDeflate: false });
  const server = http.createServer(options.onRequest);

  server.on('clientError', (error: NodeJS.ErrnoException, socket: import('node:net').Socket) => {
    log.warn(`refused a malformed HTTP request from ${socket.remoteAddress ?? 'unknown'}: ${error.code ?? error.message}`);
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  wss.on('wsClientError', (error, socket, request) => {
    log.warn(`refused a WebSocket handshake from ${clientAddress(request, options.trustProxy)}: ${error.message}`);
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  wss.on('error', (error) => log.error(`WebSocket server: ${messageOf(error)}`));

  server.on('upgrade', (request, socket, head) => {
    const address = clientAddress(request, options.trustProxy);
    const early = (error: Error) => log.warn(`connection from ${address} failed during the handshake: ${error.message}`);
    socket.on('error', early);
    wss.handleUpgrade(request, socket, head, (ws) => {
      socket.off('error', early);
      open(ws, request, address);
    });
  });

  function open(ws: WebSocket, request: http.IncomingMessage, address: string): void {
    ws.on('error', (error) => log.warn(`closed a connection from ${address}: ${error.message}`));
    const count = (perAddress.get(address) ?? 0) + 1;
    perAddress.set(address, count);
    ws.once('close', () => {
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left > 0) perAddress.set(address, left);
      else perAddress.delete(address);
    });
    if (count > limits.connectionsPerAddress) {
      log.warn(`refused connection ${count} from ${address} (limit ${limits.connectionsPerAddress})`);
      closeWith(ws, CLOSE.tooMany, `too many connections from this address (at most ${limits.connectionsPerAddress})`);
      return;
    }
    const socket: WebSocketLike = {
      get readyState() {
        return ws.readyState;
      },
      send(data) {
        if (ws.readyState !== WebSocket.OPEN) return;
        if (ws.bufferedAmount > limits.unsentBytes) {
          log.warn(`terminated a connection from ${address}: it stopped reading (${ws.bufferedAmount} bytes waiting)`);
          ws.terminate();
          return;
        }
        ws.send(data as Uint8Array);
      },
      close: (code, reason) => closeWith(ws, code, reason),
    };
    const context: ConnectionContext = { address };
    const client = hocuspocus.handleConnection(socket, toRequest(request), context);
    const allowed = rateLimiter(limits.messagesPerSecond);
    ws.on('message', (data, isBinary) => {
      if (!isBinary) return closeWith(ws, 1003, 'text messages are not used');
      if (!allowed()) {
        log.warn(`closed a connection from ${address}: more than ${limits.messagesPerSecond} messages a second`);
        return closeWith(ws, CLOSE.tooMany, `sending too fast (at most ${limits.messagesPerSecond} messages a second)`);
      }
      const bytes = bytesOf(data);
      const parsed = parseClientMessage(bytes);
      if (!parsed.ok) {
        log.warn(`closed a connection from ${address}: ${parsed.reason}`);
        return closeWith(ws, CLOSE.malformed, parsed.reason);
      }
      client.handleMessage(bytes);
    });
    ws.on('close', (code, reason) => client.handleClose({ code, reason: reason.toString() }));
  }

  return {
    server,
    count: () => wss.clients.size,
    closeAll: (code, reason) => wss.clients.forEach((ws) => closeWith(ws, code, reason)),
  };
}
