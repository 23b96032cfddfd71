import { compareIds } from './compareIds';
import { round1 } from './round';
import type { ScoreModel } from './scoreModel';
import type { GraphSide } from './scoringGraph';
import type { Driver } from './types';

/** Sets an own, enumerable property, even for the id `__proto__` (which plain assignment would not). */
function setOwn(record: Record<string, number>, key: string, value: number): void {
  if (key === '__proto__')
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}

export interface Lifts {
  score: number;
  /** Lift of every unresolved node, in id order. */
  lifts: Record<string, number>;
  /** Nodes with lift > 0, largest first, ties by id. */
  drivers: Driver[];
}

/**
 * Today's score and, for every unresolved node, how much resolving it alone would add. Each
 * what-if changes one node in the model, reads the score and rolls back, so it costs only the
 * links of the approvers that node touches, never a re-score of the map.
 */
export function findLifts(model: ScoreModel, side: GraphSide): Lifts {
  const score = model.score();
  const lifts: Record<string, number> = {};
  const drivers: Driver[] = [];
  for (let n = 0; n < side.nodes.length; n++) {
    const node = side.nodes[n];
    if (!node || model.isResolvedAt(n)) continue;
    const mark = model.checkpoint();
    model.resolveAt(n);
    const lift = round1(model.score() - score);
    model.rollback(mark);
    setOwn(lifts, node.id, lift);
    if (lift > 0) drivers.push({ id: node.id, lift });
  }
  drivers.sort((x, y) => y.lift - x.lift || compareIds(x.id, y.id));
  return { score, lifts, drivers };
}
