import type { DecisionMap } from '../../domain/records/map';
import { imageFileName } from '../../domain/format/mapFileName';
import { sanitizeSvg } from '../shared/sanitizeSvg';

/** The brief's files, named after the map: `mid-market-finance-teams-2026-q3-brief.md` and `…-brief-map.svg`. */
export function briefFileNames(map: Pick<DecisionMap, 'title' | 'period'>): {
  markdown: string;
  image: string;
} {
  const stem = imageFileName(map, 'svg').slice(0, -'.svg'.length);
  return { markdown: `${stem}-brief.md`, image: `${stem}-brief-map.svg` };
}

/** Today as YYYY-MM-DD in the local calendar. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * An SVG element as a standalone file: serialised (the serializer declares the SVG namespace itself),
 * then passed through the one SVG sanitiser every export uses.
 */
export function svgFileText(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${sanitizeSvg(new XMLSerializer().serializeToString(svg))}\n`;
}
