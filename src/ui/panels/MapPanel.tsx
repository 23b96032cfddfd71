import type { DecisionMap } from '../../domain/records/map';
import { useWorkbench } from '../shared/appStore';
import { CommitField } from '../shared/controls/CommitField';

/** The Map tab: the map's own fields. */
export function MapPanel({ map }: { map: DecisionMap }) {
  const updateMapFields = useWorkbench((s) => s.updateMapFields);
  return (
    <div className="panel">
      <h2 className="panel__heading">Decision map</h2>
      <CommitField label="Title" value={map.title} onCommit={(title) => updateMapFields({ title })} />
      <CommitField
        label="Decision: the purchase being decided"
        multiline
        value={map.decision}
        onCommit={(decision) => updateMapFields({ decision })}
      />
      <CommitField label="Market" value={map.market} onCommit={(market) => updateMapFields({ market })} />
      <CommitField
        label="Period (e.g. 2026-Q3)"
        value={map.period}
        onCommit={(period) => updateMapFields({ period })}
      />
      <CommitField
        label="Notes"
        multiline
        value={map.notes ?? ''}
        onCommit={(notes) => updateMapFields({ notes: notes === '' ? undefined : notes })}
      />
      <p className="panel__fine">
        Map id: {map.id}
        {map.basedOn ? ` · based on ${map.basedOn}` : ''}
      </p>
    </div>
  );
}
