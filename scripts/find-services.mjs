// Finds the Redis and PostgreSQL servers the tests of several sync-server instances start on
// loopback: REDIS_SERVER and POSTGRES_BIN first, then the usual places (Debian's packages, Homebrew).
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const HOW_TO_GET_SERVICES =
  'Redis and PostgreSQL were not found, so the tests of several sync-server instances are skipped: install them (Debian/Ubuntu: `sudo apt-get install -y redis-server postgresql`; macOS: `brew install redis postgresql`) or set REDIS_SERVER and POSTGRES_BIN.';

const onPath = (name) =>
  (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, name))
    .find((path) => existsSync(path)) ?? null;

/** @returns {string | null} the redis-server binary */
export function findRedisServer() {
  const fromEnv = process.env.REDIS_SERVER;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return ['/usr/bin/redis-server', '/usr/local/bin/redis-server', '/opt/homebrew/bin/redis-server'].find((p) => existsSync(p)) ?? onPath('redis-server');
}

/** @returns {string | null} the folder holding initdb, postgres and pg_ctl */
export function findPostgresBin() {
  const has = (dir) => ['initdb', 'postgres', 'pg_ctl'].every((name) => existsSync(join(dir, name)));
  const fromEnv = process.env.POSTGRES_BIN;
  if (fromEnv) return has(fromEnv) ? fromEnv : null;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const version of versions) if (has(join(debian, version, 'bin'))) return join(debian, version, 'bin');
  }
  const initdb = onPath('initdb');
  return initdb && has(join(initdb, '..')) ? join(initdb, '..') : null;
}

/** @returns {{ redisServer: string, postgresBin: string } | null} */
export function findServices() {
  const redisServer = findRedisServer();
  const postgresBin = findPostgresBin();
  return redisServer && postgresBin ? { redisServer, postgresBin } : null;
}
