import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
// @ts-expect-error -- a plain .mjs helper shared with scripts/test-all.mjs
import { findServices, HOW_TO_GET_SERVICES } from '../scripts/find-services.mjs';

/*
 * Real Redis and PostgreSQL servers on loopback, each on a free port in a folder of its own, for the
 * tests of several sync-server instances (Vitest and Playwright). PostgreSQL's initdb refuses to run
 * as root: as root, it and the server run as the `postgres` user (Debian's package makes one).
 * Without them, on a developer's machine those tests are skipped with one sentence saying how to
 * get them; under CI=true a missing service is a failure.
 */

export interface Service {
  url: string;
  stop: () => Promise<void>;
}

interface Found {
  redisServer: string;
  postgresBin: string;
}

export const found: Found | null = (findServices as () => Found | null)();
export const howToGetServices: string = HOW_TO_GET_SERVICES as string;

/** True when the services are there; false (after saying how to get them) when they may be skipped. */
export function servicesAvailable(): boolean {
  if (found) return true;
  if (process.env.CI) throw new Error(`CI=true: ${howToGetServices}`);
  console.warn(howToGetServices);
  return false;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitFor(check: () => Promise<boolean>, what: string, ms = 20_000): Promise<void> {
  const start = Date.now();
  while (!(await check().catch(() => false))) {
    if (Date.now() - start > ms) throw new Error(`${what} did not start within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

export async function startRedis(): Promise<Service> {
  if (!found) throw new Error(howToGetServices);
  const port = await freePort();
  const child = spawn(found.redisServer, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  await waitFor(
    () =>
      new Promise((resolve) => {
        const socket = net.connect(port, '127.0.0.1');
        socket.once('data', (data) => (socket.destroy(), resolve(data.toString().startsWith('+PONG'))));
        socket.once('error', () => resolve(false));
        socket.write('PING\r\n');
      }),
    'redis-server',
  );
  return { url: `redis://127.0.0.1:${port}`, stop: () => stopChild(child) };
}

const isRoot = () => process.getuid?.() === 0;

/** Runs a PostgreSQL program as the postgres user when this is root (initdb refuses root). */
function asPostgres(program: string, args: string[]): [string, string[]] {
  return isRoot() ? ['runuser', ['-u', 'postgres', '--', program, ...args]] : [program, args];
}

export async function startPostgres(): Promise<Service> {
  if (!found) throw new Error(howToGetServices);
  const folder = mkdtempSync(join(tmpdir(), 'obvious-pg-'));
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(folder, uid, gid);
  }
  const data = join(folder, 'data');
  const [initdb, initArgs] = asPostgres(join(found.postgresBin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  execFileSync(initdb, initArgs, { stdio: 'ignore' });
  const port = await freePort();
  const [postgres, args] = asPostgres(join(found.postgresBin, 'postgres'), [
    '-D', data, '-p', String(port), '-k', folder,
    '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'synchronous_commit=off',
  ]);
  const child = spawn(postgres, args, { stdio: 'ignore' });
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  await waitFor(async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.end();
    return true;
  }, 'PostgreSQL');
  return {
    url,
    stop: async () => {
      // The server itself, not runuser: its pid is the first line of postmaster.pid.
      try {
        process.kill(Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]), 'SIGQUIT');
      } catch {
        // Already gone.
      }
      await stopChild(child);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A database of its own on a PostgreSQL server (so that tests sharing a server start empty). */
export async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  await client.end();
  return serverUrl.replace(/\/postgres$/, `/${name}`);
}
