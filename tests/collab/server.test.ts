import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

/*
 * `npm run serve:collab` on loopback: the standard y-websocket protocol (spoken here by the y-websocket
 * client library itself, from a Node process), and with YPERSISTENCE a room that survives a restart.
 */

const run = promisify(execFile);
const SERVER = 'scripts/collab-server.mjs';
const CLIENT = 'tests/collab/syncClient.mjs';
const running: ChildProcess[] = [];
const folders: string[] = [];

/** Starts the server on a free loopback port; resolves with its address once it listens. */
function startServer(env: Record<string, string> = {}): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /listening on (ws:\/\/[\d.]+:\d+)/.exec(output);
      if (found?.[1]) resolve({ url: found[1], child });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`the server exited (${code}) before listening:\n${output}`)));
  });
}

/** SIGTERM, as a service manager stops it; resolves with the exit code. */
function stopServer(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

const client = (url: string, room: string, ...args: string[]) =>
  run(process.execPath, [CLIENT, url, room, ...args], { timeout: 20_000 });

afterEach(async () => {
  for (const child of running.splice(0)) if (child.exitCode === null) await stopServer(child);
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the live sync server', () => {
  it('syncs a room between two y-websocket clients and stops cleanly on SIGTERM', async () => {
    const { url, child } = await startServer();
    await client(url, 'room-one', 'write', 'title', 'Mid-market finance');
    // Still in memory while the server runs…
    expect((await client(url, 'room-one', 'read', 'title')).stdout.trim()).toBe('"Mid-market finance"');
    expect((await client(url, 'another-room', 'read', 'title')).stdout.trim()).toBe('null');
    expect(await stopServer(child)).toBe(0);
  });

  it('keeps a room across a restart with YPERSISTENCE', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'obvious-rooms-'));
    folders.push(folder);
    const first = await startServer({ YPERSISTENCE: folder });
    await client(first.url, 'q3-finance', 'write', 'title', 'Kept on disk');
    expect(await stopServer(first.child)).toBe(0);

    const second = await startServer({ YPERSISTENCE: folder });
    expect((await client(second.url, 'q3-finance', 'read', 'title')).stdout.trim()).toBe('"Kept on disk"');
  });

  it('forgets a room across a restart without it (memory only)', async () => {
    const first = await startServer();
    await client(first.url, 'scratch', 'write', 'title', 'Gone after restart');
    await stopServer(first.child);
    const second = await startServer();
    expect((await client(second.url, 'scratch', 'read', 'title')).stdout.trim()).toBe('null');
  });

  it('refuses an upgrade to a path that is not a room name', async () => {
    const { url } = await startServer();
    const { hostname, port } = new URL(url);
    const status = await new Promise<number | 'upgraded'>((resolve, reject) => {
      const request = http.request({
        hostname,
        port,
        path: '/rooms/%2e%2e/secret?x=1',
        headers: {
          Connection: 'Upgrade',
          Upgrade: 'websocket',
          'Sec-WebSocket-Version': '13',
          'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
        },
      });
      request.on('upgrade', (_response, socket) => {
        socket.destroy();
        resolve('upgraded');
      });
      request.on('response', (response) => resolve(response.statusCode ?? 0));
      request.on('error', reject);
      request.end();
    });
    expect(status).toBe(400);
  });
});
