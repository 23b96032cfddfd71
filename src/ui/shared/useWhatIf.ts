import { useMemo } from 'react';
import { analyze } from '../../domain/analysis/analyze';
import type { Analysis } from '../../domain/analysis/types';
import type { DecisionNode } from '../../domain/records/node';
import type { NodeState } from '../../domain/records/nodeState';
import { useAnalysis, useWorkbench } from './appStore';
import { applyWhatIf, whatIfChanges } from '../../domain/edits/whatIf';

export interface WhatIfView {
  open: boolean;
  /** The changes that still apply to the map. */
  changes: { node: DecisionNode; value: NodeState }[];
  today: Analysis;
  /** The analysis of the map with the changes; null when there are none. */
  hypothetical: Analysis | null;
}

/** Today's analysis and, when a what-if has changes, the analysis as it would be (computed once per change). */
export function useWhatIf(): WhatIfView {
  const map = useWorkbench((s) => s.map);
  const whatIf = useWorkbench((s) => s.whatIf);
  const today = useAnalysis();
  return useMemo(() => {
    if (whatIf === null) return { open: false, changes: [], today, hypothetical: null };
    const changes = whatIfChanges(map, whatIf);
    return {
      open: true,
      changes,
      today,
      hypothetical: changes.length === 0 ? null : analyze(applyWhatIf(map, whatIf)),
    };
  }, [map, whatIf, today]);
}
