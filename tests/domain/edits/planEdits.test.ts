import { describe, expect, it } from 'vitest';
import { addPlanItem, deletePlanItem, toggleAddress, updatePlanItem } from '../../../src/domain/edits/planEdits';
import type { PlanItemPatch } from '../../../src/domain/edits/types';
import { makeApprover, makeMap, makePlanItem, makeProof } from '../../builders';
import { expectValid } from '../../state/helpers';

const sample = () =>
  makeMap({
    nodes: [makeApprover({ id: 'cfo' }), makeProof({ id: 'soc2' })],
    plan: [makePlanItem({ id: 'plan-audit', title: 'SOC 2 audit', addresses: ['soc2'] })],
  });

const planItem = (map: ReturnType<typeof sample>, id: string) => map.plan.find((p) => p.id === id);

describe('addPlanItem', () => {
  it('adds an item titled "New plan item", category other, addressing nothing', () => {
    const outcome = addPlanItem(sample(), 'p2');
    expect(outcome.ok && planItem(outcome.map, 'p2')).toEqual({
      id: 'p2',
      title: 'New plan item',
      category: 'other',
      addresses: [],
    });
    if (outcome.ok) expectValid(outcome.map);
  });

  it('takes starting values', () => {
    const outcome = addPlanItem(sample(), 'p2', {
      title: 'Hire 6 AEs',
      category: 'hiring',
      owner: 'VP Sales',
      addresses: ['cfo'],
    });
    expect(outcome.ok && planItem(outcome.map, 'p2')).toEqual({
      id: 'p2',
      title: 'Hire 6 AEs',
      category: 'hiring',
      owner: 'VP Sales',
      addresses: ['cfo'],
    });
  });

  it.each([
    ['an address to a missing node', { addresses: ['ghost'] }, /no node has id "ghost"/i],
    ['an unknown category', { category: 'lobbying' as never }, /expected one of/],
    ['an id already used by a node', null, /already/],
  ])('refuses %s', (_, partial, message) => {
    const outcome = partial === null ? addPlanItem(sample(), 'cfo') : addPlanItem(sample(), 'p2', partial);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(message);
  });
});

describe('updatePlanItem', () => {
  it.each<[string, PlanItemPatch]>([
    ['title', { title: 'SOC 2 Type II audit' }],
    ['category', { category: 'process' }],
    ['owner', { owner: 'CTO' }],
    ['notes', { notes: 'Auditor booked for May' }],
    ['addresses', { addresses: ['soc2', 'cfo'] }],
  ])('changes the %s', (_, patch) => {
    const outcome = updatePlanItem(sample(), 'plan-audit', patch);
    expect(outcome.ok && planItem(outcome.map, 'plan-audit')).toMatchObject(patch);
    if (outcome.ok) expectValid(outcome.map);
  });

  it.each<[string, PlanItemPatch, string]>([
    ['an empty title', { title: '' }, 'title'],
    ['an owner over 200 characters', { owner: 'o'.repeat(201) }, 'owner'],
    ['an id change', { id: 'x' } as PlanItemPatch, 'id'],
    ['a field plan items do not have', { stance: 'champion' } as PlanItemPatch, 'stance'],
  ])('refuses %s, naming the field', (_, patch, field) => {
    expect(updatePlanItem(sample(), 'plan-audit', patch)).toMatchObject({ ok: false, field });
  });

  it('refuses addressing the same node twice or a missing node', () => {
    expect(updatePlanItem(sample(), 'plan-audit', { addresses: ['soc2', 'soc2'] }).ok).toBe(false);
    expect(updatePlanItem(sample(), 'plan-audit', { addresses: ['ghost'] }).ok).toBe(false);
  });

  it('returns the very same map when nothing changes', () => {
    const map = sample();
    const outcome = updatePlanItem(map, 'plan-audit', { title: 'SOC 2 audit' });
    expect(outcome.ok && outcome.map).toBe(map);
  });
});

describe('toggleAddress', () => {
  it('adds a node not yet addressed, and removes it the second time', () => {
    const map = sample();
    const once = toggleAddress(map, 'plan-audit', 'cfo');
    if (!once.ok) throw new Error(once.message);
    expect(planItem(once.map, 'plan-audit')?.addresses).toEqual(['soc2', 'cfo']);
    const twice = toggleAddress(once.map, 'plan-audit', 'cfo');
    expect(twice.ok && twice.map).toEqual(map);
  });

  it('refuses a missing plan item or node', () => {
    expect(toggleAddress(sample(), 'ghost', 'cfo').ok).toBe(false);
    expect(toggleAddress(sample(), 'plan-audit', 'ghost').ok).toBe(false);
  });
});

describe('deletePlanItem', () => {
  it('removes the item and nothing else', () => {
    const map = sample();
    const next = deletePlanItem(map, 'plan-audit');
    expect(next.plan).toEqual([]);
    expect(next.nodes).toBe(map.nodes);
    expect(deletePlanItem(map, 'ghost')).toBe(map);
  });
});
