import { describe, expect, it } from 'vitest';
import { serializeMapFile } from '../../../src/domain/format/serialize';
import { exportMapJson } from '../../../src/state/commands/fileCommands';
import { makeApprover, makeMap, makeProof, makeRisk, requires } from '../../builders';
import { storeWith } from '../helpers';

const EXPORTED_AT = '2026-11-24T10:00:00.000Z';
const current = makeMap({
  id: 'current',
  title: 'Current market',
  nodes: [makeApprover({ id: 'cfo' }), makeProof({ id: 'soc2' })],
  edges: [requires('cfo', 'soc2')],
});
const incoming = makeMap({
  id: 'incoming',
  title: 'Enterprise finance',
  period: '2026-Q4',
  nodes: [makeRisk({ id: 'audit' })],
});

describe('exportMapJson', () => {
  it('writes the FORMAT.md file with a file name from title and period; the same map gives the same bytes', () => {
    const store = storeWith(incoming);
    const first = exportMapJson(store, EXPORTED_AT);
    expect(first).toEqual({
      fileName: 'enterprise-finance-2026-q4.obvious.json',
      text: serializeMapFile(incoming, EXPORTED_AT),
    });
    store.getState().select({ nodes: ['audit'] });
    expect(exportMapJson(store, EXPORTED_AT).text).toBe(first.text);
  });

  it('what is exported opens back as the same map', async () => {
    const store = storeWith(current);
    const { text } = exportMapJson(store, EXPORTED_AT);
    const other = storeWith(incoming);
    await other.getState().openFile(text);
    expect(other.getState().map).toEqual(current);
  });
});
