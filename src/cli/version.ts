import { readFileSync } from 'node:fs';

/** The version in the project's package.json, read when asked for. */
export function version(): string {
  try {
    const pkg: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    if (typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string')
      return pkg.version;
  } catch {
    // fall through: a missing or unreadable package.json is not worth failing over
  }
  return 'unknown';
}
