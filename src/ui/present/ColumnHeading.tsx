import { memo } from 'react';
import type { Node as FlowNode, NodeProps } from '@xyflow/react';

export type ColumnHeadingNode = FlowNode<{ words: string; width: number }, 'columnHeading'>;

/** Above each column of the shared screen, the kind's name: the cards themselves leave it out. */
export const ColumnHeading = memo(function ColumnHeading({ data }: NodeProps<ColumnHeadingNode>) {
  return (
    <div className="present-column" style={{ width: data.width }}>
      {data.words}
    </div>
  );
});
