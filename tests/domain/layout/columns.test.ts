import { describe, expect, it } from 'vitest';
import { COLUMN_X, KIND_COLUMN, nextFreePosition, ROW_HEIGHT } from '../../../src/domain/layout/columns';
import { makeApprover, makeFriction, makeProof } from '../../builders';

describe('where the next node of a kind goes', () => {
  it('starts a kind’s column at the top when it is empty', () => {
    expect(nextFreePosition([], 'proof')).toEqual({ x: COLUMN_X.proof, y: 0 });
  });

  it('goes below the lowest card that overlaps the column, whatever its kind', () => {
    const nodes = [
      makeProof({ position: { x: COLUMN_X.proof, y: 0 } }),
      makeProof({ position: { x: COLUMN_X.proof + 40, y: 600 } }),
      makeApprover({ position: { x: COLUMN_X.proof - 100, y: 900 } }),
      makeFriction({ position: { x: COLUMN_X.friction, y: 5000 } }),
    ];
    expect(nextFreePosition(nodes, 'proof')).toEqual({ x: COLUMN_X.proof, y: 900 + ROW_HEIGHT });
  });

  it('keeps the columns in reading order: frictions, approvers, proofs, risks', () => {
    expect(COLUMN_X.friction).toBeLessThan(COLUMN_X.approver);
    expect(COLUMN_X.approver).toBeLessThan(COLUMN_X.proof);
    expect(COLUMN_X.proof).toBeLessThan(COLUMN_X.risk);
    expect(Object.entries(KIND_COLUMN).sort((a, b) => a[1] - b[1]).map(([kind]) => kind)).toEqual([
      'friction',
      'approver',
      'proof',
      'risk',
    ]);
  });
});
