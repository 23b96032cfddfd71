import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/state/commands/registry';
import { searchCommands } from '../../../src/ui/palette/paletteSearch';

const labels = (query: string) => searchCommands(COMMANDS, query).map((c) => c.label);

describe('searching the command palette', () => {
  it('lists every command of the registry, in order, before anything is typed', () => {
    expect(searchCommands(COMMANDS, '  ')).toEqual([...COMMANDS]);
  });

  it.each([
    ['present', 'Present on the shared screen'],
    ['brief', 'Decision brief'],
    ['what if', 'What if… (try a change)'],
    ['template', 'New map from a template…'],
    ['ctrl+k', 'Command palette'],
    ['undo', 'Undo'],
  ])('finds “%s”', (query, label) => {
    expect(labels(query)[0]).toBe(label);
  });

  it('needs every word, in any order', () => {
    expect(labels('approver spotlight next')).toEqual(['Spotlight the next approver']);
    expect(labels('zebra')).toEqual([]);
  });

  it('puts labels that start with the words first', () => {
    const found = labels('add');
    expect(found.slice(0, 5)).toEqual([
      'Add approver',
      'Add proof',
      'Add risk',
      'Add friction',
      'Add plan item',
    ]);
  });
});
