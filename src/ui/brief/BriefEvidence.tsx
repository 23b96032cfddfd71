import type { Brief, BriefNode } from '../../domain/brief/briefContent';
import { KIND_WORD } from '../../domain/brief/briefWords';

const name = (node: BriefNode) => `${KIND_WORD[node.kind]} “${node.label}”`;

/** The brief's "What we know and what we assume" and "What the deals say". */
export function BriefEvidence({ brief }: { brief: Brief }) {
  const { knowledge, deals } = brief;
  return (
    <div className="brief__columns">
      <section aria-labelledby="brief-knowledge">
        <h2 id="brief-knowledge">What we know and what we assume</h2>
        <p>{knowledge.sentence}</p>
        {knowledge.assumed.length > 0 && (
          <p>Assumed (no market evidence): {knowledge.assumed.map(name).join('; ')}</p>
        )}
        {knowledge.stale.length > 0 && (
          <p>Stale (market evidence older than two quarters): {knowledge.stale.map(name).join('; ')}</p>
        )}
        {knowledge.questions.length > 0 && (
          <ul aria-label="To take to the market">
            {knowledge.questions.map((q, i) => (
              <li key={i}>{q}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="brief-deals">
        <h2 id="brief-deals">What the deals say</h2>
        {deals.count > 0 && (
          <p>
            {deals.count} deals: {deals.won} won, {deals.lost} lost, {deals.noDecision} no decision,{' '}
            {deals.open} open.
          </p>
        )}
        <p>{deals.sentence}</p>
        {deals.disagreements.length > 0 && (
          <ul>
            {deals.disagreements.map((d) => (
              <li key={d.node.id}>
                <strong>{name(d.node)}</strong>: {d.says}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
