import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import { getCommand, isCommandEnabled, runCommand } from '../../../src/state/commands/registry';
import { fears, makeApprover, makeMap, makeProof, makeRisk, requires } from '../../builders';
import { storeWith } from '../helpers';

/** Three approvers of different readiness: champion (most ready), neutral, opposed (least). */
function roomMap() {
  const ally = makeApprover({ id: 'ally', label: 'Ally', stance: 'champion' });
  const cfo = makeApprover({ id: 'cfo', label: 'CFO', stance: 'neutral', veto: true });
  const legal = makeApprover({ id: 'legal', label: 'Legal', stance: 'opposed' });
  const soc2 = makeProof({ id: 'soc2', label: 'SOC 2', status: 'missing' });
  const breach = makeRisk({ id: 'breach', label: 'Breach' });
  return makeMap({
    nodes: [cfo, legal, ally, soc2, breach],
    edges: [requires(cfo, soc2), fears(legal, breach)],
  });
}

const noHistory = { canUndo: false, canRedo: false, canvas: {} };

describe('presenting', () => {
  it('covers the workbench: Delete and the add shortcuts wait, undo, the spotlight and Escape work', () => {
    const store = storeWith(roomMap());
    store.getState().select({ nodes: ['soc2'] });
    expect(runCommand('present', store)).toBe(true);
    const state = store.getState();
    expect(state.workshopScreen).toBe('present');
    expect(state.selection.nodes).toEqual([]);
    state.select({ nodes: ['soc2'] });
    const enabled = (id: Parameters<typeof getCommand>[0]) =>
      isCommandEnabled(getCommand(id), store.getState(), { canUndo: true, canRedo: false, canvas: {} });
    expect(enabled('delete')).toBe(false);
    expect(enabled('add-approver')).toBe(false);
    expect(enabled('undo')).toBe(true);
    expect(enabled('spotlight-next')).toBe(true);
    expect(enabled('present')).toBe(false);
    expect(runCommand('delete', store)).toBe(false);
    expect(store.getState().map.nodes).toHaveLength(5);
    expect(runCommand('leave-screen', store)).toBe(true);
    expect(store.getState().workshopScreen).toBeNull();
    expect(enabled('delete')).toBe(true);
  });

  it('offers the spotlight only while presenting', () => {
    const store = storeWith(roomMap());
    expect(isCommandEnabled(getCommand('spotlight-next'), store.getState(), noHistory)).toBe(false);
    expect(runCommand('spotlight-next', store)).toBe(false);
    expect(store.getState().spotlight).toBeNull();
  });
});

describe('the spotlight', () => {
  it('steps from approver to approver, veto holders first, the least ready first, then shows everyone again', () => {
    const store = storeWith(roomMap());
    runCommand('present', store);
    // Most ready first is the analysis's order; the spotlight starts with the veto, then the weakest.
    const order = analyze(store.getState().map).approvers.map((a) => a.id);
    expect(order).toEqual(['ally', 'cfo', 'legal']);
    const seen: (string | null)[] = [];
    for (let i = 0; i < 4; i++) {
      runCommand('spotlight-next', store);
      seen.push(store.getState().spotlight?.id ?? null);
    }
    expect(seen).toEqual(['cfo', 'legal', 'ally', null]);
    runCommand('spotlight-previous', store);
    expect(store.getState().spotlight?.id).toBe('ally');
  });

  it('keeps its order while the room changes stances on the way', () => {
    const store = storeWith(roomMap());
    runCommand('present', store);
    store.getState().stepSpotlight(1); // cfo
    store.getState().stepSpotlight(1); // legal
    store.getState().updateNode('legal', { stance: 'champion' }); // now as ready as the ally
    store.getState().stepSpotlight(1);
    expect(store.getState().spotlight?.id).toBe('ally');
  });

  it('appends approvers added meanwhile and skips the removed ones', () => {
    const store = storeWith(roomMap());
    runCommand('present', store);
    store.getState().spotlightApprover('cfo');
    store.getState().addNode('approver', { label: 'New CEO' });
    const added = store.getState().map.nodes.at(-1)!.id;
    store.getState().select({ nodes: ['legal'] });
    store.getState().deleteSelection();
    store.getState().stepSpotlight(1);
    expect(store.getState().spotlight?.id).toBe('ally');
    store.getState().stepSpotlight(1);
    expect(store.getState().spotlight?.id).toBe(added);
  });

  it('ends when the presentation ends', () => {
    const store = storeWith(roomMap());
    runCommand('present', store);
    store.getState().stepSpotlight(1);
    runCommand('leave-screen', store);
    expect(store.getState().spotlight).toBeNull();
  });
});

describe('what if, from the keyboard', () => {
  it('tries the selected node resolved, and never touches the map', () => {
    const store = storeWith(roomMap());
    const before = store.getState().map;
    store.getState().select({ nodes: ['soc2'] });
    runCommand('what-if', store);
    expect(store.getState().whatIf).toEqual({ soc2: 'verified' });
    expect(store.getState().map).toBe(before);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('opens empty when nothing is selected, and tries the approver in the spotlight while presenting', () => {
    const store = storeWith(roomMap());
    runCommand('what-if', store);
    expect(store.getState().whatIf).toEqual({});
    runCommand('present', store);
    store.getState().spotlightApprover('legal');
    runCommand('what-if', store);
    expect(store.getState().whatIf).toEqual({ legal: 'champion' });
  });
});

describe('the other workshop commands', () => {
  it.each([
    ['walkthrough', 'walkthrough'],
    ['brief', 'brief'],
  ] as const)('%s opens its screen, closing the presentation', (id, screen) => {
    const store = storeWith(roomMap());
    runCommand('present', store);
    runCommand(id, store);
    expect(store.getState().workshopScreen).toBe(screen);
  });

  it.each([
    ['palette', 'palette'],
    ['help', 'help'],
    ['new-from-template', 'templates'],
  ] as const)('%s opens its dialog', (id, overlay) => {
    const store = storeWith(roomMap());
    runCommand(id, store);
    expect(store.getState().overlay).toBe(overlay);
  });
});
