import { replaceDeals } from '../../../domain/edits/dealEdits';
import { linkLoweredWords } from '../../../domain/analysis/linkEffect';
import { selectAnalysis } from '../selectors';
import { quoted } from '../../../domain/words';
import { mapSchema, type DecisionMap } from '../../../domain/records/map';
import { connectNodes } from '../../../domain/edits/connect';
import { linkCards } from '../../../domain/edits/link';
import { EMPTY_SELECTION, selectionWithin } from '../../../domain/edits/selection';
import type { EditOutcome } from '../../../domain/edits/editChecks';
import { createIdSource } from '../../../domain/edits/ids';
import {
  addNode,
  deleteEdge,
  deleteItems,
  duplicateItems,
  moveNodes,
  updateMapFields,
  updateNode,
} from '../../../domain/edits/mapEdits';
import { addPlanItem, deletePlanItem, toggleAddress, updatePlanItem } from '../../../domain/edits/planEdits';
import type { DocumentActions, DocumentState } from '../types';
import type { ActionResult } from '../results';
import type { SliceContext, SliceCreator } from './sliceTypes';

const asResult = (outcome: EditOutcome): ActionResult =>
  outcome.ok
    ? { ok: true }
    : outcome.field === undefined
      ? { ok: false, message: outcome.message }
      : { ok: false, message: outcome.message, field: outcome.field };

/**
 * The document: the map, and the actions that change it. Each action is a thin wrapper over a pure edit
 * (mapEdits.ts, planEdits.ts, connect.ts); a refused edit leaves the map untouched and says why.
 */
export const createDocumentSlice =
  (context: SliceContext, initialMap: DecisionMap): SliceCreator<DocumentState & DocumentActions> =>
  (set, get) => {
    const newId = () => createIdSource(get().map, context.idSuffix);
    /** Stores the edited map unless the edit changed nothing (so undo records no empty step). */
    const commit = (outcome: EditOutcome): ActionResult => {
      if (outcome.ok && outcome.map !== get().map) set({ map: outcome.map });
      return asResult(outcome);
    };
    const refusedAdd = (message: string): null => {
      set({ notice: { tone: 'error', text: message } });
      return null;
    };
    return {
      map: initialMap,
      addNode: (kind, partial) => {
        const id = newId()(kind);
        const outcome = addNode(get().map, kind, id, partial);
        if (!outcome.ok) return refusedAdd(outcome.message);
        set({ map: outcome.map, selection: { nodes: [id], edges: [], planItems: [] } });
        return id;
      },
      updateNode: (id, patch) => commit(updateNode(get().map, id, patch)),
      moveNodes: (moves) => {
        const map = moveNodes(get().map, moves);
        if (map !== get().map) set({ map });
      },
      deleteSelection: () => {
        const { map, selection, pickingFor } = get();
        const next = deleteItems(map, selection);
        if (next === map) return;
        set({
          map: next,
          selection: EMPTY_SELECTION,
          pickingFor: pickingFor !== null && next.plan.some((p) => p.id === pickingFor) ? pickingFor : null,
        });
      },
      duplicateSelection: () => {
        const outcome = duplicateItems(get().map, get().selection, newId());
        if (!outcome.ok) {
          set({ notice: { tone: 'error', text: outcome.message } });
          return [];
        }
        if (outcome.map === get().map) return [];
        set({ map: outcome.map, selection: outcome.selection });
        return [...outcome.selection.nodes, ...outcome.selection.edges, ...outcome.selection.planItems];
      },
      connect: (sourceId, targetId) => {
        const outcome = connectNodes(get().map, sourceId, targetId, newId()('edge'));
        if (!outcome.ok) return { ok: false, message: outcome.message };
        set({ map: outcome.map });
        return { ok: true, edgeId: outcome.edgeId };
      },
      link: (sourceId, targetId) => {
        const id = newId()('edge');
        const before = selectAnalysis(get()).score;
        const result = commit(linkCards(get().map, sourceId, targetId, id));
        if (!result.ok) set({ notice: { tone: 'warning', text: result.message } });
        else {
          // A link that lowers the score says why, where it happens (issue 16).
          const map = get().map;
          const edge = map.edges.find((e) => e.id === id);
          const words = edge ? linkLoweredWords(map, edge, before, selectAnalysis(get()).score) : null;
          if (words) set({ notice: { tone: 'info', text: words } });
        }
        return result;
      },
      deleteEdge: (id) => {
        const map = deleteEdge(get().map, id);
        if (map === get().map) return;
        set({ map, selection: selectionWithin(map, get().selection) });
      },
      addPlanItem: (partial) => {
        const id = newId()('plan');
        const outcome = addPlanItem(get().map, id, partial);
        if (!outcome.ok) return refusedAdd(outcome.message);
        // The lane may put it anywhere along the map's left side: bring it into view.
        set({
          map: outcome.map,
          selection: { nodes: [], edges: [], planItems: [id] },
          centerRequest: { id, seq: (get().centerRequest?.seq ?? 0) + 1 },
        });
        return id;
      },
      updatePlanItem: (id, patch) => commit(updatePlanItem(get().map, id, patch)),
      deletePlanItem: (id) => {
        const map = deletePlanItem(get().map, id);
        if (map === get().map) return;
        set({
          map,
          selection: selectionWithin(map, get().selection),
          pickingFor: get().pickingFor === id ? null : get().pickingFor,
        });
      },
      toggleAddress: (planItemId, nodeId) => commit(toggleAddress(get().map, planItemId, nodeId)),
      updateMapFields: (patch) => {
        const before = get().map;
        const result = commit(updateMapFields(before, patch));
        // A message naming the map by its old title ("Created “Untitled decision map”.") is stale now.
        const notice = get().notice;
        if (
          get().map.title !== before.title &&
          notice?.tone === 'info' &&
          notice.text.includes(quoted(before.title))
        )
          set({ notice: null });
        return result;
      },
      replaceDeals: (deals) => commit(replaceDeals(get().map, deals)),
      replaceMap: (map) => {
        const checked = mapSchema.safeParse(map);
        if (!checked.success) {
          const issue = checked.error.issues[0];
          const where = issue?.path.length ? `${issue.path.map(String).join('.')}: ` : '';
          return {
            ok: false,
            message: `This map cannot be loaded: ${where}${issue?.message ?? 'it is not valid'}.`,
          };
        }
        get().endDrag();
        set({ map, selection: EMPTY_SELECTION, pickingFor: null, centerRequest: null, fileError: null });
        context.history().getState().clear();
        return { ok: true };
      },
    };
  };
