/** openFile takes a map or a workspace; parseMapFile takes only a map and says so for a workspace. */
import { describe, expect, it } from 'vitest';
import { openFile, parseMapFile } from '../../../src/domain/format/parseMapFile';
import { serializeWorkspaceFile } from '../../../src/domain/format/serialize';
import { LIMITS } from '../../../src/domain/limits';
import type { DecisionMap } from '../../../src/domain/records/map';
import { makeMap } from '../../builders';
import { EXPORTED_AT, expectLoaded, expectRefused, fileText, setAt, smallMap } from './fileBuilders';

const quarters = (): DecisionMap[] => [
  smallMap({ id: 'q1', period: '2026-Q1' }),
  smallMap({ id: 'q2', period: '2026-Q2', basedOn: 'q1' }),
  smallMap({ id: 'q3', period: '2026-Q3', basedOn: 'q2' }),
];
const workspaceText = (maps: DecisionMap[] = quarters()): string => serializeWorkspaceFile(maps, EXPORTED_AT);
const editedWorkspace = (edit: (file: object) => void): string => {
  const file = JSON.parse(workspaceText()) as object;
  edit(file);
  return JSON.stringify(file);
};

describe('openFile', () => {
  it('opens a map file as one map', () => {
    expect(expectLoaded(openFile(fileText()))).toEqual({ kind: 'map', map: smallMap() });
  });

  it('opens a workspace file as its maps, in order', () => {
    expect(expectLoaded(openFile(workspaceText()))).toEqual({ kind: 'workspace', maps: quarters() });
  });

  it('opens an empty workspace', () => {
    expect(expectLoaded(openFile(workspaceText([])))).toEqual({ kind: 'workspace', maps: [] });
  });

  it.each([
    [
      'duplicate map ids',
      () => workspaceText([...quarters(), makeMap({ id: 'q2' })]),
      'maps[3].id',
      'another map in this workspace already has id "q2"',
    ],
    [
      'a broken map',
      () => editedWorkspace((f) => setAt(f, ['maps', 1, 'nodes', 3, 'severity'], 0)),
      'maps[1].nodes[3].severity',
      'expected an integer from 1 to 5, got 0',
    ],
    [
      'a dangling reference',
      () => editedWorkspace((f) => setAt(f, ['maps', 2, 'edges', 0, 'target'], 'ghost')),
      'maps[2].edges[0].target',
      'no node has id "ghost"',
    ],
    [
      'no maps',
      () => editedWorkspace((f) => setAt(f, ['maps'], undefined)),
      'maps',
      'expected a list, got nothing',
    ],
    [
      'a map that is not an object',
      () => editedWorkspace((f) => setAt(f, ['maps', 0], 'q1')),
      'maps[0]',
      'expected an object, got "q1"',
    ],
    [
      'too many maps',
      () => editedWorkspace((f) => setAt(f, ['maps'], new Array(LIMITS.maps + 1).fill(null))),
      'maps',
      'at most 1,000 maps are allowed in a workspace, got 1,001',
    ],
    [
      'too many nodes in one map',
      () => editedWorkspace((f) => setAt(f, ['maps', 1, 'nodes'], new Array(LIMITS.nodes + 1).fill(null))),
      'maps[1].nodes',
      'at most 20,000 nodes are allowed, got 20,001',
    ],
  ])('refuses a workspace with %s, naming where', (_name, text, path, message) => {
    const error = expectRefused(openFile(text()), 'invalid');
    expect(error.problems).toContainEqual({ path, message });
  });
});

describe('parseMapFile', () => {
  it.each([
    ['a valid workspace', workspaceText],
    ['a broken workspace', () => editedWorkspace((f) => setAt(f, ['maps', 0, 'title'], ''))],
  ])('refuses %s, saying it is a workspace', (_name, text) => {
    const error = expectRefused(parseMapFile(text()), 'not-a-map-file');
    expect(error.summary).toBe('This is a workspace file, not a single decision map.');
    expect(error.problems).toEqual([
      {
        path: 'format',
        message: expect.stringMatching(/workspace file .* open it as a workspace$/) as unknown,
      },
    ]);
  });
});
