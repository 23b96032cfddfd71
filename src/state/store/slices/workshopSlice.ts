import { isResolved } from '../../../domain/analysis/resolve';
import { spotlightOrder } from '../../../domain/analysis/spotlightOrder';
import { statePatch, whatIfChanges } from '../../../domain/edits/whatIf';
import { nextFreePosition } from '../../../domain/layout/columns';
import { RESOLVED } from '../../../domain/records/states';
import { findNode, selectAnalysis } from '../selectors';
import type { WorkshopActions, WorkshopState } from '../types';
import type { SliceCreator } from './sliceTypes';

export const initialWorkshop: WorkshopState = {
  workshopScreen: null,
  walkthroughStep: { stage: 'approvers' },
  spotlight: null,
  whatIf: null,
  overlay: null,
};

/**
 * Workshop mode (src/ui/present, walkthrough, whatif, brief, palette, help): what the shared screen shows,
 * and the room's moves that take more than one edit (each of those is one undo step).
 */
export const createWorkshopSlice: SliceCreator<WorkshopState & WorkshopActions> = (set, get) => ({
  ...initialWorkshop,
  openWorkshopScreen: (workshopScreen) => {
    // Leaving the presentation ends the spotlight; picking on a hidden canvas would confuse.
    set(
      workshopScreen === 'present'
        ? { workshopScreen, pickingFor: null }
        : { workshopScreen, spotlight: null },
    );
  },
  setWalkthroughStep: (walkthroughStep) => set({ walkthroughStep }),
  setSpotlight: (spotlight) => set({ spotlight }),
  setWhatIf: (whatIf) => set({ whatIf }),
  setOverlay: (overlay) => set({ overlay }),
  stepSpotlight: (step) => {
    const state = get();
    const ordered = spotlightOrder(selectAnalysis(state).approvers);
    const present = new Set(ordered);
    const current = state.spotlight;
    const order = current ? current.order.filter((id) => present.has(id)) : [...ordered];
    for (const id of ordered) if (!order.includes(id)) order.push(id);
    if (order.length === 0) return;
    const index = current ? order.indexOf(current.id) : -1;
    const next = index === -1 ? (step === 1 ? 0 : order.length - 1) : index + step;
    const id = order[next];
    set({ spotlight: id === undefined ? null : { id, order } });
  },
  spotlightApprover: (id) => {
    const state = get();
    const order = state.spotlight?.order ?? spotlightOrder(selectAnalysis(state).approvers);
    set({ spotlight: { id, order: order.includes(id) ? order : [...order, id] } });
  },
  openWhatIf: () => {
    const state = get();
    const focusId =
      state.selection.nodes[0] ?? (state.workshopScreen === 'present' ? state.spotlight?.id : undefined);
    const node = focusId === undefined ? undefined : findNode(state.map, focusId);
    const tried = state.whatIf ?? {};
    if (node && !isResolved(node) && tried[node.id] === undefined) {
      set({ whatIf: { ...tried, [node.id]: RESOLVED[node.kind] } });
    } else {
      set({ whatIf: tried });
    }
  },
  keepWhatIf: () => {
    const { map, whatIf } = get();
    if (whatIf === null) return 0;
    const changes = whatIfChanges(map, whatIf);
    let kept = 0;
    get().batch(() => {
      for (const { node, value } of changes) {
        const current = findNode(get().map, node.id);
        if (!current) continue;
        const result = get().updateNode(node.id, statePatch(current, value));
        if (result.ok) kept++;
        else get().setNotice({ tone: 'warning', text: result.message });
      }
    });
    set({ whatIf: null });
    return kept;
  },
  addNamedNode: (kind, label, approverId) =>
    get().batch(() => {
      const id = get().addNode(kind, { label, position: nextFreePosition(get().map.nodes, kind) });
      if (id === null || approverId === undefined) return id;
      const linked = get().connect(approverId, id);
      if (!linked.ok) get().setNotice({ tone: 'warning', text: linked.message });
      return id;
    }),
  toggleNeed: (approverId, nodeId) => {
    const state = get();
    const edge = state.map.edges.find(
      (e) =>
        (e.source === approverId && e.target === nodeId) || (e.source === nodeId && e.target === approverId),
    );
    if (edge) {
      state.deleteEdge(edge.id);
      return;
    }
    const linked = state.connect(approverId, nodeId);
    if (!linked.ok) state.setNotice({ tone: 'warning', text: linked.message });
  },
});
