import type { DecisionNode } from '../../src/domain/records/node';

/**
 * The unresolved proof nearest the middle of the map: dragged in both pages and edited in the workbench.
 * Near the middle, the drag never reaches the canvas's edge (where React Flow would pan along).
 */
export function centralProof(nodes: readonly DecisionNode[]): string {
  const xs = nodes.map((node) => node.position.x);
  const ys = nodes.map((node) => node.position.y);
  const middle = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
  const distance = (node: DecisionNode) => Math.hypot(node.position.x - middle.x, node.position.y - middle.y);
  const proofs = nodes.filter((node) => node.kind === 'proof' && node.status !== 'verified');
  const nearest = proofs.reduce<DecisionNode | undefined>(
    (best, node) => (!best || distance(node) < distance(best) ? node : best),
    undefined,
  );
  if (!nearest) throw new Error('the generated map has no unresolved proof');
  return nearest.id;
}
