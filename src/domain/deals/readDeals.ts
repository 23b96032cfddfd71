import { LIMITS } from '../limits';
import { isCalendarDate } from '../records/common';
import type { Deal, DealOutcome } from '../records/deal';
import type { DecisionMap } from '../records/map';
import { looksLikeFormula } from './csvCells';
import type { DealColumns } from './dealColumns';
import { keepNewest, type LeftOut } from './newestDeals';
import { quoted } from '../words';

/**
 * Reads the rows of a CRM export as the map's deal record. Pure: the CSV parser (app layer) hands it
 * the cells. Nothing is guessed: a value that names no node, a label two nodes share, an outcome or a
 * date it does not know is shown in a note and left out. Nothing changes until the user confirms.
 */

/** What was left out or kept with care, one note per value (with how often and on which rows). */
export type ImportNoteKind =
  'unmatched-node' | 'ambiguous-label' | 'unknown-outcome' | 'bad-date' | 'no-name' | 'formula-text';

export interface ImportNote {
  kind: ImportNoteKind;
  value: string;
  /** Rows (1 = the first row after the header) where it occurs; the first few only. */
  rows: number[];
  count: number;
  /** For an ambiguous label: the ids of the nodes it names. */
  ids?: string[];
}

export type DealReading =
  | { ok: true; deals: Deal[]; rows: number; notes: ImportNote[]; leftOut: LeftOut | null }
  | { ok: false; message: string };

const ROWS_SHOWN = 5;

/** Outcome words CRMs use, compared without case, spaces, hyphens or underscores. */
const OUTCOME_WORDS: Record<string, DealOutcome> = {
  won: 'won',
  closedwon: 'won',
  win: 'won',
  lost: 'lost',
  closedlost: 'lost',
  loss: 'lost',
  nodecision: 'no-decision',
  closednodecision: 'no-decision',
  open: 'open',
  inprogress: 'open',
};

export const outcomeOf = (value: string): DealOutcome | undefined =>
  OUTCOME_WORDS[value.toLowerCase().replace(/[\s_-]/g, '')];

/** `YYYY-MM-DD`, or an ISO date and time (its date). Anything else (03/04/2026: which month?) is not read. */
export function dateOf(value: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  return match && isCalendarDate(match[1]!) ? match[1] : undefined;
}

/** Stalled-at cells may name several nodes, separated by ; or |. */
const splitNodes = (cell: string): string[] =>
  cell
    .split(/[;|]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

const squeezeLabel = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/** Node ids by id, and by label (a label two nodes share maps to both). */
function nodeFinder(map: DecisionMap): (value: string) => string[] {
  const ids = new Set(map.nodes.map((n) => n.id));
  const byLabel = new Map<string, string[]>();
  for (const node of map.nodes) {
    const key = squeezeLabel(node.label);
    byLabel.set(key, [...(byLabel.get(key) ?? []), node.id]);
  }
  return (value) => (ids.has(value) ? [value] : (byLabel.get(squeezeLabel(value)) ?? []));
}

class Notes {
  private readonly byKey = new Map<string, ImportNote>();
  add(kind: ImportNoteKind, value: string, row: number, ids?: string[]): void {
    const key = `${kind}\u0000${value}`;
    const note = this.byKey.get(key);
    if (note === undefined)
      this.byKey.set(key, { kind, value, rows: [row], count: 1, ...(ids ? { ids } : {}) });
    else {
      note.count += 1;
      if (note.rows.length < ROWS_SHOWN) note.rows.push(row);
    }
  }
  list(): ImportNote[] {
    return [...this.byKey.values()].sort((a, b) => b.count - a.count || (a.rows[0] ?? 0) - (b.rows[0] ?? 0));
  }
}

/** Text as the import takes it: without a byte order mark; refused when it is not UTF-8. */
export const NOT_UTF8 =
  'This file is not UTF-8 text (it has characters that cannot be read, as a file saved as Windows-1252 or Latin-1 does). Export it from the CRM as "CSV UTF-8" and import that.';

/** Text read as UTF-8 from bytes that are not UTF-8 holds U+FFFD where the bytes did not decode. */
export const isUnreadable = (text: string): boolean => text.includes('\uFFFD');

export function checkCsvText(text: string): { ok: true; text: string } | { ok: false; message: string } {
  if (isUnreadable(text)) return { ok: false, message: NOT_UTF8 };
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/**
 * The most rows an import reads. A map holds fewer deals (LIMITS.deals): of a larger export the newest
 * are kept (newestDeals.ts). Past this many rows a file is refused, so a hostile file costs little.
 */
export const IMPORT_ROWS = 100_000;

/** The refusal of a file with more rows than an import reads (`rows`: how many, when known). */
export const tooManyRows = (rows?: number): string => {
  const most = IMPORT_ROWS.toLocaleString('en-US');
  const has = rows === undefined ? `more than ${most}` : rows.toLocaleString('en-US');
  return `This file has ${has} rows; an import reads at most ${most} (a map holds the newest ${LIMITS.deals.toLocaleString('en-US')} deals). Export fewer (one market, the last quarters) and import again.`;
};

/** A row that reads as a deal, before its stalls are matched against the map's nodes. */
interface DealRow {
  row: readonly string[];
  /** 1 = the first row after the header. */
  n: number;
  name: string;
  outcome: DealOutcome;
  closedOn?: string;
  dateText: string;
}

/** `read` with its answers kept by text. */
function remembered<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    const value = read(text);
    known.set(text, value);
    return value;
  };
}

