import { describe, expect, it, vi } from 'vitest';
import { serializeMapFile, serializeWorkspaceFile } from '../../../src/domain/format/serialize';
import { LIMITS } from '../../../src/domain/limits';
import { exportMapJson, imageFileName, openMapFile, openMapText } from '../../../src/state/library/openFile';
import { makeApprover, makeMap, makeProof, makeRisk, requires } from '../../builders';
import { pastSteps, storeWith } from '../helpers';

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

/** A store on `current` with a selection, a pick in progress and one undo step: all of it must survive a refused file. */
function busyStore() {
  const store = storeWith(current);
  store.getState().moveNodes([{ id: 'cfo', position: { x: 10, y: 10 } }]);
  store.getState().select({ nodes: ['cfo'] });
  return store;
}

describe('openMapText', () => {
  it('opens a map file: replaces the map, clears the history and says what was opened', () => {
    const store = busyStore();
    const outcome = openMapText(serializeMapFile(incoming, EXPORTED_AT), store);
    expect(outcome.ok).toBe(true);
    expect(store.getState().map).toEqual(incoming);
    expect(store.getState().selection.nodes).toEqual([]);
    expect(store.getState().fileError).toBeNull();
    expect(store.getState().notice).toEqual({ tone: 'info', text: 'Opened “Enterprise finance”.' });
    expect(pastSteps(store)).toBe(0);
  });

  it.each([
    ['empty text', '', 'not-json'],
    ['truncated JSON', '{"format":"obvious.decision-map",', 'not-json'],
    ['another kind of JSON', '{"hello":"world"}', 'not-a-map-file'],
    [
      'a newer version',
      JSON.stringify({ format: 'obvious.decision-map', version: 2, exportedAt: EXPORTED_AT, map: incoming }),
      'newer-version',
    ],
    [
      'severity 7',
      serializeMapFile(incoming, EXPORTED_AT).replace('"severity": 3', '"severity": 7'),
      'invalid',
    ],
  ])('refuses %s: sets fileError and changes nothing else', (_, text, kind) => {
    const store = busyStore();
    const before = store.getState();
    const outcome = openMapText(text, store);
    expect(outcome.ok).toBe(false);
    const after = store.getState();
    expect(after.fileError?.kind).toBe(kind);
    expect(after.map).toBe(before.map);
    expect(after.selection).toBe(before.selection);
    expect(after.notice).toBe(before.notice);
    expect(pastSteps(store)).toBe(1);
  });

  it('names each problem by its path', () => {
    const store = busyStore();
    openMapText(serializeMapFile(incoming, EXPORTED_AT).replace('"severity": 3', '"severity": 7'), store);
    expect(store.getState().fileError?.problems).toContainEqual({
      path: 'map.nodes[0].severity',
      message: 'expected an integer from 1 to 5, got 7',
    });
  });

  it('opens the latest map of a workspace file and says how many it holds', () => {
    const q2 = { ...incoming, id: 'q2', period: '2026-Q2', title: 'Q2' };
    const q4 = { ...incoming, id: 'q4', period: '2026-Q4', title: 'Q4' };
    const q3 = { ...incoming, id: 'q3', period: '2026-Q3', title: 'Q3' };
    const store = busyStore();
    openMapText(serializeWorkspaceFile([q2, q4, q3], EXPORTED_AT), store);
    expect(store.getState().map.id).toBe('q4');
    expect(store.getState().notice?.text).toBe(
      'This workspace holds 3 maps; opened the latest, “Q4” (2026-Q4).',
    );
  });

  it('a successful open closes an earlier refused-file dialog', () => {
    const store = busyStore();
    openMapText('nope', store);
    openMapText(serializeMapFile(incoming, EXPORTED_AT), store);
    expect(store.getState().fileError).toBeNull();
  });
});

describe('openMapFile', () => {
  const utf16 = (text: string) => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    return bytes;
  };

  it.each([
    ['UTF-8', new TextEncoder().encode(serializeMapFile(incoming, EXPORTED_AT))],
    [
      'UTF-8 with a byte-order mark',
      new Uint8Array([
        0xef,
        0xbb,
        0xbf,
        ...new TextEncoder().encode(serializeMapFile(incoming, EXPORTED_AT)),
      ]),
    ],
    ['UTF-16', utf16(serializeMapFile(incoming, EXPORTED_AT))],
  ])('opens a file in %s', async (_, bytes) => {
    const store = busyStore();
    const outcome = await openMapFile(new Blob([bytes]), store);
    expect(outcome.ok).toBe(true);
    expect(store.getState().map).toEqual(incoming);
  });

  it('refuses binary data, keeping the map', async () => {
    const store = busyStore();
    const before = store.getState().map;
    await openMapFile(new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0x00])]), store);
    expect(store.getState().fileError?.kind).toBe('not-json');
    expect(store.getState().map).toBe(before);
  });

  it('refuses a file over 20 MB without reading it', async () => {
    const store = busyStore();
    const huge = {
      size: LIMITS.fileBytes + 1,
      arrayBuffer: vi.fn(async () => new ArrayBuffer(0)),
    } as unknown as Blob;
    const outcome = await openMapFile(huge, store);
    expect(outcome.ok).toBe(false);
    expect(huge.arrayBuffer).not.toHaveBeenCalled();
    expect(store.getState().fileError?.kind).toBe('too-large');
    expect(store.getState().fileError?.summary).toMatch(/20 MB/);
  });
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

  it('what is exported opens back as the same map', () => {
    const store = storeWith(current);
    const { text } = exportMapJson(store, EXPORTED_AT);
    const other = storeWith(incoming);
    openMapText(text, other);
    expect(other.getState().map).toEqual(current);
  });

  it('names image exports after the map', () => {
    expect(imageFileName(incoming, 'png')).toBe('enterprise-finance-2026-q4.png');
    expect(imageFileName(makeMap({ title: '???', period: '' }), 'svg')).toBe('decision-map.svg');
  });
});
