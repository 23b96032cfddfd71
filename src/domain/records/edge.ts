import { z } from 'zod/mini';
import { id, oneOf } from './common';
import { EDGE_KINDS } from './states';

/** A link between two nodes; its kind fixes which node kinds it may join (see EDGE_ENDS). */
export const edgeSchema = z.object({
  id,
  kind: oneOf(EDGE_KINDS),
  source: id,
  target: id,
});
export type Edge = z.infer<typeof edgeSchema>;

/** Two edges with the same key are duplicates. */
export const edgeKey = (edge: Pick<Edge, 'kind' | 'source' | 'target'>): string =>
  `${edge.kind}\u0000${edge.source}\u0000${edge.target}`;
