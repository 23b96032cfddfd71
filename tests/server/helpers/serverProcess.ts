import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * `npm run serve:collab` as a separate process on loopback (port 0: it prints the one it got), with
 * its own data folder and secret; what it logs is kept, to check that each refusal is one line.
 */

export const SECRET = 'test-secret-0123456789abcdef0123456789abcdef';

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  url: string;
  http: string;
  /** Everything the server printed so far, line by line. */
  lines: () => string[];
  /** Resolves with the first line matching `pattern` (waiting for it). */
  waitForLine: (pattern: RegExp, timeoutMs?: number) => Promise<string>;
  /** SIGTERM (a clean stop: every room saved) or SIGKILL; resolves with the exit code or signal. */
  stop: (signal?: NodeJS.Signals) => Promise<number | string | null>;
  alive: () => boolean;
}

const running = new Set<ServerProcess>();
const folders: string[] = [];

/** A data folder removed by `stopAllServers`. */
export function dataFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'obvious-collab-'));
  folders.push(folder);
  return folder;
}

export function startServer(env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      COLLAB_SECRET: SECRET,
      ...(env.DATABASE_URL ? {} : { COLLAB_DATA: env.COLLAB_DATA ?? dataFolder() }),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  let partial = '';
  const onData = (chunk: Buffer) => {
    partial += chunk.toString();
    const complete = partial.split('\n');
    partial = complete.pop() ?? '';
    for (const line of complete) {
      lines.push(line);
      for (const waiter of [...waiters])
        if (waiter.pattern.test(line)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(line);
        }
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));

  const waitForLine = (pattern: RegExp, timeoutMs = 15_000) => {
    const found = lines.find((line) => pattern.test(line));
    if (found) return Promise.resolve(found);
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms:\n${lines.join('\n')}`)), timeoutMs);
      waiters.push({ pattern, resolve: (line) => (clearTimeout(timer), resolve(line)) });
      void exited.then((code) => reject(new Error(`the server exited (${code}) before printing ${pattern}:\n${lines.join('\n')}`)));
    });
  };

  return waitForLine(/listening on ws:\/\/127\.0\.0\.1:(\d+)/).then((line) => {
    const port = Number(/listening on ws:\/\/127\.0\.0\.1:(\d+)/.exec(line)?.[1]);
    const server: ServerProcess = {
      child,
      port,
      url: `ws://127.0.0.1:${port}`,
      http: `http://127.0.0.1:${port}`,
      lines: () => [...lines],
      waitForLine,
      alive: () => child.exitCode === null && child.signalCode === null,
      stop: (signal = 'SIGTERM') => {
        running.delete(server);
        if (!server.alive()) return exited;
        child.kill(signal);
        return exited;
      },
    };
    running.add(server);
    return server;
  });
}

export async function stopAllServers(): Promise<void> {
  await Promise.all([...running].map((server) => server.stop('SIGKILL')));
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
}
