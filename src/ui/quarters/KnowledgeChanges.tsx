import { useMemo } from 'react';
import { analyze } from '../../domain/analysis/analyze';
import { KNOWLEDGE_WORDS } from '../../domain/brief/briefWords';
import { KNOWLEDGE_GROUPS } from '../../domain/diff/knowledgeChanges';
import type { MapDiff } from '../../domain/diff/types';
import type { DecisionMap } from '../../domain/records/map';
import { KIND_NAME } from '../../domain/words';
import { EvidenceMark } from '../shared/EvidenceMark';
import { QuestionIcon } from '../shared/icons';
import { KIND_ICON } from '../shared/kindIcon';
import { percent as wholePercent } from '../shared/words';
import { knowledgeChangeWords, knowledgeSummary } from './knowledgeWords';

interface Props {
  diff: MapDiff;
  from: DecisionMap;
  to: DecisionMap;
  names: { from: string; to: string };
}

/** A share (0–1) as a whole percentage: 0.34 → "34%". */
const percent = (share: number) => wholePercent(share * 100);

/**
 * What the team learned and lost between two quarters: the share of the verdict backed by current market
 * evidence then and now, and per node where its state comes from now and came from before. A state that
 * went from assumed to evidenced is progress in knowledge even when the score does not move.
 */
export function KnowledgeChanges({ diff, from, to, names }: Props) {
  const coverage = useMemo(
    () => ({ from: analyze(from).evidence.coverage, to: analyze(to).evidence.coverage }),
    [from, to],
  );
  const { evidence } = diff;
  const nodes = new Map(to.nodes.map((n) => [n.id, n]));
  return (
    <section className="knowledge" aria-labelledby="knowledge-heading">
      <h3 id="knowledge-heading" className="knowledge__heading">
        What the team learned and lost
      </h3>
      <p className="knowledge__summary">
        <strong
          className="knowledge__coverage"
          aria-label={`Evidence coverage ${percent(coverage.from)} in ${names.from}, ${percent(coverage.to)} in ${names.to}`}
        >
          Coverage {percent(coverage.from)} → {percent(coverage.to)}
        </strong>{' '}
        <span className="knowledge__sentence">{knowledgeSummary(evidence, names)}</span>
      </p>
      {KNOWLEDGE_GROUPS.map((group) => {
        const inGroup = evidence.changes.filter((c) => c.group === group);
        if (inGroup.length === 0) return null;
        const [name, meaning] = KNOWLEDGE_WORDS[group].split(': ');
        return (
          <section key={group} className={`change-group knowledge-group--${group}`} aria-label={name}>
            <h4 className="change-group__heading">
              <span className="change-group__name">{name}</span>{' '}
              <span className="change-group__meaning">{meaning}</span>
            </h4>
            <ul className="knowledge-group__list">
              {inGroup.map((change) => {
                const node = nodes.get(change.id);
                const Icon = node ? KIND_ICON[node.kind] : null;
                return (
                  <li key={change.id} className="knowledge-change">
                    {change.to === 'find-out' ? (
                      <span className="evidence-mark evidence-mark--find-out">
                        <QuestionIcon size={20} />
                        Unknown
                      </span>
                    ) : (
                      <EvidenceMark status={change.to} />
                    )}
                    {node && Icon && (
                      <span className="change__kind">
                        <Icon size={20} className={`change__icon change__icon--${node.kind}`} />
                        {KIND_NAME[node.kind]}
                      </span>
                    )}
                    <span className="knowledge-change__text">
                      <strong>{change.label}</strong>: {knowledgeChangeWords(change, node)}
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
