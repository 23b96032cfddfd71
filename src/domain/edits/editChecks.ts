import type { z } from 'zod/mini';
import { LIMITS } from '../limits';
import type { Position } from '../records/common';
import { findReferenceProblems, type DecisionMap } from '../records/map';

/** What a pure edit gives back: the new map (plus whatever the edit made), or why it was refused. */
export type EditOutcome<Extra = object> = ({ ok: true; map: DecisionMap } & Extra) | Refusal;
export interface Refusal {
  ok: false;
  message: string;
  /** The edited field's path ("label", "evidence.0.url") when the refusal is about one field. */
  field?: string;
}

export const refuse = (message: string, field?: string): Refusal =>
  field === undefined ? { ok: false, message } : { ok: false, message, field };

/** The first problem zod found, worded for the inspector: the message, and the field it is about. */
export function refusalFromZod(error: z.core.$ZodError): Refusal {
  const issue = error.issues[0];
  if (!issue) return refuse('This value is not allowed.');
  const field = issue.path.map(String).join('.');
  return refuse(issue.message, field === '' ? undefined : field);
}

/**
 * The cross-record rules of FORMAT.md (unique ids, edge ends, addresses) and the size limits, checked on
 * the map an edit would produce. Runs in O(nodes + edges + addresses), plain JavaScript.
 */
export function structuralRefusal(map: DecisionMap): Refusal | null {
  if (map.nodes.length > LIMITS.nodes)
    return refuse(`A map holds at most ${LIMITS.nodes.toLocaleString('en-US')} nodes.`);
  if (map.edges.length > LIMITS.edges)
    return refuse(`A map holds at most ${LIMITS.edges.toLocaleString('en-US')} links.`);
  if (map.plan.length > LIMITS.planItems)
    return refuse(`A plan holds at most ${LIMITS.planItems.toLocaleString('en-US')} items.`);
  const problem = findReferenceProblems(map)[0];
  if (!problem) return null;
  const shown = problem.message.charAt(0).toUpperCase() + problem.message.slice(1);
  return refuse(`${shown}.`);
}

/** A position inside the format's limits, or null when a coordinate is not a finite number. */
export function clampPosition(position: Position): Position | null {
  const { x, y } = position;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  const clamp = (n: number) => Math.max(-LIMITS.coordinate, Math.min(LIMITS.coordinate, n));
  return { x: clamp(x), y: clamp(y) };
}

/** Whitespace trimmed, empty replaced by `fallback`, cut to `max` characters. */
export function tidyLabel(value: string | undefined, fallback: string, max: number): string {
  const trimmed = (value ?? '').trim();
  if (trimmed === '') return fallback;
  return trimmed.length > max ? trimmed.slice(0, max) : trimmed;
}
