/**
 * Periods as teams write them on a map ("2026-Q3", "Q3 2026", "2026-H2", "FY2026", "2026",
 * "2026-03"): what comes next, and how to sort them in time order.
 */

type Unit = 'month' | 'quarter' | 'half' | 'year';

const MONTHS_IN: Record<Unit, number> = { month: 1, quarter: 3, half: 6, year: 12 };
const COUNT_IN_YEAR: Record<Unit, number> = { month: 12, quarter: 4, half: 2, year: 1 };

/** A period understood: its unit, year, 1-based index within the year, and how to write a neighbour. */
interface ParsedPeriod {
  unit: Unit;
  year: number;
  index: number;
  write: (year: number, index: number) => string;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Each pattern a team might write, and how to write the same shape for another period. */
const PATTERNS: ((s: string) => ParsedPeriod | null)[] = [
  // 2026-Q3, 2026 Q3, 2026Q3, 2026-q3
  (s) => {
    const m = /^(\d{4})([-\s/]?)([Qq])([1-4])$/.exec(s);
    if (!m) return null;
    const [, year = '', sep = '', q = 'Q', index = ''] = m;
    return {
      unit: 'quarter',
      year: Number(year),
      index: Number(index),
      write: (y, i) => `${y}${sep}${q}${i}`,
    };
  },
  // Q3 2026, Q3-2026
  (s) => {
    const m = /^([Qq])([1-4])([-\s/]?)(\d{4})$/.exec(s);
    if (!m) return null;
    const [, q = 'Q', index = '', sep = '', year = ''] = m;
    return {
      unit: 'quarter',
      year: Number(year),
      index: Number(index),
      write: (y, i) => `${q}${i}${sep}${y}`,
    };
  },
  // 2026-H2, 2026 H2
  (s) => {
    const m = /^(\d{4})([-\s/]?)([Hh])([12])$/.exec(s);
    if (!m) return null;
    const [, year = '', sep = '', h = 'H', index = ''] = m;
    return { unit: 'half', year: Number(year), index: Number(index), write: (y, i) => `${y}${sep}${h}${i}` };
  },
  // H2 2026
  (s) => {
    const m = /^([Hh])([12])([-\s/]?)(\d{4})$/.exec(s);
    if (!m) return null;
    const [, h = 'H', index = '', sep = '', year = ''] = m;
    return { unit: 'half', year: Number(year), index: Number(index), write: (y, i) => `${h}${i}${sep}${y}` };
  },
  // FY2026, FY 2026, fy2026
  (s) => {
    const m = /^([Ff][Yy])(\s?)(\d{4})$/.exec(s);
    if (!m) return null;
    const [, fy = 'FY', sep = '', year = ''] = m;
    return { unit: 'year', year: Number(year), index: 1, write: (y) => `${fy}${sep}${y}` };
  },
  // 2026
  (s) => {
    const m = /^(\d{4})$/.exec(s);
    if (!m) return null;
    return { unit: 'year', year: Number(m[1]), index: 1, write: (y) => String(y) };
  },
  // 2026-03
  (s) => {
    const m = /^(\d{4})-(\d{2})$/.exec(s);
    if (!m) return null;
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return { unit: 'month', year: Number(m[1]), index: month, write: (y, i) => `${y}-${pad2(i)}` };
  },
];

/** The longest period text a map may hold (FORMAT.md); anything longer is not a period. */
const MAX_PERIOD_LENGTH = 40;

function parsePeriod(period: string): ParsedPeriod | null {
  if (period.length > MAX_PERIOD_LENGTH) return null;
  const s = period.trim();
  for (const pattern of PATTERNS) {
    const parsed = pattern(s);
    if (parsed) return parsed;
  }
  return null;
}

/**
 * The period after this one, written the same way: "2026-Q4" → "2027-Q1", "Q3 2026" → "Q4 2026",
 * "2026-H2" → "2027-H1", "FY2026" → "FY2027", "2026" → "2027", "2026-12" → "2027-01".
 * Anything it does not recognise (or a year past 9999) gives "".
 */
export function nextPeriod(period: string): string {
  const parsed = parsePeriod(period);
  if (!parsed) return '';
  const last = parsed.index === COUNT_IN_YEAR[parsed.unit];
  const year = last ? parsed.year + 1 : parsed.year;
  const index = last ? 1 : parsed.index + 1;
  if (year > 9999) return '';
  return parsed.write(year, index);
}

/** Months since year 0 at which the period starts, and how many months it lasts. */
function span(parsed: ParsedPeriod): { start: number; length: number } {
  const length = MONTHS_IN[parsed.unit];
  return { start: parsed.year * 12 + (parsed.index - 1) * length, length };
}

/**
 * The year and month (1–12) a period starts in: "2026-Q3" → 2026, 7; "FY2026" → 2026, 1; null when
 * the period is not one this file understands.
 */
export function periodStart(period: string): { year: number; month: number } | null {
  const parsed = parsePeriod(period);
  if (!parsed) return null;
  const { start } = span(parsed);
  return { year: Math.floor(start / 12), month: (start % 12) + 1 };
}

const plainCompare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Sorts periods in time order: recognised periods by when they start (a shorter one first when two
 * start together), then unrecognised ones by their text, then empty ones last.
 */
export function comparePeriods(a: string, b: string): number {
  const aEmpty = a.trim() === '';
  const bEmpty = b.trim() === '';
  if (aEmpty || bEmpty) return aEmpty === bEmpty ? 0 : aEmpty ? 1 : -1;
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (pa && pb) {
    const sa = span(pa);
    const sb = span(pb);
    if (sa.start !== sb.start) return sa.start - sb.start;
    if (sa.length !== sb.length) return sa.length - sb.length;
    return plainCompare(a, b);
  }
  if (pa) return -1;
  if (pb) return 1;
  return plainCompare(a, b);
}
