/** The scoring model in plain words (docs/scoring.md has the full version). */
export function HowScoreWorks() {
  return (
    <details className="how">
      <summary>How the score works</summary>
      <div className="how__body">
        <p>
          <strong>Obviousness</strong> reads as the chance that this market says yes today, from 0 to 100.
        </p>
        <ul>
          <li>
            Each <strong>approver</strong> has a <strong>readiness</strong>: their stance (champion 100%,
            supportive 95%, neutral 75%, skeptical 55%, opposed 15%, unknown 5%), lowered by every proof they
            need that is not verified, every risk they fear that is not reduced and every friction in their
            way.
          </li>
          <li>
            <strong>Veto approvers multiply</strong>: each one can say no on their own, so two veto approvers
            at 80% leave 64%. One opposed veto approver keeps the score low whatever else is true.
          </li>
          <li>The other approvers add momentum: their readiness, averaged by influence.</li>
          <li>
            <strong>Unknown counts below the worst answer.</strong> An unanswered question is listed as an
            open question, never treated as neutral.
          </li>
          <li>
            The <strong>lift</strong> of a node is how many points the score would gain if that node alone
            were resolved. The node with the biggest lift is the <strong>constraint</strong>.
          </li>
          <li>
            The plan&apos;s <strong>ceiling</strong> is the score if every plan item fully worked.
          </li>
        </ul>
      </div>
    </details>
  );
}
