import { Fragment, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import type { CanvasViewport } from '../../state/store/host';
import { workbenchStore } from '../../ui/shared/appStore';
import { followViewport, type Person } from '../presence';
import type { LiveSession, LiveView } from '../session';

/*
 * Presence on the canvas: other people's pointers and selections drawn over React Flow (in its root
 * element, above the map, never catching the pointer), this person's pointer and viewport sent to them,
 * and — while following someone — this canvas panned and zoomed to show what they see.
 */

const SEND_EVERY_MS = 60;

interface Ring {
  key: string;
  color: string;
  name: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** "translate(12px, -4px) scale(0.8)" → the viewport (when the canvas has not registered its handlers). */
function viewportFromStyle(element: HTMLElement | null): CanvasViewport {
  const found = /translate\(\s*(-?[\d.e]+)px,\s*(-?[\d.e]+)px\)\s*scale\(\s*([\d.e]+)\)/.exec(
    element?.style.transform ?? '',
  );
  return found
    ? { x: Number(found[1]), y: Number(found[2]), zoom: Number(found[3]) }
    : { x: 0, y: 0, zoom: 1 };
}

function currentViewport(root: HTMLElement): CanvasViewport {
  return (
    workbenchStore.host.canvas.get().getViewport?.() ??
    viewportFromStyle(root.querySelector<HTMLElement>('.react-flow__viewport'))
  );
}

const watchDom = (listener: () => void) => {
  const observer = new MutationObserver(listener);
  observer.observe(document.body, { childList: true, subtree: true });
  return () => observer.disconnect();
};
const findCanvasRoot = () => document.querySelector<HTMLElement>('.react-flow');

/** React Flow's root element, found again whenever the canvas is mounted anew. */
const useCanvasRoot = (): HTMLElement | null => useSyncExternalStore(watchDom, findCanvasRoot, () => null);

function ringsOf(root: HTMLElement, people: readonly Person[]): Ring[] {
  const base = root.getBoundingClientRect();
  const rings: Ring[] = [];
  for (const person of people) {
    for (const id of person.selection) {
      const element = root.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
      if (!element) continue;
      const rect = element.getBoundingClientRect();
      rings.push({
        key: `${person.clientId}:${id}`,
        color: person.color,
        name: person.name,
        left: rect.left - base.left,
        top: rect.top - base.top,
        width: rect.width,
        height: rect.height,
      });
    }
  }
  return rings;
}

const sameRings = (a: readonly Ring[], b: readonly Ring[]) =>
  a.length === b.length &&
  a.every((r, i) => {
    const s = b[i];
    return (
      s !== undefined &&
      r.key === s.key &&
      r.left === s.left &&
      r.top === s.top &&
      r.width === s.width &&
      r.height === s.height
    );
  });

export function CursorLayer({ session, view }: { session: LiveSession; view: LiveView }) {
  const root = useCanvasRoot();
  const others = view.people.filter((p) => !p.isYou);
  const othersRef = useRef(others);
  useEffect(() => {
    othersRef.current = others;
  });
  const [viewport, setViewport] = useState<CanvasViewport>({ x: 0, y: 0, zoom: 1 });
  const [rings, setRings] = useState<Ring[]>([]);

  // Each frame: this canvas's viewport (sent to the others, throttled) and where selected nodes are drawn.
  useEffect(() => {
    if (!root) return;
    let frame = 0;
    let sentAt = 0;
    let sent = '';
    const tick = (now: number) => {
      const next = currentViewport(root);
      setViewport((previous) =>
        previous.x === next.x && previous.y === next.y && previous.zoom === next.zoom ? previous : next,
      );
      const shared = { ...next, width: root.clientWidth, height: root.clientHeight };
      const key = JSON.stringify(shared);
      if (key !== sent && now - sentAt > SEND_EVERY_MS && shared.width > 0) {
        session.setViewport(shared);
        sent = key;
        sentAt = now;
      }
      const measured = ringsOf(root, othersRef.current);
      setRings((previous) => (sameRings(previous, measured) ? previous : measured));
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [root, session]);

  // This person's pointer, in map coordinates.
  useEffect(() => {
    if (!root) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let latest: { x: number; y: number } | null = null;
    const send = () => {
      timer = null;
      session.setCursor(latest);
    };
    const onMove = (event: PointerEvent) => {
      const rect = root.getBoundingClientRect();
      const { x, y, zoom } = currentViewport(root);
      latest = {
        x: Math.round((event.clientX - rect.left - x) / zoom),
        y: Math.round((event.clientY - rect.top - y) / zoom),
      };
      timer ??= setTimeout(send, SEND_EVERY_MS);
    };
    const onLeave = () => {
      latest = null;
      timer ??= setTimeout(send, SEND_EVERY_MS);
    };
    root.addEventListener('pointermove', onMove);
    root.addEventListener('pointerleave', onLeave);
    return () => {
      root.removeEventListener('pointermove', onMove);
      root.removeEventListener('pointerleave', onLeave);
      if (timer !== null) clearTimeout(timer);
    };
  }, [root, session]);

  // Following someone: show what they see, fitted to this canvas. Keyed by value: presence arrives
  // often (pointers), and restarting the pan animation each time would never let it finish.
  // Two people following each other would chase each other's views: the one followed back stays put.
  const you = view.people.find((p) => p.isYou);
  const followedBack =
    view.following !== null && you !== undefined && view.following.following === you.clientId;
  const leader = followedBack ? null : (view.following?.viewport ?? null);
  const leaderKey = leader ? `${leader.x} ${leader.y} ${leader.zoom} ${leader.width} ${leader.height}` : '';
  const leaderRef = useRef(leader);
  useEffect(() => {
    leaderRef.current = leader;
  });
  useEffect(() => {
    const target = leaderRef.current;
    if (!root || !target || leaderKey === '') return;
    workbenchStore.host.canvas.get().setViewport?.(
      followViewport(target, { width: root.clientWidth, height: root.clientHeight }),
    );
  }, [root, leaderKey]);

  if (!root) return null;
  return createPortal(
    <div className="live-layer" aria-hidden="true">
      {rings.map((ring) => (
        <div
          key={ring.key}
          className="live-layer__ring"
          style={{
            left: ring.left - 4,
            top: ring.top - 4,
            width: ring.width + 8,
            height: ring.height + 8,
            borderColor: ring.color,
          }}
        >
          <span className="live-layer__tag" style={{ background: ring.color }}>
            {ring.name}
          </span>
        </div>
      ))}
      {others.map((person) =>
        person.cursor ? (
          <Fragment key={person.clientId}>
            <div
              className="live-layer__cursor"
              style={{
                transform: `translate(${person.cursor.x * viewport.zoom + viewport.x}px, ${person.cursor.y * viewport.zoom + viewport.y}px)`,
              }}
            >
              <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
                <path
                  d="M2 2 L2 18 L7 13 L11 21 L14 19.5 L10 12 L17 12 Z"
                  fill={person.color}
                  stroke="#fff"
                  strokeWidth="1.5"
                />
              </svg>
              <span className="live-layer__tag" style={{ background: person.color }}>
                {person.name}
              </span>
            </div>
          </Fragment>
        ) : null,
      )}
    </div>,
    root,
  );
}
