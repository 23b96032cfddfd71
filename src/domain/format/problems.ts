import type { z } from 'zod/mini';
import { describeValue } from '../records/common';
import type { FileError, FileErrorKind, FileProblem } from './types';

/** At most this many problems are listed; the rest are counted in one closing line. */
export const MAX_LISTED_PROBLEMS = 200;

/** `['map', 'nodes', 3, 'severity']` → `map.nodes[3].severity`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      const key = String(part);
      if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
      else out += `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

const NOUNS: Record<string, string> = {
  object: 'an object',
  array: 'a list',
  string: 'text',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
};

/**
 * Plain words for the issues the record schemas leave to zod's defaults (a missing object, a list
 * that is too long). Passed to `safeParse` as its error map; schema-level messages take precedence.
 */
export function plainWords(issue: z.core.$ZodRawIssue): string | undefined {
  const got = describeValue(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${NOUNS[issue.expected] ?? issue.expected}, got ${got}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `at most ${Number(issue.maximum).toLocaleString('en-US')} items are allowed, got ${Array.isArray(issue.input) ? issue.input.length.toLocaleString('en-US') : got}`
        : `must be at most ${String(issue.maximum)}, got ${got}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}, got ${got}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${got}`;
    default:
      return undefined;
  }
}

/** zod issues → problems named by path, in the order found. */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[]): FileProblem[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** Keeps the first {@link MAX_LISTED_PROBLEMS} problems and says how many more there are. */
export function capProblems(problems: readonly FileProblem[]): FileProblem[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return [...problems];
  const more = problems.length - MAX_LISTED_PROBLEMS;
  return [
    ...problems.slice(0, MAX_LISTED_PROBLEMS),
    {
      path: '',
      message: `and ${more.toLocaleString('en-US')} more ${more === 1 ? 'problem' : 'problems'} not listed`,
    },
  ];
}

export function fileError(kind: FileErrorKind, summary: string, problems: readonly FileProblem[]): FileError {
  return { kind, summary, problems: capProblems(problems) };
}

/** An Obvious file with problems, each named by path. */
export function invalidFile(problems: readonly FileProblem[]): FileError {
  const count = problems.length;
  const summary =
    count === 1
      ? 'This file has a problem, so it was not opened.'
      : `This file has ${count.toLocaleString('en-US')} problems, so it was not opened.`;
  return fileError('invalid', summary, problems);
}
