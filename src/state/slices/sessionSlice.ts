import type { DecisionMap } from '../../domain/records/map';
import type { SessionActions, SessionState } from '../types';
import type { Selection } from '../../domain/edits/types';
import type { SliceCreator } from './sliceTypes';

export const EMPTY_SELECTION: Selection = { nodes: [], edges: [], planItems: [] };

/** The selection without ids the map no longer has (after undo, delete or loading another map). */
export function selectionWithin(map: DecisionMap, selection: Selection): Selection {
  const nodes = new Set(map.nodes.map((n) => n.id));
  const edges = new Set(map.edges.map((e) => e.id));
  const plan = new Set(map.plan.map((p) => p.id));
  const kept = {
    nodes: selection.nodes.filter((id) => nodes.has(id)),
    edges: selection.edges.filter((id) => edges.has(id)),
    planItems: selection.planItems.filter((id) => plan.has(id)),
  };
  const same =
    kept.nodes.length === selection.nodes.length &&
    kept.edges.length === selection.edges.length &&
    kept.planItems.length === selection.planItems.length;
  return same ? selection : kept;
}

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
  workshopScreen: null,
  walkthroughStep: { stage: 'approvers' },
  spotlight: null,
  whatIf: null,
  overlay: null,
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
    set({ selection: next });
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
  requestCenter: (id) => set({ centerRequest: { id, seq: (get().centerRequest?.seq ?? 0) + 1 } }),
  // Workshop mode (src/ui/present, walkthrough, whatif, brief, palette, help): this tab only.
  openWorkshopScreen: (workshopScreen) => {
    // Leaving the presentation ends the spotlight; picking on a hidden canvas would confuse.
    set(workshopScreen === 'present' ? { workshopScreen, pickingFor: null } : { workshopScreen, spotlight: null });
  },
  setWalkthroughStep: (walkthroughStep) => set({ walkthroughStep }),
  setSpotlight: (spotlight) => set({ spotlight }),
  setWhatIf: (whatIf) => set({ whatIf }),
  setOverlay: (overlay) => set({ overlay }),
});
