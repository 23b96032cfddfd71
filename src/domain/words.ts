import type { NodeKind } from './records/states';

/*
 * The product's words for records, written once: the workbench, the brief, the library and the refusal
 * messages all name kinds and quote titles through these.
 */

/** "Approver", "Proof", "Risk", "Friction". */
export const KIND_NAME: Record<NodeKind, string> = {
  approver: 'Approver',
  proof: 'Proof',
  risk: 'Risk',
  friction: 'Friction',
};

/** "Approvers", "Proofs", "Risks", "Frictions". */
export const KIND_PLURAL: Record<NodeKind, string> = {
  approver: 'Approvers',
  proof: 'Proofs',
  risk: 'Risks',
  friction: 'Frictions',
};

/** "a proof", "an approver": for messages that name a node kind. */
export const withArticle = (word: string): string => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);

/** "An approver", "A proof": a kind at the start of a sentence. */
export const kindWithArticle = (kind: NodeKind): string => {
  const words = withArticle(kind);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
};

/** A title or label in quotes, cut after `max` characters: “Mid-market finance teams”. */
export const quoted = (text: string, max = 60): string =>
  `“${text.length > max ? `${text.slice(0, max)}…` : text}”`;

/** A map as messages name it: its quoted title, then its period when it has one. */
export const quotedMap = (map: { title: string; period: string }): string =>
  `${quoted(map.title)}${map.period ? ` (${map.period})` : ''}`;
