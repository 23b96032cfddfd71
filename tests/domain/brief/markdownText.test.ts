import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownText } from '../../../src/domain/brief/markdownText';

/** Reads escaped text back the way a Markdown renderer shows it: entities decoded, backslash escapes removed. */
function asRendered(escaped: string): string {
  return escaped.replace(/\\(.)/gu, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** What the text should read as: line breaks and controls become spaces, direction overrides go. */
const normalised = (text: string) =>
  [...text]
    .filter((c) => !isDirectionOverride(c.codePointAt(0)!))
    .map((c) => (isControl(c.codePointAt(0)!) ? ' ' : c))
    .join('');
const isDirectionOverride = (code: number) =>
  (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
const isControl = (code: number) =>
  code <= 0x1f || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;

describe('labels placed in Markdown stay text', () => {
  it.each([
    ['an image with an error handler', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['a javascript link', '[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['an image link', '![a](http://evil.example/p.png)', '!\\[a\\](http\\://evil.example/p.png)'],
    ['emphasis and code', '*bold* _it_ `code`', '\\*bold\\* \\_it\\_ \\`code\\`'],
    ['a heading and a list after a line break', 'x\n# Heading\n- item', 'x \\# Heading - item'],
    ['a table cell', 'a | b', 'a \\| b'],
    ['an entity', '&amp; &#60;', '&amp;amp; &amp;\\#60;'],
    ['an autolink', '<https://example.com>', '&lt;https\\://example.com&gt;'],
    ['plain words', "O'Brien's team", "O'Brien's team"],
    [
      'words a brief is full of (issue 16: over-escaped)',
      'Proof: a 600-bed hospital (U.S.) agrees!',
      'Proof: a 600-bed hospital (U.S.) agrees!',
    ],
    ['a list item at the start', '- item', '\\- item'],
    ['an ordered list at the start', '12. item', '12\\. item'],
    ['a setext underline', '===', '\\==='],
    ['a bare web address', 'see www.example.com', 'see www\\.example.com'],
    ['a right-to-left override', 'abc\u202Egnp.exe', 'abcgnp.exe'],
    [
      'a script tag',
      '</text><script>window.__pwned=1</script>',
      '&lt;/text&gt;&lt;script&gt;window.\\_\\_pwned=1&lt;/script&gt;',
    ],
  ])('%s', (_case, label, expected) => {
    expect(markdownText(label)).toBe(expected);
  });

  it('never leaves a raw angle bracket, line break or unescaped Markdown character, and reads back as the label', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (label) => {
        const escaped = markdownText(label);
        expect(escaped).not.toMatch(/[<>\n\r]/);
        // Every character special anywhere in a line is preceded by an odd number of backslashes,
        // and so is what would open a block at the start, or a bare link.
        const unescaped = (chars: string) => new RegExp(`(^|[^\\\\])(\\\\\\\\)*${chars}`, 'u');
        expect(escaped).not.toMatch(unescaped('[`*_[\\]#|~$]'));
        expect(escaped).not.toMatch(/^ *(\d{1,9}[.)]|[-+=])/u);
        expect(escaped).not.toMatch(unescaped('://'));
        expect(escaped).not.toMatch(/www\./iu);
        // Every & starts one of the three entities we write.
        expect(escaped.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
        expect(asRendered(escaped)).toBe(normalised(label));
      }),
    );
  });
});
