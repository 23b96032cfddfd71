import { describe, expect, it } from 'vitest';
import { COLUMN_X, ROW_HEIGHT } from '../../../src/domain/layout/columns';
import { NODE_KINDS } from '../../../src/domain/records/states';
import { createIdSource } from '../../../src/domain/edits/ids';
import {
  addNode,
  deleteEdge,
  deleteItems,
  duplicateItems,
  moveNodes,
  updateMapFields,
  updateNode,
  DUPLICATE_OFFSET,
} from '../../../src/domain/edits/mapEdits';
import type { NodePatch } from '../../../src/domain/edits/types';
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
  reduces,
  requires,
} from '../../builders';
import { counter, expectValid } from '../../state/helpers';

const cfo = makeApprover({ id: 'cfo', label: 'CFO', veto: true, stance: 'skeptical' });
const soc2 = makeProof({ id: 'soc2', label: 'SOC 2 report' });
const audit = makeRisk({ id: 'audit', label: 'Audit finding' });
const sso = makeFriction({ id: 'sso', label: 'SSO setup' });
const sample = () =>
  makeMap({
    nodes: [cfo, soc2, audit, sso],
    edges: [requires(cfo, soc2), fears(cfo, audit), reduces(soc2, audit), burdens(sso, cfo)],
    plan: [
      makePlanItem({ id: 'plan-soc2', addresses: ['soc2', 'audit'] }),
      makePlanItem({ id: 'plan-hire', addresses: [] }),
    ],
  });

