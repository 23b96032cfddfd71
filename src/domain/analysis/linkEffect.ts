import { points, signedPoints } from '../brief/numbers';
import type { Edge } from '../records/edge';
import type { DecisionMap } from '../records/map';
import { stateOf } from '../records/nodeState';
import { quoted } from '../words';

/**
 * Why a new link lowered the score, in the words the room needs at that moment: a link is a discovery
 * (the need was always there; the map was kinder before it knew), and an unmet need counts against the
 * approver it belongs to. Null when the link did not lower the score.
 */
export function linkLoweredWords(map: DecisionMap, edge: Edge, before: number, after: number): string | null {
  if (!(after < before)) return null;
  const source = map.nodes.find((n) => n.id === edge.source);
  const target = map.nodes.find((n) => n.id === edge.target);
  if (!source || !target) return null;
  const change = `Obviousness ${points(before)} → ${points(after)} (${signedPoints(after - before)})`;
  const state = (node: typeof source) => stateOf(node);
  const why = ((): string => {
    switch (edge.kind) {
      case 'requires':
        return `${quoted(source.label)} now requires ${quoted(target.label)}, which is ${state(target)}: a proof they need and do not have lowers how ready they are.`;
      case 'fears':
        return `${quoted(source.label)} now fears ${quoted(target.label)}, reduction ${state(target)}: a risk they fear, not yet reduced, lowers how ready they are.`;
      case 'burdens':
        return `${quoted(source.label)} (${state(source)}) now stands in ${quoted(target.label)}’s way: a friction not yet removed lowers how ready they are.`;
      case 'reduces':
        return `${quoted(target.label)} now counts on ${quoted(source.label)}, which is ${state(source)}: the risk is only as reduced as that proof allows.`;
      case 'influences':
        return `${quoted(source.label)} (${state(source)}) now influences ${quoted(target.label)}: their doubt now weighs on the decision too.`;
    }
  })();
  return `${change}. ${why} Nothing got worse in the market: the map now shows a need it did not show before.`;
}
