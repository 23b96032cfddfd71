import { useState } from 'react';
import type { DecisionNode } from '../../../domain/records/node';
import { useWorkbench, workbenchStore } from '../appStore';
import { FieldMessage } from './FieldMessage';
import { SegmentedRadio } from './SegmentedRadio';
import { stateOf } from '../words';
import { stateOf as stateValue, statesOf } from '../../../domain/records/nodeState';
import { statePatch } from '../../../domain/edits/whatIf';

/**
 * The one field a room changes most: a node's state (stance, status, reduction) as large radio buttons.
 * The change is a normal, undoable edit; a refusal shows beside the field. While a what-if is open the
 * field shows and changes the what-if's state instead: hypothetical, thrown away with the what-if.
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
  const whatIf = useWorkbench((s) => s.whatIf);
  const [message, setMessage] = useState<string | null>(null);
  const options = statesOf(node).map((value) => ({ value, label: value }));
  const tried = whatIf?.[node.id];
  return (
    <>
      <SegmentedRadio
        className={className}
        label={label ?? `${stateOf(node).field} of ${node.label}`}
        value={tried ?? stateValue(node)}
        options={options}
        onChange={(value) => {
          const state = workbenchStore.getState();
          if (state.whatIf !== null) {
            state.setWhatIf({ ...state.whatIf, [node.id]: value });
            return;
          }
          const result = updateNode(node.id, statePatch(node, value));
          setMessage(result.ok ? null : result.message);
        }}
      />
      {tried !== undefined && <p className="state-editor__tried">Hypothetical: tried in the what-if</p>}
      <FieldMessage message={message} />
    </>
  );
}