function expectOk<T extends { ok: boolean }>(outcome: T): Extract<T, { ok: true }> {
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome)}`);
  return outcome as Extract<T, { ok: true }>;
}

describe('addNode', () => {
  it.each([
    ['approver', { label: 'New approver', role: 'other', veto: false, influence: 3, stance: 'unknown' }],
    ['proof', { label: 'New proof', status: 'unknown' }],
    ['risk', { label: 'New risk', severity: 3, reduction: 'unknown' }],
    ['friction', { label: 'New friction', severity: 3, status: 'unknown' }],
  ] as const)('a new %s gets the kind’s defaults', (kind, defaults) => {
    const { map } = expectOk(addNode(makeMap(), kind, 'n1'));
    expect(nodeById(map, 'n1')).toMatchObject({ kind, ...defaults });
    expectValid(map);
  });

  it('keeps a typed label and position, tidying the label', () => {
    const { map } = expectOk(
      addNode(makeMap(), 'proof', 'n1', { label: '  Pilot results  ', position: { x: 10, y: 20 } }),
    );
    expect(nodeById(map, 'n1')).toMatchObject({ label: 'Pilot results', position: { x: 10, y: 20 } });
  });

  it.each([
    ['an empty label', { label: '   ' }, { label: 'New risk' }],
    ['a label over 300 characters', { label: 'x'.repeat(400) }, { label: 'x'.repeat(300) }],
    [
      'a position beyond the limits',
      { position: { x: 5e6, y: -5e6 } },
      { position: { x: 1_000_000, y: -1_000_000 } },
    ],
  ])('tidies %s instead of refusing', (_, partial, expected) => {
    const { map } = expectOk(addNode(makeMap(), 'risk', 'n1', partial));
    expect(nodeById(map, 'n1')).toMatchObject(expected);
    expectValid(map);
  });

  it('places a node without a position at the bottom of its kind’s column', () => {
    const map = makeMap({ nodes: [makeProof({ id: 'p1', position: { x: COLUMN_X.proof, y: 300 } })] });
    const { map: next } = expectOk(addNode(map, 'proof', 'p2'));
    expect(nodeById(next, 'p2').position).toEqual({ x: COLUMN_X.proof, y: 300 + ROW_HEIGHT });
  });

  it('refuses an id already used by a node, an edge or a plan item', () => {
    for (const id of ['cfo', 'requires:cfo->soc2', 'plan-hire'])
      expect(addNode(sample(), 'approver', id).ok).toBe(false);
  });

  it('leaves the other records as they were (same objects)', () => {
    const map = sample();
    const { map: next } = expectOk(addNode(map, 'approver', 'n1'));
    expect(next.nodes.slice(0, 4)).toEqual(map.nodes);
    next.nodes.slice(0, 4).forEach((node, i) => expect(node).toBe(map.nodes[i]));
    expect(next.edges).toBe(map.edges);
    expect(next.plan).toBe(map.plan);
  });
});

describe('updateNode', () => {
  it.each<[string, string, NodePatch, Record<string, unknown>]>([
    ['stance of an approver', 'cfo', { stance: 'supportive' }, { stance: 'supportive' }],
    ['veto and influence', 'cfo', { veto: false, influence: 5 }, { veto: false, influence: 5 }],
    ['status of a proof', 'soc2', { status: 'verified' }, { status: 'verified' }],
    [
      'severity and reduction of a risk',
      'audit',
      { severity: 5, reduction: 'partial' },
      { severity: 5, reduction: 'partial' },
    ],
    ['status of a friction', 'sso', { status: 'removed' }, { status: 'removed' }],
    [
      'label and notes',
      'soc2',
      { label: 'SOC 2 Type II', notes: 'Auditor booked' },
      { label: 'SOC 2 Type II', notes: 'Auditor booked' },
    ],
    [
      'evidence with a link',
      'soc2',
      {
        evidence: [{ text: 'Report', url: 'https://example.com/r', date: '2026-05-01', source: 'research' }],
      },
      {
        evidence: [{ text: 'Report', url: 'https://example.com/r', date: '2026-05-01', source: 'research' }],
      },
    ],
  ])('accepts %s', (_, id, patch, expected) => {
    const { map } = expectOk(updateNode(sample(), id, patch));
    expect(nodeById(map, id)).toMatchObject(expected);
    expectValid(map);
  });

  it.each<[string, string, NodePatch, string, RegExp]>([
    ['an empty label', 'cfo', { label: '' }, 'label', /must not be empty/],
    ['a label over 300 characters', 'cfo', { label: 'x'.repeat(301) }, 'label', /at most 300/],
    ['severity 7', 'audit', { severity: 7 }, 'severity', /integer from 1 to 5, got 7/],
    ['influence 2.5', 'cfo', { influence: 2.5 }, 'influence', /integer from 1 to 5/],
    ['an unknown stance', 'cfo', { stance: 'hostile' as never }, 'stance', /expected one of/],
    ['a friction status on a proof', 'soc2', { status: 'removed' }, 'status', /expected one of/],
    ['a stance on a proof', 'soc2', { stance: 'champion' }, 'stance', /proof has no stance/],
    [
      'a javascript: link',
      'soc2',
      { evidence: [{ text: 'x', url: 'javascript:alert(1)', source: 'buyer' }] },
      'evidence.0.url',
      /only http/,
    ],
    [
      'an impossible date',
      'soc2',
      { evidence: [{ text: 'x', date: '2026-02-30', source: 'buyer' }] },
      'evidence.0.date',
      /YYYY-MM-DD/,
    ],
    ['a position of Infinity', 'soc2', { position: { x: Infinity, y: 0 } }, 'position.x', /finite/],
    ['removing a required field', 'audit', { severity: undefined }, 'severity', /integer/],
  ])('refuses %s, naming the field', (_, id, patch, field, message) => {
    const outcome = updateNode(sample(), id, patch);
    expect(outcome).toMatchObject({ ok: false, field });
    if (!outcome.ok) expect(outcome.message).toMatch(message);
  });

  it('refuses changing the id or the kind', () => {
    expect(updateNode(sample(), 'cfo', { id: 'x' } as NodePatch)).toMatchObject({ ok: false, field: 'id' });
    expect(updateNode(sample(), 'cfo', { kind: 'proof' } as NodePatch)).toMatchObject({
      ok: false,
      field: 'kind',
    });
  });

  it('refuses a node that does not exist', () => {
    expect(updateNode(sample(), 'nobody', { label: 'x' }).ok).toBe(false);
  });

  it('removes an optional field set to undefined', () => {
    const map = makeMap({ nodes: [makeProof({ id: 'p', notes: 'old' })] });
    const { map: next } = expectOk(updateNode(map, 'p', { notes: undefined }));
    expect('notes' in nodeById(next, 'p')).toBe(false);
  });

  it('returns the very same map when nothing changes', () => {
    const map = sample();
    expect(expectOk(updateNode(map, 'cfo', { stance: 'skeptical', label: 'CFO' })).map).toBe(map);
  });
});

describe('moveNodes', () => {
  it('changes only positions and keeps every other field’s identity', () => {
    const map = sample();
    const next = moveNodes(map, [{ id: 'cfo', position: { x: 50, y: 60 } }]);
    const moved = nodeById(next, 'cfo');
    expect(moved.position).toEqual({ x: 50, y: 60 });
    const fields = moved as Record<string, unknown>;
    for (const [key, value] of Object.entries(cfo)) if (key !== 'position') expect(fields[key]).toBe(value);
    expect(next.nodes.slice(1)).toEqual(map.nodes.slice(1));
    next.nodes.slice(1).forEach((node, i) => expect(node).toBe(map.nodes[i + 1]));
    expect(next.edges).toBe(map.edges);
  });

  it('clamps to ±1,000,000 and ignores non-finite coordinates', () => {
    const next = moveNodes(sample(), [
      { id: 'cfo', position: { x: 2e6, y: -3e6 } },
      { id: 'soc2', position: { x: NaN, y: 1 } },
    ]);
    expect(nodeById(next, 'cfo').position).toEqual({ x: 1_000_000, y: -1_000_000 });
    expect(nodeById(next, 'soc2').position).toEqual(soc2.position);
    expectValid(next);
  });

  it('returns the very same map when no node moves', () => {
    const map = sample();
    expect(moveNodes(map, [{ id: 'cfo', position: cfo.position }])).toBe(map);
    expect(moveNodes(map, [{ id: 'nobody', position: { x: 1, y: 1 } }])).toBe(map);
    expect(moveNodes(map, [])).toBe(map);
  });
});

describe('deleteItems', () => {
  it('deleting a node removes its edges and its id from plan items’ addresses', () => {
    const next = deleteItems(sample(), { nodes: ['soc2'], edges: [], planItems: [] });
    expect(next.nodes.map((n) => n.id)).toEqual(['cfo', 'audit', 'sso']);
    expect(next.edges.map((e) => e.id)).toEqual(['fears:cfo->audit', 'burdens:sso->cfo']);
    expect(next.plan.find((p) => p.id === 'plan-soc2')?.addresses).toEqual(['audit']);
    expectValid(next);
  });

  it('deletes edges and plan items that are selected', () => {
    const map = sample();
    const next = deleteItems(map, { nodes: [], edges: ['fears:cfo->audit'], planItems: ['plan-hire'] });
    expect(next.edges.map((e) => e.id)).not.toContain('fears:cfo->audit');
    expect(next.edges).toHaveLength(3);
    expect(next.plan.map((p) => p.id)).toEqual(['plan-soc2']);
    expect(next.nodes).toBe(map.nodes);
  });

  it('deleting every node leaves no edge and no address', () => {
    const next = deleteItems(sample(), { nodes: ['cfo', 'soc2', 'audit', 'sso'], edges: [], planItems: [] });
    expect(next.edges).toEqual([]);
    expect(next.plan.every((p) => p.addresses.length === 0)).toBe(true);
    expectValid(next);
  });

  it('returns the very same map when nothing selected exists', () => {
    const map = sample();
    expect(deleteItems(map, { nodes: ['ghost'], edges: ['ghost'], planItems: ['ghost'] })).toBe(map);
  });
});

describe('duplicateItems', () => {
  it('copies nodes with new ids, offset, and the edges between copied nodes only', () => {
    const map = sample();
    const outcome = expectOk(
      duplicateItems(
        map,
        { nodes: ['cfo', 'soc2'], edges: [], planItems: [] },
        createIdSource(map, counter()),
      ),
    );
    const [cfoCopy, soc2Copy] = outcome.selection.nodes.map((id) => nodeById(outcome.map, id));
    expect(cfoCopy).toMatchObject({
      kind: 'approver',
      label: 'CFO',
      stance: 'skeptical',
      position: { x: DUPLICATE_OFFSET, y: DUPLICATE_OFFSET },
    });
    expect(soc2Copy?.kind).toBe('proof');
    expect(outcome.selection.edges).toHaveLength(1); // requires cfo→soc2 is copied; fears/burdens touch uncopied nodes
    const copiedEdge = outcome.map.edges.find((e) => e.id === outcome.selection.edges[0]);
    expect(copiedEdge).toMatchObject({ kind: 'requires', source: cfoCopy?.id, target: soc2Copy?.id });
    expect(outcome.map.nodes).toHaveLength(6);
    expectValid(outcome.map);
  });

  it('copies plan items with the same addresses', () => {
    const map = sample();
    const outcome = expectOk(
      duplicateItems(map, { nodes: [], edges: [], planItems: ['plan-soc2'] }, createIdSource(map, counter())),
    );
    const copy = outcome.map.plan.find((p) => p.id === outcome.selection.planItems[0]);
    expect(copy).toMatchObject({ title: 'Plan item plan-soc2', addresses: ['soc2', 'audit'] });
    expectValid(outcome.map);
  });

  it('returns the very same map when nothing is selected', () => {
    const map = sample();
    expect(
      expectOk(
        duplicateItems(map, { nodes: [], edges: ['requires:cfo->soc2'], planItems: [] }, createIdSource(map)),
      ).map,
    ).toBe(map);
  });
});

describe('deleteEdge', () => {
  it('removes one edge and nothing else', () => {
    const map = sample();
    const next = deleteEdge(map, 'reduces:soc2->audit');
    expect(next.edges.map((e) => e.id)).toEqual([
      'requires:cfo->soc2',
      'fears:cfo->audit',
      'burdens:sso->cfo',
    ]);
    expect(next.nodes).toBe(map.nodes);
    expect(deleteEdge(map, 'ghost')).toBe(map);
  });
});

describe('updateMapFields', () => {
  it('changes title, decision, market, period and notes', () => {
    const patch = {
      title: 'Enterprise',
      decision: 'Sign',
      market: 'EU',
      period: '2027-Q1',
      notes: 'Workshop 2',
    };
    const { map } = expectOk(updateMapFields(sample(), patch));
    expect(map).toMatchObject(patch);
    expectValid(map);
  });

  it.each([
    ['an empty title', { title: '' }, 'title'],
    ['a period over 40 characters', { period: 'Q'.repeat(41) }, 'period'],
    ['a decision over 500 characters', { decision: 'd'.repeat(501) }, 'decision'],
    ['removing the title', { title: undefined }, 'title'],
    ['a field that is not editable', { id: 'other' }, 'id'],
  ])('refuses %s', (_, patch, field) => {
    expect(updateMapFields(sample(), patch as never)).toMatchObject({ ok: false, field });
  });

  it('removes the notes when set to undefined, and changes nothing when values are the same', () => {
    const map = makeMap({ notes: 'old' });
    expect('notes' in expectOk(updateMapFields(map, { notes: undefined })).map).toBe(false);
    expect(expectOk(updateMapFields(map, { title: map.title })).map).toBe(map);
  });
});

describe('every kind', () => {
  it.each(NODE_KINDS)('a %s added then deleted leaves the map as it was', (kind) => {
    const map = sample();
    const { map: added } = expectOk(addNode(map, kind, 'n1'));
    expect(deleteItems(added, { nodes: ['n1'], edges: [], planItems: [] })).toEqual(map);
  });
});
