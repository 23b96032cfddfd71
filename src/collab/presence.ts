import type { Awareness } from 'y-protocols/awareness';
import { LIMITS } from '../domain/limits';
import type { Position } from '../domain/records/common';
import type { CanvasViewport } from '../state/store/host';
import type { LiveMode } from './doc/roomLink';

/*
 * Presence: who is here, where their pointer is, what they selected, what they look at. It travels as
 * Yjs awareness — never in the document, never saved, never undone — and, coming from other people's
 * browsers, it is read as untrusted input: anything malformed is dropped, not shown.
 */

/** A viewport with the size of the canvas it was seen on (to follow it on another screen size). */
export interface SharedViewport extends CanvasViewport {
  width: number;
  height: number;
}

export interface PresenceState {
  name: string;
  color: string;
  mode: LiveMode;
  /** The pointer over the canvas, in map coordinates; null when it is elsewhere. */
  cursor: Position | null;
  /** Selected node and plan item ids. */
  selection: string[];
  viewport: SharedViewport | null;
  /** Whose view this person follows (their client id), or null. */
  following: number | null;
}

export interface Person extends PresenceState {
  clientId: number;
  isYou: boolean;
}

/** Distinct, dark enough for white text on them and visible on the light canvas. */
export const PRESENCE_COLORS = [
  '#b91c1c',
  '#1d4ed8',
  '#047857',
  '#a21caf',
  '#c2410c',
  '#0e7490',
  '#4d7c0f',
  '#6d28d9',
] as const;

export const colorFor = (clientId: number): string =>
  PRESENCE_COLORS[Math.abs(clientId) % PRESENCE_COLORS.length] ?? '#1d4ed8';

export const MAX_NAME_LENGTH = 40;
const MAX_SHOWN_SELECTION = 500;

/** "Guest 417": until a person types a name. */
export const guestName = (clientId: number): string => `Guest ${(Math.abs(clientId) % 900) + 100}`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const finite = (value: unknown, limit: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;

function readPosition(value: unknown): Position | null {
  if (!isRecord(value) || !finite(value.x, LIMITS.coordinate) || !finite(value.y, LIMITS.coordinate))
    return null;
  return { x: value.x, y: value.y };
}

function readViewport(value: unknown): SharedViewport | null {
  if (!isRecord(value)) return null;
  const { x, y, zoom, width, height } = value;
  if (!finite(x, 1e8) || !finite(y, 1e8) || !finite(zoom, 100) || zoom <= 0) return null;
  if (!finite(width, 1e5) || !finite(height, 1e5) || width <= 0 || height <= 0) return null;
  return { x, y, zoom, width, height };
}

/** One person's presence as sent; null when it is not presence at all. Names are cut, colours checked. */
export function readPresence(value: unknown, clientId: number): PresenceState | null {
  if (!isRecord(value)) return null;
  const name = typeof value.name === 'string' ? value.name.trim().slice(0, MAX_NAME_LENGTH) : '';
  const color =
    typeof value.color === 'string' && /^#[0-9a-f]{6}$/i.test(value.color) ? value.color : colorFor(clientId);
  const selection = Array.isArray(value.selection)
    ? value.selection
        .filter((id): id is string => typeof id === 'string' && id.length <= LIMITS.id)
        .slice(0, MAX_SHOWN_SELECTION)
    : [];
  return {
    name: name === '' ? guestName(clientId) : name,
    color,
    mode: value.mode === 'view' ? 'view' : 'edit',
    cursor: readPosition(value.cursor),
    selection,
    viewport: readViewport(value.viewport),
    following:
      typeof value.following === 'number' && Number.isSafeInteger(value.following) ? value.following : null,
  };
}

/** Everyone in the room: you first, then by name. */
export function peopleIn(awareness: Pick<Awareness, 'getStates' | 'clientID'>): Person[] {
  const people: Person[] = [];
  awareness.getStates().forEach((state, clientId) => {
    const presence = readPresence(state, clientId);
    if (presence) people.push({ ...presence, clientId, isYou: clientId === awareness.clientID });
  });
  return people.sort(
    (a, b) => Number(b.isYou) - Number(a.isYou) || a.name.localeCompare(b.name) || a.clientId - b.clientId,
  );
}

/** "AB" from "Ada Byron", "G4" from "Guest 417": what an avatar shows. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters =
    words.length > 1 ? `${words[0]?.[0] ?? ''}${words[1]?.[0] ?? ''}` : (words[0] ?? '?').slice(0, 2);
  return letters.toUpperCase();
}

/**
 * The viewport that shows a follower what the person they follow sees: the same centre, zoomed so that
 * the same area fits the follower's canvas (a projector and a laptop differ in size).
 */
export function followViewport(
  leader: SharedViewport,
  canvas: { width: number; height: number },
  zoomLimits = { min: 0.1, max: 2.5 },
): CanvasViewport {
  const centre = {
    x: (leader.width / 2 - leader.x) / leader.zoom,
    y: (leader.height / 2 - leader.y) / leader.zoom,
  };
  const fit = Math.min(canvas.width / leader.width, canvas.height / leader.height);
  const zoom = Math.min(zoomLimits.max, Math.max(zoomLimits.min, leader.zoom * fit));
  return { x: canvas.width / 2 - centre.x * zoom, y: canvas.height / 2 - centre.y * zoom, zoom };
}
