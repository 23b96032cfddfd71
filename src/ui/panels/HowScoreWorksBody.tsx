/** The scoring model in plain words, shown when "How the score works" is opened (HowScoreWorks). */
export function HowScoreWorksBody() {
  return (
    <div className="how__body">
      <p>
        <strong>Obviousness</strong> reads as how likely this market is to say yes today, from 0 to 100.
      </p>
      <ul>
        <li>
          Each <strong>approver</strong> is as ready as the weaker of two things: where they stand (champion
          100%, supportive 95%, neutral 90%, skeptical 82%, opposed 5%) and what they still need (a missing
          proof leaves 60%, an unreduced severity-5 risk 55%, a severity-5 friction blocks: 20%). A champion
          without a veto can carry a veto holder a little of the way.
        </li>
        <li>
          <strong>The weakest veto holder governs.</strong> Each veto holder, and the others together, adds a
          doubt; the doubts add up. The score is never above the least ready veto holder, and several partly
          won veto holders make a hard decision, not a hopeless one.
        </li>
        <li>
          <strong>Unknown counts as the worst answer</strong>, so not asking never pays. The{' '}
          <strong>band</strong> shows how high the score could go if every open question came back halfway.
        </li>
        <li>
          <strong>Change first</strong>: the <strong>constraint</strong> is the known node whose resolution
          would raise the score most. <strong>Find out first</strong>: the unknown whose answer is worth most.
        </li>
        <li>
          Each plan item gets a <strong>verdict</strong> judged against this map: high leverage (the
          constraint or what comes right after it), insufficient (right work, but the constraint stands), low
          leverage (resolved already or trivial), internal logic (addresses nothing the market decides on).
        </li>
        <li>
          The plan&apos;s <strong>ceiling</strong> is the score if every plan item fully worked and the
          questions it leaves open came back halfway.
        </li>
      </ul>
    </div>
  );
}
