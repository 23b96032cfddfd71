import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/ui/brief/wrapText';

describe('labels wrapped for the map picture', () => {
  it.each([
    ['short', 'CFO', ['CFO']],
    ['two lines at a space', 'External auditor accepts the trail', ['External auditor', 'accepts the trail']],
    [
      'cut with an ellipsis',
      'one two three four five six seven eight',
      ['one two three four', 'five six seven…'],
    ],
    ['a word longer than a line', 'Supercalifragilistic', ['Supercalif', 'ragilistic']],
  ])('%s', (_case, text, lines) => {
    expect(wrapText(text, text === 'Supercalifragilistic' ? 10 : 18, 2)).toEqual(lines);
  });

  it('never returns more lines than asked, or a line longer than the width', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 120 }),
        fc.integer({ min: 4, max: 30 }),
        fc.integer({ min: 1, max: 4 }),
        (text, width, maxLines) => {
          const lines = wrapText(text, width, maxLines);
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
        },
      ),
    );
  });
});
