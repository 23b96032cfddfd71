import { useEffect, useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { SpreadBar } from '../../../ui/shared/spread/SpreadBar';
import type { LiveRoundView } from '../../round/liveRound';

/*
 * The round on the canvas: under each node asked, "in the round" while answers are private, and the
 * room's spread once revealed. Drawn over React Flow (never catching the pointer), placed where each
 * node is drawn, measured each frame as the canvas pans and zooms.
 */

interface Place {
  id: string;
  left: number;
  top: number;
  width: number;
}

const watchDom = (listener: () => void) => {
  const observer = new MutationObserver(listener);
  observer.observe(document.body, { childList: true, subtree: true });
  return () => observer.disconnect();
};
const findCanvasRoot = () => document.querySelector<HTMLElement>('.react-flow');

const samePlaces = (a: readonly Place[], b: readonly Place[]) =>
  a.length === b.length &&
  a.every((p, i) => {
    const q = b[i];
    return q !== undefined && p.id === q.id && p.left === q.left && p.top === q.top && p.width === q.width;
  });

export function RoundCanvasLayer({ view }: { view: LiveRoundView }) {
  const root = useSyncExternalStore(watchDom, findCanvasRoot, () => null);
  const [places, setPlaces] = useState<Place[]>([]);
  const ids = view.asked.map((n) => n.id).join('\n');
  useEffect(() => {
    if (!root) return;
    const wanted = ids === '' ? [] : ids.split('\n');
    let frame = 0;
    const tick = () => {
      const base = root.getBoundingClientRect();
      const measured: Place[] = [];
      for (const id of wanted) {
        const element = root.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
        if (!element) continue;
        const rect = element.getBoundingClientRect();
        measured.push({
          id,
          left: Math.round(rect.left - base.left),
          // Over the card's lower edge: close tidy layouts leave little room below a card.
          top: Math.round(rect.bottom - base.top - 12),
          width: Math.round(rect.width),
        });
      }
      setPlaces((previous) => (samePlaces(previous, measured) ? previous : measured));
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [root, ids]);

  if (!root) return null;
  return createPortal(
    <div className="round-layer" aria-hidden="true">
      {places.map((place) => {
        const spread = view.spreads?.find((s) => s.nodeId === place.id);
        return (
          <div
            key={place.id}
            className="round-layer__badge"
            data-node={place.id}
            style={{ left: place.left, top: place.top, width: Math.max(place.width, 160) }}
          >
            {spread ? (
              <SpreadBar spread={spread} compact />
            ) : (
              <span className="round-layer__asked">In the private round</span>
            )}
          </div>
        );
      })}
    </div>,
    root,
  );
}
