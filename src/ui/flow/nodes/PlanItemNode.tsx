import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { PlanVerdictBadge } from '../../shared/PlanVerdict';
import { PlanIcon } from '../../shared/icons';
import { CATEGORY_NAME, formatLift } from '../../shared/words';
import type { PlanFlowNode } from '../flowTypes';

/** A plan item in the plan lane; its links to the nodes it addresses are drawn as dashed edges. */
export const PlanItemNode = memo(function PlanItemNode({ data, selected }: NodeProps<PlanFlowNode>) {
  const { record, lift, verdict, picking } = data;
  const classes = ['plan-card'];
  if (selected) classes.push('plan-card--selected');
  if (picking) classes.push('plan-card--picking');
  if (verdict) classes.push(`plan-card--${verdict}`);
  return (
    <div className={classes.join(' ')}>
      <Handle type="source" position={Position.Right} className="handle handle--plan-source" />
      <div className="plan-card__kind">
        <PlanIcon size={20} />
        <span>Plan · {CATEGORY_NAME[record.category]}</span>
        {lift !== null && lift > 0 && <span className="plan-card__lift">lift {formatLift(lift)}</span>}
      </div>
      <div className="plan-card__title">{record.title}</div>
      {picking && <div className="plan-card__picking">Click nodes to link them</div>}
      {verdict && <PlanVerdictBadge verdict={verdict} />}
    </div>
  );
});
