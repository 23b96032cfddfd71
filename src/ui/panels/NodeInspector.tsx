import { useState } from 'react';
import type { Analysis } from '../../domain/analysis/types';
import type { DecisionNode } from '../../domain/records/node';
import {
  APPROVER_ROLES,
  FRICTION_STATUSES,
  PROOF_STATUSES,
  RISK_REDUCTIONS,
  STANCES,
} from '../../domain/records/states';
import type { ActionResult } from '../../state/store/results';
import type { NodePatch } from '../../domain/edits/types';
import { evidenceAdded } from '../../domain/edits/evidenceEntry';
import { useWorkbench } from '../shared/appStore';
import { CommitField } from '../shared/controls/CommitField';
import { FieldMessage } from '../shared/controls/FieldMessage';
import { LEVELS, statesAsOptions } from '../shared/controls/options';
import { SegmentedRadio } from '../shared/controls/SegmentedRadio';
import { KIND_ICON } from '../shared/kindIcon';
import { formatLift, KIND_QUESTION, percent } from '../shared/words';
import { KIND_NAME } from '../../domain/words';
import { EvidenceEditor } from './EvidenceEditor';
import { QuickEvidence } from './QuickEvidence';
import { LinkToField } from './LinkToField';

const STANCE_OPTIONS = statesAsOptions(STANCES);
const PROOF_OPTIONS = statesAsOptions(PROOF_STATUSES);
const REDUCTION_OPTIONS = statesAsOptions(RISK_REDUCTIONS);
const FRICTION_OPTIONS = statesAsOptions(FRICTION_STATUSES);

/** Every field of one decision node. Refused edits show their reason beside the field. */
export function NodeInspector({ node, analysis }: { node: DecisionNode; analysis: Analysis }) {
  const updateNode = useWorkbench((s) => s.updateNode);
  const quickEvidence = useWorkbench((s) => s.quickEvidence);
  const deleteSelection = useWorkbench((s) => s.deleteSelection);
  const duplicateSelection = useWorkbench((s) => s.duplicateSelection);
  const [messages, setMessages] = useState<Record<string, string>>({});
  const Icon = KIND_ICON[node.kind];

  /** Applies a patch from a control and keeps the refusal (or clears it) under that field. */
  const apply = (field: string, patch: NodePatch): ActionResult => {
    const result = updateNode(node.id, patch);
    setMessages((m) => {
      const next = { ...m };
      if (result.ok) delete next[field];
      else next[field] = result.message;
      return next;
    });
    return result;
  };
  const message = (field: string) => messages[field] ?? null;
  // Read for an approver only: the readiness of every approver is computed when first read.
  const readiness =
    node.kind === 'approver' ? analysis.approvers.find((a) => a.id === node.id)?.readiness : undefined;
  const lift = analysis.lifts[node.id];

  return (
    <div className={`inspector inspector--${node.kind}`}>
      <h2 className="inspector__kind">
        <Icon size={28} />
        {KIND_NAME[node.kind]}
        <span className="inspector__question">{KIND_QUESTION[node.kind]}</span>
      </h2>
      <p className="inspector__facts">
        {analysis.constraint === node.id && <span className="badge badge--constraint">Constraint</span>}
        {readiness !== undefined && <span>Readiness {percent(readiness)}</span>}
        {lift !== undefined ? <span>Lift if resolved {formatLift(lift)}</span> : <span>Resolved</span>}
      </p>

      <CommitField label="Label" value={node.label} onCommit={(label) => updateNode(node.id, { label })} />

      {node.kind === 'approver' && (
        <>
          <SegmentedRadio
            label="Stance"
            value={node.stance}
            options={STANCE_OPTIONS}
            onChange={(stance) => apply('stance', { stance })}
          />
          <FieldMessage message={message('stance')} />
          <div className="field">
            <label className="field__label" htmlFor={`${node.id}-role`}>
              Role
            </label>
            <select
              id={`${node.id}-role`}
              value={node.role}
              onChange={(e) => apply('role', { role: e.target.value as typeof node.role })}
            >
              {APPROVER_ROLES.map((role) => (
                <option key={role} value={role}>
                  {role}
                </option>
              ))}
            </select>
            <FieldMessage message={message('role')} />
          </div>
          <label className="toggle">
            <input
              type="checkbox"
              checked={node.veto}
              onChange={(e) => apply('veto', { veto: e.target.checked })}
            />
            <span>Veto: must approve, can say no on their own</span>
          </label>
          <FieldMessage message={message('veto')} />
          <SegmentedRadio
            label="Influence (1–5)"
            value={node.influence}
            options={LEVELS}
            onChange={(influence) => apply('influence', { influence })}
          />
          <FieldMessage message={message('influence')} />
        </>
      )}

      {node.kind === 'proof' && (
        <>
          <SegmentedRadio
            label="Status"
            value={node.status}
            options={PROOF_OPTIONS}
            onChange={(status) => apply('status', { status })}
          />
          <FieldMessage message={message('status')} />
        </>
      )}

      {node.kind === 'risk' && (
        <>
          <SegmentedRadio
            label="Reduction"
            value={node.reduction}
            options={REDUCTION_OPTIONS}
            onChange={(reduction) => apply('reduction', { reduction })}
          />
          <FieldMessage message={message('reduction')} />
        </>
      )}

      {node.kind === 'friction' && (
        <>
          <SegmentedRadio
            label="Status"
            value={node.status}
            options={FRICTION_OPTIONS}
            onChange={(status) => apply('status', { status })}
          />
          <FieldMessage message={message('status')} />
        </>
      )}

      {(node.kind === 'risk' || node.kind === 'friction') && (
        <>
          <SegmentedRadio
            label="Severity (1–5)"
            value={node.severity}
            options={LEVELS}
            onChange={(severity) => apply('severity', { severity })}
          />
          <FieldMessage message={message('severity')} />
        </>
      )}

      <CommitField
        label="Notes"
        multiline
        value={node.notes ?? ''}
        onCommit={(notes) => updateNode(node.id, { notes: notes === '' ? undefined : notes })}
      />
      <QuickEvidence
        key={node.id}
        ask={quickEvidence?.nodeId === node.id ? quickEvidence.seq : null}
        onAdd={(said) => updateNode(node.id, evidenceAdded(node, said))}
      />
      <EvidenceEditor
        evidence={node.evidence ?? []}
        onChange={(evidence) => updateNode(node.id, { evidence })}
      />

      <LinkToField fromId={node.id} />
      <div className="inspector__actions">
        <button type="button" className="button" onClick={() => duplicateSelection()}>
          Duplicate
        </button>
        <button type="button" className="button button--danger" onClick={() => deleteSelection()}>
          Delete {KIND_NAME[node.kind].toLowerCase()}
        </button>
      </div>
    </div>
  );
}
