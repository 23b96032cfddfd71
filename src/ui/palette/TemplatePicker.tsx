import { useId } from 'react';
import { TEMPLATES } from '../../domain/templates/templates';
import type { TemplateSpec } from '../../domain/templates/templateSpec';
import { workbenchStore } from '../shared/appStore';
import { useWorkbench } from '../shared/appStore';
import { Modal } from '../shared/controls/Modal';
import './palette.css';

/**
 * Start a new map from a common buying decision: with the library open it is added beside the open map;
 * in a live session (no library) it replaces the map shown.
 */
export function TemplatePicker() {
  const setOverlay = useWorkbench((s) => s.setOverlay);
  const titleId = useId();
  const close = () => setOverlay(null);
  const replaces = useWorkbench((s) => s.library.status === 'closed');

  const start = (template: TemplateSpec) => {
    close();
    void workbenchStore.getState().newMapFromTemplate(template);
  };

  return (
    <Modal labelledBy={titleId} onClose={close} className="templates">
      <h2 id={titleId}>New map from a template</h2>
      <p className="templates__intro">
        Typical approvers and what they need for a common buying decision. Every state starts unknown: the
        template asks the questions, the room answers them.
        {replaces && ' This replaces the open map: export it first to keep it.'}
      </p>
      <ul className="templates__list">
        {TEMPLATES.map((template) => (
          <li key={template.id}>
            <button type="button" className="templates__choice" onClick={() => start(template)}>
              <span className="templates__name">{template.name}</span>
              <span className="templates__summary">{template.summary}</span>
              <span className="templates__counts">
                {template.approvers.length} approvers · {template.proofs.length} proofs ·{' '}
                {template.risks.length} risks · {template.frictions.length} frictions
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={close}>
        Cancel
      </button>
    </Modal>
  );
}
