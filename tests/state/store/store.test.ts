import { describe, expect, it } from 'vitest';
import { PERSISTENCE } from '../../../src/state/store/persistenceTable';
import { createWorkbenchStore } from '../../../src/state/store/createWorkbenchStore';
import {
  burdens,
  fears,
  makeApprover,
  makeFriction,
  makeMap,
  makePlanItem,
  makeProof,
  makeRisk,
  nodeById,
  requires,
} from '../../builders';
import { expectValid, storeWith } from '../helpers';

const cfo = makeApprover({ id: 'cfo', label: 'CFO', veto: true });
const soc2 = makeProof({ id: 'soc2', label: 'SOC 2 report' });
const audit = makeRisk({ id: 'audit', label: 'Audit finding' });
const sso = makeFriction({ id: 'sso', label: 'SSO setup' });
const sample = () =>
  makeMap({
    nodes: [cfo, soc2, audit, sso],
    edges: [requires(cfo, soc2), fears(cfo, audit), burdens(sso, cfo)],
    plan: [makePlanItem({ id: 'plan-soc2', addresses: ['soc2'] })],
  });

describe('the workbench store', () => {
  it('starts on an empty, valid map with an empty session', () => {
    const state = createWorkbenchStore().getState();
    expectValid(state.map);
    expect(state.map.nodes).toEqual([]);
    expect(state).toMatchObject({
      selection: { nodes: [], edges: [], planItems: [] },
      notice: null,
      fileError: null,
      saveStatus: 'saved',
      pickingFor: null,
      centerRequest: null,
      loading: false,
    });
  });

  it('renaming the map clears a message that names it by its old title, and only such a message', () => {
    const store = createWorkbenchStore();
    store.getState().setNotice({ tone: 'info', text: `Created “${store.getState().map.title}”.` });
    store.getState().updateMapFields({ decision: 'a decision' });
    expect(store.getState().notice).not.toBeNull();
    store.getState().updateMapFields({ title: 'Hospital procurement' });
    expect(store.getState().notice).toBeNull();
    store.getState().setNotice({ tone: 'info', text: 'Saved brief.md.' });
    store.getState().updateMapFields({ title: 'Hospital procurement, EU' });
    expect(store.getState().notice?.text).toBe('Saved brief.md.');
  });

  it('addNode adds a node with defaults, selects it and returns its id', () => {
    const store = storeWith();
    const id = store.getState().addNode('approver', { label: 'Legal counsel' });
    expect(id).toBe('approver-1');
    expect(nodeById(store.getState().map, 'approver-1')).toMatchObject({
      label: 'Legal counsel',
      stance: 'unknown',
      veto: false,
      influence: 3,
      role: 'other',
    });
    expect(store.getState().selection).toEqual({ nodes: ['approver-1'], edges: [], planItems: [] });
  });

  it('addNode never reuses an id that exists', () => {
    const store = storeWith(makeMap({ nodes: [makeProof({ id: 'proof-1' })] }));
    expect(store.getState().addNode('proof')).toBe('proof-2');
  });

  it('updateNode stores a valid patch and refuses an invalid one without storing anything', () => {
    const store = storeWith(sample());
    expect(store.getState().updateNode('audit', { severity: 5 })).toEqual({ ok: true });
    const before = store.getState().map;
    expect(store.getState().updateNode('audit', { severity: 9 })).toMatchObject({
      ok: false,
      field: 'severity',
      message: 'expected an integer from 1 to 5, got 9',
    });
    expect(store.getState().map).toBe(before);
    expect(nodeById(before, 'audit')).toMatchObject({ severity: 5 });
  });

  it('moveNodes moves, keeping every other record', () => {
    const store = storeWith(sample());
    const before = store.getState().map;
    store.getState().moveNodes([{ id: 'sso', position: { x: -300, y: 40 } }]);
    expect(nodeById(store.getState().map, 'sso').position).toEqual({ x: -300, y: 40 });
    expect(store.getState().map.edges).toBe(before.edges);
  });

  it('deleteSelection removes nodes with their edges and addresses, edges and plan items, and clears the selection', () => {
    const store = storeWith(sample());
    store.getState().select({ nodes: ['soc2'], edges: ['burdens:sso->cfo'] });
    store.getState().deleteSelection();
    const { map, selection } = store.getState();
    expect(map.nodes.map((n) => n.id)).toEqual(['cfo', 'audit', 'sso']);
    expect(map.edges.map((e) => e.id)).toEqual(['fears:cfo->audit']);
    expect(map.plan[0]?.addresses).toEqual([]);
    expect(selection).toEqual({ nodes: [], edges: [], planItems: [] });
    expectValid(map);
  });

  it('deleteSelection stops picking for a deleted plan item', () => {
    const store = storeWith(sample());
    store.getState().startPicking('plan-soc2');
    store.getState().select({ planItems: ['plan-soc2'] });
    store.getState().deleteSelection();
    expect(store.getState().pickingFor).toBeNull();
  });

  it('duplicateSelection copies and selects the copies', () => {
    const store = storeWith(sample());
    store.getState().select({ nodes: ['cfo', 'soc2'] });
    const ids = store.getState().duplicateSelection();
    expect(ids).toEqual(['approver-1', 'proof-2', 'edge-3']);
    expect(store.getState().selection).toEqual({
      nodes: ['approver-1', 'proof-2'],
      edges: ['edge-3'],
      planItems: [],
    });
    expectValid(store.getState().map);
  });

  it('connect links in the format’s direction and returns the edge id; refusals store nothing', () => {
    const store = storeWith(sample());
    const before = store.getState().map;
    expect(store.getState().connect('sso', 'audit')).toMatchObject({ ok: false });
    expect(store.getState().map).toBe(before);
    expect(store.getState().connect('soc2', 'cfo')).toMatchObject({
      ok: false,
      message: '“CFO” already requires “SOC 2 report”.',
    });
    const outcome = store.getState().connect('audit', 'soc2');
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.edgeId).toMatch(/^edge-/);
    expect(store.getState().map.edges.at(-1)).toEqual({
      id: outcome.edgeId,
      kind: 'reduces',
      source: 'soc2',
      target: 'audit',
    });
  });

  it('deleteEdge removes the edge and unselects it', () => {
    const store = storeWith(sample());
    store.getState().select({ edges: ['fears:cfo->audit'] });
    store.getState().deleteEdge('fears:cfo->audit');
    expect(store.getState().map.edges).toHaveLength(2);
    expect(store.getState().selection.edges).toEqual([]);
  });

  it('plan item actions: add, update, toggle an address, delete', () => {
    const store = storeWith(sample());
    const id = store.getState().addPlanItem({ title: 'Hire 6 enterprise AEs', category: 'hiring' });
    expect(id).toBe('plan-1');
    expect(store.getState().selection.planItems).toEqual(['plan-1']);
    expect(store.getState().updatePlanItem('plan-1', { owner: 'VP Sales' })).toEqual({ ok: true });
    expect(store.getState().toggleAddress('plan-1', 'cfo')).toEqual({ ok: true });
    expect(store.getState().map.plan.at(-1)).toEqual({
      id: 'plan-1',
      title: 'Hire 6 enterprise AEs',
      category: 'hiring',
      owner: 'VP Sales',
      addresses: ['cfo'],
    });
    expect(store.getState().updatePlanItem('plan-1', { title: '' })).toMatchObject({
      ok: false,
      field: 'title',
    });
    store.getState().deletePlanItem('plan-1');
    expect(store.getState().map.plan.map((p) => p.id)).toEqual(['plan-soc2']);
  });

  it('addPlanItem refuses invalid starting values with a notice and returns null', () => {
    const store = storeWith(sample());
    expect(store.getState().addPlanItem({ addresses: ['ghost'] })).toBeNull();
    expect(store.getState().notice?.tone).toBe('error');
    expect(store.getState().map.plan).toHaveLength(1);
  });

  it('updateMapFields changes the map’s own fields and refuses an empty title', () => {
    const store = storeWith(sample());
    expect(store.getState().updateMapFields({ title: 'Enterprise finance', period: '2026-Q4' })).toEqual({
      ok: true,
    });
    expect(store.getState().map).toMatchObject({ title: 'Enterprise finance', period: '2026-Q4' });
    expect(store.getState().updateMapFields({ title: '' })).toMatchObject({ ok: false, field: 'title' });
    expect(store.getState().map.title).toBe('Enterprise finance');
  });

  it('replaceMap loads a valid map, clears the session’s selection and picking, and refuses an invalid one', () => {
    const store = storeWith(sample());
    store.getState().select({ nodes: ['cfo'] });
    store.getState().startPicking('plan-soc2');
    const other = makeMap({ id: 'map-2', nodes: [makeApprover({ id: 'ceo' })] });
    expect(store.getState().replaceMap(other)).toEqual({ ok: true });
    expect(store.getState()).toMatchObject({
      map: other,
      selection: { nodes: [], edges: [], planItems: [] },
      pickingFor: null,
    });
    const broken = makeMap({ edges: [requires('ceo', 'ghost')], nodes: other.nodes });
    const refused = store.getState().replaceMap(broken);
    expect(refused).toMatchObject({ ok: false });
    if (!refused.ok) expect(refused.message).toMatch(/edges\.0\.target: no node has id "ghost"/);
    expect(store.getState().map).toBe(other);
  });
});

