import { z } from 'zod/mini';
import { LIMITS } from '../limits';

/** Plain-words messages shared by every record's schema. */
export const describeValue = (input: unknown): string => {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (typeof input === 'string') {
    const shown = input.length > 40 ? `${input.slice(0, 40)}…` : input;
    return JSON.stringify(shown);
  }
  if (typeof input === 'number') return String(input);
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'an object';
  return String(input);
};

export const text = (min: number, max: number) =>
  z.string({ error: (iss) => `expected text, got ${describeValue(iss.input)}` }).check(
    z.minLength(min, { error: 'must not be empty', abort: true }),
    z.maxLength(max, {
      error: (iss) => `must be at most ${max} characters, got ${String(iss.input ?? '').length}`,
      abort: true,
    }),
  );

export const optionalText = (max: number) => z.optional(text(0, max));

export const id = text(1, LIMITS.id);

export const intRange = (min: number, max: number) => {
  const error = (iss: { input?: unknown }) =>
    `expected an integer from ${min} to ${max}, got ${describeValue(iss.input)}`;
  return z
    .number({ error })
    .check(
      z.int({ error, abort: true }),
      z.minimum(min, { error, abort: true }),
      z.maximum(max, { error, abort: true }),
    );
};

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (iss) => `expected one of ${values.join(', ')}, got ${describeValue(iss.input)}`,
  });

const coordinateError = (iss: { input?: unknown }) =>
  typeof iss.input === 'number' && Number.isFinite(iss.input)
    ? `expected a number within ±1,000,000, got ${describeValue(iss.input)}`
    : `expected a finite number, got ${describeValue(iss.input)}`;
const coordinate = z
  .number({ error: coordinateError })
  .check(
    z.minimum(-LIMITS.coordinate, { error: coordinateError, abort: true }),
    z.maximum(LIMITS.coordinate, { error: coordinateError, abort: true }),
  );

export const positionSchema = z.object({ x: coordinate, y: coordinate });
export type Position = z.infer<typeof positionSchema>;

/** Only http: and https: links are ever kept as links. */
export function isSafeUrl(value: string): boolean {
  if (value !== value.trim()) return false;
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export const isCalendarDate = (s: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
};

const dateError = (iss: { input?: unknown }) =>
  `expected a date as YYYY-MM-DD, got ${describeValue(iss.input)}`;

/** A calendar date written `YYYY-MM-DD` (2026-02-30 is refused). */
export const dateSchema = z
  .string({ error: dateError })
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: dateError, abort: true }),
    z.refine(isCalendarDate, { error: dateError }),
  );

/** Where a piece of evidence came from (FORMAT.md version 2). Only the first four are market evidence. */
export const EVIDENCE_SOURCES = ['buyer', 'deal', 'win-loss', 'research', 'team', 'unspecified'] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

/** The fields evidence had in version 1: what was said, a link, a date. */
const evidenceFields = {
  text: text(0, LIMITS.evidenceText),
  url: z.optional(
    z.string({ error: (iss) => `expected a link, got ${describeValue(iss.input)}` }).check(
      z.maxLength(LIMITS.evidenceUrl, {
        error: `must be at most ${LIMITS.evidenceUrl} characters`,
        abort: true,
      }),
      z.regex(/^https?:\/\//i, {
        error: (iss) => `only http:// and https:// links are allowed, got ${describeValue(iss.input)}`,
        abort: true,
      }),
      z.refine((s: string) => s.length <= LIMITS.evidenceUrl && isSafeUrl(s), {
        error: (iss) => `only http:// and https:// links are allowed, got ${describeValue(iss.input)}`,
      }),
    ),
  ),
  date: z.optional(dateSchema),
};

/** Evidence as version 1 wrote it (kept for the published version 1 JSON Schema; files are migrated). */
export const evidenceV1Schema = z.object(evidenceFields);

/** What backs a node's state: what was said, a link, a date, who said it (source) and who recorded it. */
export const evidenceSchema = z.object({
  ...evidenceFields,
  source: oneOf(EVIDENCE_SOURCES),
  by: optionalText(LIMITS.evidenceBy),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** What every new node starts from: an id, a label and a place on the canvas. */
export interface NodeStart {
  id: string;
  label: string;
  position: Position;
}

/** Fields every node kind has. */
export const nodeBase = {
  id,
  label: text(1, LIMITS.label),
  notes: optionalText(LIMITS.notes),
  position: positionSchema,
  evidence: z.optional(z.array(evidenceSchema).check(z.maxLength(LIMITS.evidenceItems))),
};
