import type { DecisionMap } from '../domain/records/map';
import { sameDecision } from '../state/store/selectors';
import type { WorkbenchState } from '../state/store/types';
import { useWorkbench } from './shared/appStore';

const MAP_FIELDS = ['id', 'title', 'decision', 'market', 'period', 'basedOn', 'notes'] as const;

let last: DecisionMap | null = null;

/**
 * The map as the panels need it: the same object while only node positions change, so dragging a
 * node on the canvas does not re-render the side panel. Positions in it may be stale; nothing
 * else is.
 */
export function selectDecisionMap(state: Pick<WorkbenchState, 'map'>): DecisionMap {
  const { map } = state;
  if (last !== null && MAP_FIELDS.every((field) => last?.[field] === map[field]) && sameDecision(last, map))
    return last;
  last = map;
  return map;
}

export const useDecisionMap = (): DecisionMap => useWorkbench(selectDecisionMap);
