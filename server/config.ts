import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/*
 * Every setting of the sync server, read from the environment here and nowhere else (the server, the
 * `collab:link` and `collab:restore` commands all start from `readConfig`). docs/collab.md lists them.
 */

export interface Limits {
  /** Largest WebSocket message accepted (bytes); larger ones close the connection (1009). */
  messageBytes: number;
  /** Largest room document (bytes, as stored); an update that would pass it is refused. */
  documentBytes: number;
  /** Open connections from one address at once. */
  connectionsPerAddress: number;
  /** Messages a connection may send per second, on average (bursts of four seconds' worth pass). */
  messagesPerSecond: number;
  /** A peer that stops reading: closed when this much is waiting to be sent to it (bytes). */
  unsentBytes: number;
}

export interface Config {
  host: string;
  port: number;
  /** The key that signs links (HMAC-SHA256). Rotating it ends every link. */
  secret: string;
  /** Where the secret came from, to say so on start (never the secret itself). */
  secretSource: 'COLLAB_SECRET' | string;
  /** SQLite file (the default) or PostgreSQL (DATABASE_URL). */
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  /** Set: several instances share rooms through Redis. */
  redisUrl: string | null;
  /** The sync address links carry (what browsers connect to). */
  publicUrl: string;
  /** The app's address, for the links `collab:link` prints. */
  appUrl: string;
  /** How long a new link lasts. */
  linkDays: number;
  /** Take the client's address from X-Forwarded-For (only behind a proxy you run). */
  trustProxy: boolean;
  limits: Limits;
  /** A room keeps a snapshot at most this often (hours), taken when it is saved. */
  snapshotHours: number;
  /** Snapshots older than this are removed (days). */
  snapshotKeepDays: number;
  /** Saving: this long after the last change, and at least this often while changes go on (ms). */
  saveDelayMs: number;
  saveMaxDelayMs: number;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

type Env = Readonly<Record<string, string | undefined>>;

const MIB = 1024 * 1024;
const MIN_SECRET_LENGTH = 32;

function integer(env: Env, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}.`);
    return fallback;
  }
  return value;
}

function address(raw: string, name: string, protocols: readonly string[], problems: string[]): string {
  try {
    const url = new URL(raw);
    if (!protocols.includes(url.protocol)) problems.push(`${name} must start with ${protocols.join(' or ')}//, got ${JSON.stringify(raw)}.`);
  } catch {
    problems.push(`${name} is not an address: ${JSON.stringify(raw)}.`);
  }
  return raw.replace(/\/+$/, '');
}

/**
 * The secret: COLLAB_SECRET, else a random one kept in the data folder (made on first use, readable
 * by its owner only), so that `npm run serve:collab` needs no setup and `collab:link` finds the same.
 */
function readSecret(env: Env, dataDir: string, needShared: boolean, problems: string[]): { secret: string; source: string } {
  const given = env.COLLAB_SECRET;
  if (given !== undefined && given !== '') {
    if (given.length < MIN_SECRET_LENGTH)
      problems.push(`COLLAB_SECRET must be at least ${MIN_SECRET_LENGTH} characters (try: openssl rand -hex 32).`);
    return { secret: given, source: 'COLLAB_SECRET' };
  }
  if (needShared) {
    problems.push('COLLAB_SECRET must be set when REDIS_URL is: every instance must sign and check links with the same key.');
    return { secret: '', source: 'COLLAB_SECRET' };
  }
  const file = join(dataDir, 'secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
  }
  return { secret: readFileSync(file, 'utf8').trim(), source: file };
}

/** Reads the settings; `problems` says, one sentence each, what is wrong with the environment. */
export function readConfig(env: Env = process.env): ConfigResult {
  const problems: string[] = [];
  const host = env.HOST || '127.0.0.1';
  const port = integer(env, 'PORT', 1234, 0, 65535, problems);
  const dataDir = resolve(env.COLLAB_DATA || 'collab-data');
  const redisUrl = env.REDIS_URL ? address(env.REDIS_URL, 'REDIS_URL', ['redis:', 'rediss:'], problems) : null;
  const database = env.DATABASE_URL
    ? { kind: 'postgres' as const, url: address(env.DATABASE_URL, 'DATABASE_URL', ['postgres:', 'postgresql:'], problems) }
    : { kind: 'sqlite' as const, file: join(dataDir, 'rooms.sqlite') };
  if (redisUrl && database.kind === 'sqlite')
    problems.push('REDIS_URL needs DATABASE_URL too: several instances must keep rooms in one shared database (PostgreSQL).');
  const { secret, source } = readSecret(env, dataDir, redisUrl !== null, problems);
  const linkHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const publicUrl = address(env.COLLAB_PUBLIC_URL || `ws://${linkHost}:${port}`, 'COLLAB_PUBLIC_URL', ['ws:', 'wss:'], problems);
  const appUrl = address(env.COLLAB_APP_URL || 'http://127.0.0.1:5173/', 'COLLAB_APP_URL', ['http:', 'https:'], problems);
  const limits: Limits = {
    messageBytes: integer(env, 'COLLAB_MAX_MESSAGE_BYTES', 4 * MIB, 1024, 64 * MIB, problems),
    documentBytes: integer(env, 'COLLAB_MAX_DOCUMENT_BYTES', 16 * MIB, 1024, 256 * MIB, problems),
    connectionsPerAddress: integer(env, 'COLLAB_MAX_CONNECTIONS_PER_ADDRESS', 50, 1, 100_000, problems),
    messagesPerSecond: integer(env, 'COLLAB_MAX_MESSAGES_PER_SECOND', 60, 1, 100_000, problems),
    unsentBytes: 0,
  };
  limits.unsentBytes = integer(
    env,
    'COLLAB_MAX_UNSENT_BYTES',
    Math.max(limits.documentBytes, limits.messageBytes) * 2,
    64 * 1024,
    1024 * MIB,
    problems,
  );
  const config: Config = {
    host,
    port,
    secret,
    secretSource: source,
    database,
    redisUrl,
    publicUrl,
    appUrl,
    linkDays: integer(env, 'COLLAB_LINK_DAYS', 30, 1, 3650, problems),
    trustProxy: env.COLLAB_TRUST_PROXY === '1' || env.COLLAB_TRUST_PROXY === 'true',
    limits,
    snapshotHours: integer(env, 'COLLAB_SNAPSHOT_HOURS', 24, 1, 24 * 365, problems),
    snapshotKeepDays: integer(env, 'COLLAB_SNAPSHOT_KEEP_DAYS', 90, 1, 36_500, problems),
    saveDelayMs: 1000,
    saveMaxDelayMs: 2000,
  };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, config };
}

/** For the commands: the config, or the problems on stderr and exit code 2. */
export function configOrExit(env: Env = process.env): Config {
  const result = readConfig(env);
  if (result.ok) return result.config;
  for (const problem of result.problems) console.error(problem);
  process.exit(2);
}
