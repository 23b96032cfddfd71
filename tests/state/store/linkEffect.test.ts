import { describe, expect, it } from 'vitest';
import { makeApprover, makeMap, makeProof, makeRisk, requires } from '../../builders';
import { storeWith } from '../helpers';
import { selectAnalysis } from '../../../src/state/store/selectors';

const cfo = makeApprover({ id: 'cfo', label: 'CFO', veto: true, stance: 'supportive' });
const soc2 = makeProof({ id: 'soc2', label: 'SOC 2 report', status: 'missing' });
const dpa = makeProof({ id: 'dpa', label: 'Data processing agreement', status: 'verified' });
const breach = makeRisk({ id: 'breach', label: 'Data breach', reduction: 'none' });

describe('a link that lowers the score says why (issue 16)', () => {
  it('names the change and its cause in the notice when a link lowers the score', () => {
    const store = storeWith(makeMap({ nodes: [cfo, soc2, dpa, breach], edges: [requires(cfo, dpa)] }));
    const before = selectAnalysis(store.getState()).score;
    expect(store.getState().link('cfo', 'soc2').ok).toBe(true);
    const after = selectAnalysis(store.getState()).score;
    expect(after).toBeLessThan(before);
    const text = store.getState().notice?.text ?? '';
    expect(text).toMatch(new RegExp(`^Obviousness ${before} → ${after} \\(−\\d+\\.\\d\\)\\.`));
    expect(text).toContain('“CFO” now requires “SOC 2 report”, which is missing');
    store.getState().link('cfo', 'breach');
    expect(store.getState().notice?.text).toContain('“CFO” now fears “Data breach”, reduction none');
  });

  it('says nothing when the link does not lower the score', () => {
    const store = storeWith(makeMap({ nodes: [cfo, soc2, dpa], edges: [requires(cfo, soc2)] }));
    const before = selectAnalysis(store.getState()).score;
    store.getState().link('cfo', 'dpa');
    expect(selectAnalysis(store.getState()).score).toBeGreaterThanOrEqual(before);
    expect(store.getState().notice).toBeNull();
  });
});
