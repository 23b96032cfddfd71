import { z } from 'zod';
import { LIMITS } from '../limits';

/** Plain-words messages shared by every record's schema. */
export const describeValue = (input: unknown): string => {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (typeof input === 'string') {
    const shown = input.length > 40 ? `${input.slice(0, 40)}…` : input;
    return JSON.stringify(shown);
  }
  if (typeof input === 'number') return Number.isFinite(input) ? String(input) : String(input);
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'an object';
  return String(input);
};

export const text = (min: number, max: number) =>
  z.string({ error: (iss) => `expected text, got ${describeValue(iss.input)}` }).refine((s: string) => s.length >= min && s.length <= max, {
      error: (iss) => {
        const s = String(iss.input ?? '');
        if (min > 0 && s.length < min) return 'must not be empty';
        return `must be at most ${max} characters, got ${s.length}`;
      },
    });

export const optionalText = (max: number) => text(0, max).optional();

export const id = text(1, LIMITS.id);

export const intRange = (min: number, max: number) => {
  const message = (iss: { input?: unknown }) =>
    `expected an integer from ${min} to ${max}, got ${describeValue(iss.input)}`;
  return z
    .number({ error: message })
    .refine((n: number) => Number.isInteger(n) && n >= min && n <= max, { error: message });
};

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (iss) => `expected one of ${values.join(', ')}, got ${describeValue(iss.input)}`,
  });

const coordinate = z
  .number({ error: (iss) => `expected a finite number, got ${describeValue(iss.input)}` })
  .refine((n: number) => Number.isFinite(n) && Math.abs(n) <= LIMITS.coordinate, {
    error: (iss) => `expected a number within ±1,000,000, got ${describeValue(iss.input)}`,
  });

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

const isCalendarDate = (s: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
};

export const evidenceSchema = z.object({
  text: text(0, LIMITS.evidenceText),
  url: z
    .string({ error: (iss) => `expected a link, got ${describeValue(iss.input)}` })
    .refine((s: string) => s.length <= LIMITS.evidenceUrl && isSafeUrl(s), {
      error: (iss) => `only http:// and https:// links are allowed, got ${describeValue(iss.input)}`,
    })
    .optional(),
  date: z
    .string({ error: (iss) => `expected a date as YYYY-MM-DD, got ${describeValue(iss.input)}` })
    .refine(isCalendarDate, {
      error: (iss) => `expected a date as YYYY-MM-DD, got ${describeValue(iss.input)}`,
    })
    .optional(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** Fields every node kind has. */
export const nodeBase = {
  id,
  label: text(1, LIMITS.label),
  notes: optionalText(LIMITS.notes),
  position: positionSchema,
  evidence: z.array(evidenceSchema).max(LIMITS.evidenceItems).optional(),
};
