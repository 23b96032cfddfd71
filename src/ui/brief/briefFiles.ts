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

/** An SVG file's text as a base64 data URL (UTF-8), to embed in the Markdown brief. */
export function svgDataUrl(svgText: string): string {
  const bytes = new TextEncoder().encode(svgText);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}
