import { useState } from 'react';
import type { DecisionNode } from '../../../domain/records/node';
import { useWorkbench } from '../appStore';
import { FieldMessage } from './FieldMessage';
import { SegmentedRadio } from './SegmentedRadio';
import { stateOf } from '../words';
import { stateOf as stateValue, statesOf } from '../../../domain/records/nodeState';
import { statePatch } from '../../../domain/edits/whatIf';

/**
 * The one field a room changes most: a node's state (stance, status, reduction) as large radio buttons.
 * The change is a normal, undoable edit; a refusal shows beside the field.
 */
export function StateEditor({
  node,
  label,
  className,
}: {
  node: DecisionNode;
  label?: string;
  className?: string;
}) {
  const updateNode = useWorkbench((s) => s.updateNode);
  const [message, setMessage] = useState<string | null>(null);
  const options = statesOf(node).map((value) => ({ value, label: value }));
  return (
    <>
      <SegmentedRadio
        className={className}
        label={label ?? `${stateOf(node).field} of ${node.label}`}
        value={stateValue(node)}
        options={options}
        onChange={(value) => {
          const result = updateNode(node.id, statePatch(node, value));
          setMessage(result.ok ? null : result.message);
        }}
      />
      <FieldMessage message={message} />
    </>
  );
}
