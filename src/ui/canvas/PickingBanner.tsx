import { useEffect, type RefObject } from 'react';
import { findNode, findPlanItem } from '../../state/store/selectors';
import { useWorkbench, workbenchStore } from '../shared/appStore';
import type { WorkbenchFlowNode } from '../flow/flowTypes';
import { linkWords } from './linkWords';

/** What a click on a node does while picking. */
export type Pick = (node: WorkbenchFlowNode) => void;

/**
 * While picking the nodes a plan item addresses: what is going on and how to end it; and, while it is
 * shown, what a click on a node does (`picksRef`). Its code is fetched when picking begins.
 */
export function PickingBanner({
  planItemId,
  picksRef,
}: {
  planItemId: string;
  picksRef: RefObject<Pick | null>;
}) {
  const item = useWorkbench((s) => findPlanItem(s.map, planItemId));
  const startPicking = useWorkbench((s) => s.startPicking);
  useEffect(() => {
    picksRef.current = pick;
    return () => void (picksRef.current = null);
  }, [picksRef]);
  return (
    <div className="picking-banner" role="status">
      <span>
        Linking <strong>{item?.title ?? planItemId}</strong>: click the nodes it addresses (click again to
        unlink). <kbd>Esc</kbd> or Done ends it.
      </span>
      <button type="button" className="button button--primary" onClick={() => startPicking(null)}>
        Done
      </button>
    </div>
  );
}

function pick(node: WorkbenchFlowNode) {
  const state = workbenchStore.getState();
  if (state.pickingFor === null) return;
  // Another plan item: the room means to select it, and that ends the linking.
  if (node.type === 'planItem') {
    if (node.id !== state.pickingFor) state.select({ planItems: [node.id] });
    return;
  }
  const item = findPlanItem(state.map, state.pickingFor);
  const target = findNode(state.map, node.id);
  const result = state.toggleAddress(state.pickingFor, node.id);
  if (!result.ok) state.setNotice({ tone: 'warning', text: result.message });
  else if (item && target) state.setNotice({ tone: 'info', text: linkWords(item, target) });
}
