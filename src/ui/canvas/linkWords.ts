import type { DecisionNode } from '../../domain/records/node';
import type { PlanItem } from '../../domain/records/planItem';
import { KIND_NAME, quoted } from '../../domain/words';
import { findPlanItem } from '../../state/store/selectors';
import { workbenchStore } from '../shared/appStore';

/** What one click while linking did, said where the room sees it (Undo takes it back as one step). */
export function linkWords(item: PlanItem, node: DecisionNode): string {
  const now = findPlanItem(workbenchStore.getState().map, item.id);
  const linked = now?.addresses.includes(node.id) ?? false;
  return linked
    ? `Linked: ${quoted(item.title)} now addresses ${KIND_NAME[node.kind].toLowerCase()} ${quoted(node.label)}. Ctrl+Z undoes it.`
    : `Unlinked: ${quoted(item.title)} no longer addresses ${KIND_NAME[node.kind].toLowerCase()} ${quoted(node.label)}.`;
}
