import { coverageSentence } from '../../domain/analysis/evidenceWords';
import type { Analysis } from '../../domain/analysis/types';
import type { DecisionNode } from '../../domain/records/node';
import { KIND_NAME } from '../../domain/words';
import { EvidenceMark } from '../shared/EvidenceMark';

/**
 * Score tab: what the verdict rests on (coverage, the assumptions that matter most as questions) and
 * what the deal record says against the map. Evidence never moves the score; it says how far to trust it.
 */
export function RestsOn({
  analysis,
  nodesById,
  onFocusNode,
}: {
  analysis: Analysis;
  nodesById: ReadonlyMap<string, DecisionNode>;
  onFocusNode: (id: string) => void;
}) {
  const { evidence, marketCheck } = analysis;
  const nodes = [...nodesById.values()];
  const nodeName = (id: string) => {
    const node = nodesById.get(id);
    return node ? `${KIND_NAME[node.kind]}: ${node.label}` : id;
  };
  return (
    <>
      <section aria-labelledby="rests-on-heading">
        <h2 id="rests-on-heading" className="panel__heading">
          What the verdict rests on
        </h2>
        <p>{coverageSentence(nodes, evidence)}</p>
        <p className="rests-on__counts">
          <EvidenceMark status="assumed" /> {evidence.assumed.length} <EvidenceMark status="stale" />{' '}
          {evidence.stale.length}
        </p>
        {evidence.questions.length > 0 && (
          <ul className="rests-on__questions" aria-label="Assumptions to take to the market">
            {evidence.questions.map((q) => (
              <li key={q.id}>
                <button type="button" className="link-button" onClick={() => onFocusNode(q.id)}>
                  {q.question}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {marketCheck.length > 0 && (
        <section aria-labelledby="market-check-heading">
          <h2 id="market-check-heading" className="panel__heading">
            What the deals say
          </h2>
          <ul className="rests-on__market">
            {marketCheck.map((check) => (
              <li key={check.id}>
                <button type="button" className="link-button" onClick={() => onFocusNode(check.id)}>
                  {nodeName(check.id)}
                </button>
                <span className="rests-on__says">{check.says}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