const cellOf = (row: readonly string[], column: number | null) =>
  column === null ? '' : (row[column] ?? '').trim();

/**
 * Reads data rows (the header row left out) with the chosen columns against the map's nodes. When
 * the file has more deals than a map holds, the newest are kept (`leftOut` says what is given up);
 * the notes then speak of the kept deals, and of the rows that read as no deal at all.
 */
export function readDeals(
  rows: readonly (readonly string[])[],
  columns: DealColumns,
  map: DecisionMap,
): DealReading {
  const steps = readDealsInSteps(rows, columns, map, Infinity);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `readDeals` a slice at a time: it pauses (yields) after every `rowsPerStep` rows, so a caller can
 * let a page paint between slices of a 50,000-row export; the last step returns the reading.
 */
export function* readDealsInSteps(
  rows: readonly (readonly string[])[],
  columns: DealColumns,
  map: DecisionMap,
  rowsPerStep = 5_000,
): Generator<void, DealReading> {
  if (columns.name === null || columns.outcome === null)
    return { ok: false, message: 'Choose the columns that hold the deal name and the outcome.' };
  if (rows.length > IMPORT_ROWS) return { ok: false, message: tooManyRows(rows.length) };
  const notes = new Notes();
  const read: DealRow[] = [];
  // An export repeats a few outcome words and a few hundred dates: each is read once.
  const outcomes = remembered(outcomeOf);
  const dates = remembered(dateOf);
  for (let i = 0; i < rows.length; i++) {
    if (i > 0 && i % rowsPerStep === 0) yield;
    const row = rows[i]!;
    const n = i + 1;
    const name = cellOf(row, columns.name).slice(0, LIMITS.dealName);
    const outcomeText = cellOf(row, columns.outcome);
    if (name === '') {
      if (!row.every((c) => c.trim() === '')) notes.add('no-name', '', n);
      continue;
    }
    const outcome = outcomes(outcomeText);
    if (outcome === undefined) {
      notes.add('unknown-outcome', outcomeText, n);
      continue;
    }
    const dateText = cellOf(row, columns.date);
    const closedOn = dateText === '' ? undefined : dates(dateText);
    read.push({ row, n, name, outcome, dateText, ...(closedOn !== undefined ? { closedOn } : {}) });
  }
  yield;
  const { kept, leftOut } = keepNewest(read, LIMITS.deals);
  const find = nodeFinder(map);
  const deals: Deal[] = [];
  for (const { row, n, name, outcome, closedOn, dateText } of kept) {
    if (deals.length > 0 && deals.length % rowsPerStep === 0) yield;
    if (looksLikeFormula(name)) notes.add('formula-text', name, n);
    if (dateText !== '' && closedOn === undefined) notes.add('bad-date', dateText, n);
    const stalledAt: string[] = [];
    for (const value of splitNodes(cellOf(row, columns.stalledAt))) {
      const ids = find(value);
      if (ids.length === 0) notes.add('unmatched-node', value, n);
      else if (ids.length > 1) notes.add('ambiguous-label', value, n, ids);
      else if (!stalledAt.includes(ids[0]!)) stalledAt.push(ids[0]!);
    }
    const id = `deal-${deals.length + 1}`;
    deals.push({ id, name, outcome, ...(closedOn !== undefined ? { closedOn } : {}), stalledAt });
  }
  return { ok: true, deals, rows: rows.length, notes: notes.list(), leftOut };
}

/** A note in plain words, for the confirm step: the value in the quotes a room reads (“Acme Corp”), not a program's. */
export function noteWords(note: ImportNote): string {
  const where = `${note.count === 1 ? 'row' : `${note.count} rows, first`} ${note.rows.join(', ')}`;
  const v = quoted(note.value);
  switch (note.kind) {
    case 'unmatched-node':
      return `${v} names no node on this map: left out of where the deal stalled (${where}).`;
    case 'ambiguous-label':
      return `${v} is the label of ${note.ids?.length ?? 2} nodes (${(note.ids ?? []).join(', ')}): left out, use a node id instead (${where}).`;
    case 'unknown-outcome':
      return `Outcome ${v} is not won, lost, no decision or open: the deal is left out (${where}).`;
    case 'bad-date':
      return `Date ${v} is not YYYY-MM-DD: the deal is kept without a close date (${where}).`;
    case 'no-name':
      return `A row without a deal name is left out (${where}).`;
    case 'formula-text':
      return `${v} starts like a spreadsheet formula: kept as plain text, and escaped when exported (${where}).`;
  }
}
