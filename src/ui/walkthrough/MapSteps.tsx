import { useId } from 'react';
import type { DecisionNode } from '../../domain/records/node';
import { workbenchStore } from '../shared/appStore';
import { useWorkbench } from '../shared/appStore';
import { KIND_NAME } from '../../domain/words';
import { needsOf } from '../../domain/records/needs';
import { StateEditor } from '../shared/controls/StateEditor';
import { QuickEntry } from './QuickEntry';
import { RecordedBy, WhereFrom } from './WhereFrom';
import { STAGE_KIND } from './steps';
import './walkthroughSteps.css';

/** "Who must approve it?": every approver with their veto and stance, and a line to add the next one. */
export function ApproversStep({ onNext }: { onNext: () => void }) {
  const approvers = useWorkbench((s) => s.map.nodes).filter((n) => n.kind === 'approver');
  const updateNode = useWorkbench((s) => s.updateNode);
  return (
    <>
      <QuickEntry
        label="Add an approver"
        placeholder="e.g. CFO, Head of IT security, Procurement"
        onAdd={(label) => workbenchStore.getState().addNamedNode('approver', label) !== null}
        onNext={onNext}
      />
      {approvers.length === 0 ? (
        <p className="walkthrough__empty">Nobody yet. Until someone is named, obviousness is 0 / 100.</p>
      ) : (
        <>
          <RecordedBy />
          <ul className="walkthrough__items" aria-label="Approvers">
            {approvers.map((approver) => (
              <li key={approver.id} className="walkthrough__item walkthrough-kind--approver">
                <WhereFrom node={approver}>
                  <StateEditor node={approver} label={`Stance of ${approver.label}`} />
                </WhereFrom>
                {approver.kind === 'approver' && (
                  <label className="toggle">
                    <input
                      type="checkbox"
                      checked={approver.veto}
                      onChange={(e) => updateNode(approver.id, { veto: e.target.checked })}
                    />
                    <span>{approver.label} can say no on their own (veto)</span>
                  </label>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

const ENTRY_WORDS: Record<
  'proofs' | 'risks' | 'frictions',
  { add: (who: string) => string; example: string; linkedTitle: string }
> = {
  proofs: {
    add: (who) => `Add a proof ${who} needs`,
    example: 'e.g. SOC 2 report, reference customer, pilot results',
    linkedTitle: 'Proof they need',
  },
  risks: {
    add: (who) => `Add a risk ${who} fears`,
    example: 'e.g. data migration fails, audit finding',
    linkedTitle: 'Risks they fear',
  },
  frictions: {
    add: (who) => `Add a friction in ${who}’s way`,
    example: 'e.g. security review queue, annual budget cycle',
    linkedTitle: 'Frictions in their way',
  },
};

/** For one approver: the proofs (or risks, or frictions) they need, states editable, new ones added and linked. */
export function NeedsStep({
  stage,
  approverId,
  onNext,
}: {
  stage: 'proofs' | 'risks' | 'frictions';
  approverId: string;
  onNext: () => void;
}) {
  const map = useWorkbench((s) => s.map);
  const approver = map.nodes.find((n) => n.id === approverId);
  const groupId = useId();
  if (!approver) return <p className="walkthrough__empty">This approver is no longer on the map.</p>;
  const kind = STAGE_KIND[stage];
  const linked = needsOf(map, approverId)[stage];
  const linkedIds = new Set(linked.map((n) => n.id));
  const others = map.nodes.filter((n) => n.kind === kind && !linkedIds.has(n.id));
  const words = ENTRY_WORDS[stage];
  return (
    <>
      <QuickEntry
        label={words.add(approver.label)}
        placeholder={words.example}
        onAdd={(label) => workbenchStore.getState().addNamedNode(kind, label, approverId) !== null}
        onNext={onNext}
      />
      <h3 className="walkthrough__subheading">{words.linkedTitle}</h3>
      {linked.length === 0 ? (
        <p className="walkthrough__empty">None yet.</p>
      ) : (
        <>
          <RecordedBy />
          <ul className="walkthrough__items" aria-label={words.linkedTitle}>
            {linked.map((node) => (
              <li key={node.id} className={`walkthrough__item walkthrough-kind--${node.kind}`}>
                <WhereFrom node={node}>
                  <StateEditor node={node} label={node.label} />
                </WhereFrom>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => workbenchStore.getState().toggleNeed(approverId, node.id)}
                >
                  Not needed by {approver.label}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {others.length > 0 && <AlsoNeeded nodes={others} approver={approver} groupId={groupId} />}
    </>
  );
}

/** Nodes of the same kind already on the map: one tick links them to this approver too. */
function AlsoNeeded({
  nodes,
  approver,
  groupId,
}: {
  nodes: DecisionNode[];
  approver: DecisionNode;
  groupId: string;
}) {
  return (
    <fieldset className="walkthrough__also" aria-describedby={groupId}>
      <legend>Already on the map</legend>
      <p id={groupId} className="walkthrough__hint">
        Tick the ones {approver.label} needs too.
      </p>
      {nodes.map((node) => (
        <label key={node.id} className="toggle">
          <input
            type="checkbox"
            checked={false}
            onChange={() => workbenchStore.getState().toggleNeed(approver.id, node.id)}
          />
          <span>
            {KIND_NAME[node.kind]}: {node.label}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
