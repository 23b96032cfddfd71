import { startNextQuarter } from '../../../src/domain/quarters/startNextQuarter';
import type { DecisionMap } from '../../../src/domain/records/map';
import { makeApprover, makeMap, makePlanItem, makeProof, makeRisk, requires, fears } from '../../builders';

/** Last quarter: a skeptical veto CFO who needs a reference customer (missing) and fears a failed rollout. */
export function lastQuarter(): DecisionMap {
  const cfo = makeApprover({ id: 'cfo', label: 'CFO', veto: true, stance: 'skeptical', influence: 5 });
  const reference = makeProof({ id: 'reference', label: 'Reference customer', status: 'missing' });
  const rollout = makeRisk({ id: 'rollout', label: 'Failed rollout', severity: 4, reduction: 'none' });
  return makeMap({
    id: 'finance-q3',
    title: 'Finance teams',
    market: 'Mid-market finance',
    period: '2026-Q3',
    nodes: [cfo, reference, rollout],
    edges: [requires(cfo, reference), fears(cfo, rollout)],
    plan: [
      makePlanItem({ id: 'pilot', title: 'Run a reference pilot', category: 'process', addresses: ['reference'] }),
      makePlanItem({ id: 'booth', title: 'Conference booth', category: 'marketing', addresses: [] }),
    ],
  });
}

/** This quarter, started from last: the reference verified, the CFO supportive, the booth dropped, a new plan item. */
export function thisQuarter(from: DecisionMap = lastQuarter()): DecisionMap {
  const next = startNextQuarter(from, 'finance-q4');
  return {
    ...next,
    nodes: next.nodes.map((n) =>
      n.id === 'reference' && n.kind === 'proof'
        ? { ...n, status: 'verified' }
        : n.id === 'cfo' && n.kind === 'approver'
          ? { ...n, stance: 'supportive' }
          : n,
    ),
    plan: [
      ...next.plan.filter((p) => p.id !== 'booth'),
      makePlanItem({ id: 'rollout-plan', title: 'Phased rollout plan', category: 'process', addresses: ['rollout'] }),
    ],
  };
}