describe('the session', () => {
  it('select keeps only ids the map has, without duplicates', () => {
    const store = storeWith(sample());
    store.getState().select({ nodes: ['cfo', 'cfo', 'ghost'], planItems: ['plan-soc2'] });
    expect(store.getState().selection).toEqual({ nodes: ['cfo'], edges: [], planItems: ['plan-soc2'] });
  });

  it('selectAll selects every node, edge and plan item', () => {
    const store = storeWith(sample());
    store.getState().selectAll();
    expect(store.getState().selection).toEqual({
      nodes: ['cfo', 'soc2', 'audit', 'sso'],
      edges: sample().edges.map((e) => e.id),
      planItems: ['plan-soc2'],
    });
  });

  it('startPicking only picks for a plan item that exists', () => {
    const store = storeWith(sample());
    store.getState().startPicking('plan-soc2');
    expect(store.getState().pickingFor).toBe('plan-soc2');
    store.getState().startPicking('ghost');
    expect(store.getState().pickingFor).toBeNull();
  });

  it('requestCenter counts up so the same node can be centred twice', () => {
    const store = storeWith(sample());
    store.getState().requestCenter('cfo');
    store.getState().requestCenter('cfo');
    expect(store.getState().centerRequest).toEqual({ id: 'cfo', seq: 2 });
  });

  it('notice, file error, save status and loading are plain session values', () => {
    const store = storeWith(sample());
    store.getState().setNotice({ tone: 'warning', text: 'Careful' });
    store.getState().setFileError({ kind: 'not-json', summary: 'Not JSON', problems: [] });
    store.getState().setSaveStatus('failed');
    store.getState().setLoading(true);
    expect(store.getState()).toMatchObject({
      notice: { tone: 'warning', text: 'Careful' },
      fileError: { kind: 'not-json' },
      saveStatus: 'failed',
      loading: true,
    });
  });
});

describe('what persists', () => {
  it('lists every piece of state once, and only the map is saved, exported and undoable', () => {
    const state = createWorkbenchStore().getState();
    const stateKeys = Object.keys(state).filter(
      (key) => typeof state[key as keyof typeof state] !== 'function',
    );
    expect(Object.keys(PERSISTENCE).sort()).toEqual(stateKeys.sort());
    for (const [key, persistence] of Object.entries(PERSISTENCE)) {
      const isMap = key === 'map';
      expect(persistence).toEqual({ saved: isMap, exported: isMap, undoable: isMap });
    }
  });
});
