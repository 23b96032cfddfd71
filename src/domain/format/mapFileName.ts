import type { DecisionMap } from '../records/map';

const MAX_STEM = 80;
export const MAP_FILE_EXTENSION = '.obvious.json';

/** Lower-case ASCII letters and digits joined by single hyphens: safe on every file system. */
function slug(words: string): string {
  return words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `Mid-market finance teams`, `2026-Q3` → `mid-market-finance-teams-2026-q3.obvious.json`. */
export function mapFileName(map: Pick<DecisionMap, 'title' | 'period'>): string {
  const stem = slug(`${map.title} ${map.period}`).slice(0, MAX_STEM).replace(/-+$/, '');
  return `${stem === '' ? 'decision-map' : stem}${MAP_FILE_EXTENSION}`;
}

/** A file name for an image export of the map: `mid-market-finance-teams-2026-q3.png`. */
export function imageFileName(map: Pick<DecisionMap, 'title' | 'period'>, extension: 'png' | 'svg'): string {
  return `${mapFileName(map).slice(0, -MAP_FILE_EXTENSION.length)}.${extension}`;
}
