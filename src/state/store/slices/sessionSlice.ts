import { EMPTY_SELECTION, selectionWithin } from '../../../domain/edits/selection';
import type { SessionActions, SessionState } from '../types';
import type { SliceCreator } from './sliceTypes';

const unique = (ids: readonly string[] | undefined): string[] => (ids ? [...new Set(ids)] : []);

export const initialSession: SessionState = {
  selection: EMPTY_SELECTION,
  notice: null,
  fileError: null,
  saveStatus: 'saved',
  pickingFor: null,
  centerRequest: null,
  loading: false,
  readOnly: false,
  assumptionsLens: false,
  quickEvidence: null,
};

/** What this tab shows right now: never saved, never in the undo history. */
export const createSessionSlice: SliceCreator<SessionState & SessionActions> = (set, get) => ({
  ...initialSession,
  select: (selection) => {
    const next = selectionWithin(get().map, {
      nodes: unique(selection.nodes),
      edges: unique(selection.edges),
      planItems: unique(selection.planItems),
    });
    // Selecting anything but the plan item being linked ends the linking: its banner never outlives it.
    const picking = get().pickingFor;
    const keepsPicking =
      picking === null ||
      (next.nodes.length === 0 && next.edges.length === 0 && next.planItems.every((id) => id === picking));
    set(keepsPicking ? { selection: next } : { selection: next, pickingFor: null });
  },
  selectAll: () => {
    const { map } = get();
    set({
      selection: {
        nodes: map.nodes.map((n) => n.id),
        edges: map.edges.map((e) => e.id),
        planItems: map.plan.map((p) => p.id),
      },
    });
  },
  setNotice: (notice) => set({ notice }),
  setFileError: (fileError) => set({ fileError }),
  setSaveStatus: (saveStatus) => {
    if (get().saveStatus !== saveStatus) set({ saveStatus });
  },
  setLoading: (loading) => set({ loading }),
  setReadOnly: (readOnly) => {
    if (get().readOnly !== readOnly) set({ readOnly });
  },
  startPicking: (planItemId) => {
    const exists = planItemId === null || get().map.plan.some((p) => p.id === planItemId);
    set({ pickingFor: exists ? planItemId : null });
  },
  setAssumptionsLens: (assumptionsLens) => set({ assumptionsLens }),
  askEvidence: (nodeId) =>
    set({
      quickEvidence: nodeId === null ? null : { nodeId, seq: (get().quickEvidence?.seq ?? 0) + 1 },
    }),
  requestCenter: (id) => set({ centerRequest: { id, seq: (get().centerRequest?.seq ?? 0) + 1 } }),
});
