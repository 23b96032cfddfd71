import type { NodeKind } from '../../domain/records/states';
import { idle, noModifiers, plain, withCtrl, type Command } from './command';

/* Adding, editing and undoing: the commands of the map itself. */

function addCommand<const K extends NodeKind>(kind: K, label: string, key: string): Command<`add-${K}`> {
  return {
    id: `add-${kind}`,
    label,
    shortcut: key.toUpperCase(),
    keys: plain(key),
    group: 'add',
    changesMap: true,
    enabled: idle,
    run: (store, input) => {
      // Placed where it was asked for (quick-add), else in a free place at the foot of its kind's
      // column (never on top of the last one added), and brought into view.
      const position = input?.position;
      const id = store.getState().addNode(kind, position ? { position } : {});
      if (id !== null && !position) store.getState().requestCenter(id);
    },
  };
}

export const EDIT_COMMANDS = [
  {
    id: 'buyer-said',
    label: 'Buyer said… (add evidence to the selected node)',
    shortcut: 'Shift+B',
    keys: (e) => noModifiers(e) && e.shiftKey && e.key.toLowerCase() === 'b',
    group: 'edit',
    changesMap: true,
    enabled: (s) => idle(s) && s.selection.nodes.length === 1,
    run: (store) => store.getState().askEvidence(store.getState().selection.nodes[0] ?? null),
  },
  addCommand('approver', 'Add approver', 'a'),
  addCommand('proof', 'Add proof', 'p'),
  addCommand('risk', 'Add risk', 'r'),
  addCommand('friction', 'Add friction', 'f'),
  {
    id: 'add-plan-item',
    label: 'Add plan item',
    shortcut: 'I',
    keys: plain('i'),
    group: 'add',
    changesMap: true,
    enabled: idle,
    run: (store) => {
      store.getState().addPlanItem();
    },
    // addPlanItem brings the new card into view itself (the plan panel's button adds one too).
  },
  {
    id: 'stop-picking',
    label: 'Stop linking the plan item',
    shortcut: 'Esc',
    keys: (e) => !e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey && e.key === 'Escape',
    group: 'edit',
    enabled: (s) => s.pickingFor !== null,
    run: (store) => store.getState().startPicking(null),
  },
  {
    id: 'undo',
    label: 'Undo',
    shortcut: 'Ctrl+Z',
    keys: withCtrl('z'),
    group: 'history',
    changesMap: true,
    onWorkshopScreens: true,
    enabled: (_, h) => h.canUndo,
    run: (store) => store.getState().undo(),
  },
  {
    id: 'redo',
    label: 'Redo',
    shortcut: 'Ctrl+Shift+Z',
    keys: (e) => withCtrl('z', true)(e) || withCtrl('y')(e),
    group: 'history',
    changesMap: true,
    onWorkshopScreens: true,
    enabled: (_, h) => h.canRedo,
    run: (store) => store.getState().redo(),
  },
  {
    id: 'delete',
    label: 'Delete selection',
    shortcut: 'Delete',
    keys: (e) => !e.ctrlKey && !e.metaKey && !e.altKey && (e.key === 'Delete' || e.key === 'Backspace'),
    group: 'edit',
    changesMap: true,
    enabled: (s) => s.selection.nodes.length + s.selection.edges.length + s.selection.planItems.length > 0,
    run: (store) => store.getState().deleteSelection(),
  },
  {
    id: 'duplicate',
    label: 'Duplicate selection',
    shortcut: 'Ctrl+D',
    keys: withCtrl('d'),
    group: 'edit',
    changesMap: true,
    enabled: (s) => s.selection.nodes.length + s.selection.planItems.length > 0,
    run: (store) => {
      store.getState().duplicateSelection();
    },
  },
  {
    id: 'select-all',
    label: 'Select all',
    shortcut: 'Ctrl+A',
    keys: withCtrl('a'),
    group: 'edit',
    enabled: (s) => s.map.nodes.length + s.map.plan.length > 0,
    run: (store) => store.getState().selectAll(),
  },
] as const satisfies readonly Command[];
