import { useId } from 'react';
import { serializeMapFile } from '../../domain/format/serialize';
import { TEMPLATES } from '../../domain/templates/templates';
import { buildTemplateMap, type TemplateSpec } from '../../domain/templates/templateSpec';
import { openMapText } from '../../state/library/openFile';
import { randomSuffix } from '../../domain/edits/ids';
import { libraryOf } from '../../state/library/registry';
import { workbenchStore } from '../shared/appStore';
import { useWorkbench } from '../shared/appStore';
import { Modal } from '../shared/controls/Modal';
import './palette.css';

/**
 * Start a new map from a common buying decision. The map comes in through the same door as an opened
 * file: with the library it is added beside the open map; without one it replaces it.
 */
export function TemplatePicker() {
  const setOverlay = useWorkbench((s) => s.setOverlay);
  const titleId = useId();
  const close = () => setOverlay(null);
  const replaces = libraryOf(workbenchStore) === undefined;

  const start = (template: TemplateSpec) => {
    const map = buildTemplateMap(template, `map-${randomSuffix()}`);
    close();
    const opened = openMapText(serializeMapFile(map), workbenchStore);
    if (opened.ok) {
      workbenchStore.getState().setNotice({
        tone: 'info',
        text: `Started “${template.name}”: every state is unknown, answer them with the room (W walks through them).`,
      });
    }
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
