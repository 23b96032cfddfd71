import { useId } from 'react';
import type { DecisionNode } from '../../domain/records/node';
import { selectSelectedNode } from '../../state/store/selectors';
import { workbenchStore } from '../shared/appStore';
import { useAnalysis, useWorkbench } from '../shared/appStore';
import { KIND_ICON } from '../shared/kindIcon';
import { percent } from '../shared/words';
import { KIND_NAME } from '../../domain/words';
import { needsOf } from '../../domain/records/needs';
import { StateEditor } from '../shared/controls/StateEditor';
import './presentAside.css';

/**
 * Beside the map on the shared screen, only while there is something to show: the approver in the
 * spotlight and everything they need, each with its state editable on the spot; or the node picked on
 * the map. Otherwise the map has the whole width (the header keeps the constraint and the first find-out).
 */
export function PresentAside() {
  const spotlight = useWorkbench((s) => s.spotlight);
  const approver = useWorkbench((s) =>
    s.spotlight ? s.map.nodes.find((n) => n.id === s.spotlight?.id) : undefined,
  );
  const picked = useWorkbench(selectSelectedNode);
  if (!picked && !(approver && spotlight)) return null;
  return (
    <aside className="present-aside" aria-label="Details">
      {picked && picked.id !== approver?.id && <PickedNode node={picked} />}
      {approver && spotlight && (
        <SpotlightDetails
          approver={approver}
          position={spotlight.order.indexOf(approver.id) + 1}
          of={spotlight.order.length}
        />
      )}
    </aside>
  );
}

function PickedNode({ node }: { node: DecisionNode }) {
  const Icon = KIND_ICON[node.kind];
  return (
    <section
      className={`present-aside__picked present-kind--${node.kind}`}
      aria-label={`Editing ${KIND_NAME[node.kind]} ${node.label}`}
    >
      <h2 className="present-aside__name">
        <Icon size={26} /> {KIND_NAME[node.kind]}: {node.label}
      </h2>
      <StateEditor node={node} className="present-field" />
    </section>
  );
}

function SpotlightDetails({
  approver,
  position,
  of,
}: {
  approver: DecisionNode;
  position: number;
  of: number;
}) {
  const map = useWorkbench((s) => s.map);
  const analysis = useAnalysis();
  const readiness = analysis.approvers.find((a) => a.id === approver.id)?.readiness;
  const needs = needsOf(map, approver.id);
  const headingId = useId();
  const sections = [
    {
      title: 'Proof they need',
      nodes: needs.proofs,
      none: 'No proof recorded yet: what proof must exist for them?',
    },
    { title: 'Risks they fear', nodes: needs.risks, none: 'No risk recorded.' },
    { title: 'Frictions in their way', nodes: needs.frictions, none: 'No friction recorded.' },
  ];
  return (
    <section className="present-aside__spotlight" aria-labelledby={headingId}>
      <p className="present-aside__count">
        Spotlight {position > 0 ? position : '–'} of {of}
      </p>
      <h2 id={headingId} className="present-aside__name present-kind--approver">
        {approver.label}
        {approver.kind === 'approver' && approver.veto && (
          <>
            {' '}
            <span className="badge badge--veto">Veto</span>
          </>
        )}
      </h2>
      {readiness !== undefined && <p className="present-aside__readiness">{percent(readiness)} ready</p>}
      <StateEditor node={approver} label="Stance" className="present-field" />
      {sections.map((section) => (
        <div key={section.title} className="present-aside__needs">
          <h3>{section.title}</h3>
          {section.nodes.length === 0 ? (
            <p className="present-aside__none">{section.none}</p>
          ) : (
            <ul>
              {section.nodes.map((node) => (
                <li key={node.id} className={`present-kind--${node.kind}`}>
                  <StateEditor node={node} label={node.label} className="present-field" />
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
      <button type="button" className="button" onClick={() => workbenchStore.getState().setSpotlight(null)}>
        Show everyone
      </button>
    </section>
  );
}
