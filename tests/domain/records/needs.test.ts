import { describe, expect, it } from 'vitest';
import { needsOf, spotlitIds } from '../../../src/domain/records/needs';
import {
  burdens,
  fears,
  influences,
  makeApprover,
  makeFriction,
  makeMap,
  makeProof,
  makeRisk,
  reduces,
  requires,
} from '../../builders';

const cfo = makeApprover({ id: 'cfo' });
const legal = makeApprover({ id: 'legal' });
const soc2 = makeProof({ id: 'soc2' });
const dpa = makeProof({ id: 'dpa' });
const breach = makeRisk({ id: 'breach' });
const queue = makeFriction({ id: 'queue' });
const map = makeMap({
  nodes: [cfo, legal, soc2, dpa, breach, queue],
  edges: [
    requires(cfo, soc2),
    fears(cfo, breach),
    burdens(queue, cfo),
    requires(legal, dpa),
    reduces(soc2, breach),
    influences(legal, cfo),
  ],
});

describe('what an approver in the spotlight needs', () => {
  it('is their proofs, risks and frictions: not what others need, not who sways them', () => {
    const needs = needsOf(map, 'cfo');
    expect(needs.proofs.map((n) => n.id)).toEqual(['soc2']);
    expect(needs.risks.map((n) => n.id)).toEqual(['breach']);
    expect(needs.frictions.map((n) => n.id)).toEqual(['queue']);
    expect([...spotlitIds(map, 'cfo')].sort()).toEqual(['breach', 'cfo', 'queue', 'soc2']);
    expect([...spotlitIds(map, 'legal')].sort()).toEqual(['dpa', 'legal']);
  });

  it('is nothing for an approver nobody linked yet', () => {
    const alone = makeMap({ nodes: [makeApprover({ id: 'ceo' })] });
    expect(needsOf(alone, 'ceo')).toEqual({ proofs: [], risks: [], frictions: [] });
  });
});
