import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import { spotlightOrder } from '../../../src/domain/analysis/spotlightOrder';
import { makeApprover, makeMap } from '../../builders';

describe('the spotlight order', () => {
  it('puts veto holders first, and the least ready first within each group', () => {
    const map = makeMap({
      nodes: [
        makeApprover({ id: 'ceo', stance: 'champion' }),
        makeApprover({ id: 'cfo', veto: true, stance: 'supportive' }),
        makeApprover({ id: 'it', veto: true, stance: 'skeptical' }),
        makeApprover({ id: 'ops', stance: 'opposed' }),
        makeApprover({ id: 'legal', veto: true, stance: 'neutral' }),
      ],
    });
    expect(spotlightOrder(analyze(map).approvers)).toEqual(['it', 'legal', 'cfo', 'ops', 'ceo']);
  });

  it('breaks ties by id, whatever the order of the map', () => {
    const nodes = [
      makeApprover({ id: 'b', veto: true, stance: 'neutral' }),
      makeApprover({ id: 'a', veto: true, stance: 'neutral' }),
      makeApprover({ id: 'c', stance: 'neutral' }),
    ];
    const order = spotlightOrder(analyze(makeMap({ nodes })).approvers);
    expect(order).toEqual(['a', 'b', 'c']);
    expect(spotlightOrder(analyze(makeMap({ nodes: [...nodes].reverse() })).approvers)).toEqual(order);
  });
});
