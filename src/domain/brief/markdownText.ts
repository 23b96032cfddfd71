/**
 * Plain text made safe to place inside Markdown: whatever a label says, it stays text, and it reads as
 * written when the file is opened as plain text. `<`, `>` and `&` become HTML entities (so no tag or
 * entity is ever formed); the characters that mean something anywhere in a line are escaped with a
 * backslash (no link, image, emphasis, code, strikethrough, table cell or heading can start); those that
 * mean something only where a line starts (`-`, `+`, `=`, `1.`) are escaped there only, so "600-bed" and
 * "Proof: a report" stay as they are; `://` and `www.` lose their power to make a bare link. Line breaks
 * and other control characters become spaces (no new block can start), and the invisible direction
 * overrides (U+202A–U+202E, U+2066–U+2069) are dropped so the text reads as it is stored.
 */
export function markdownText(text: string): string {
  let out = '';
  for (const char of text) {
    const entity = ENTITIES[char];
    if (entity !== undefined) out += entity;
    else if (SPECIAL.has(char)) out += `\\${char}`;
    else if (DIRECTION_OVERRIDE.test(char)) continue;
    else if (CONTROL.test(char)) out += ' ';
    else out += char;
  }
  return out
    .replace(LINE_START, (_all, space: string, digits = '', mark: string) => `${space}${digits}\\${mark}`)
    .replace(/:\/\//g, '\\://')
    .replace(/(www)\./gi, '$1\\.');
}

/** What opens a list item, an ordered list or a setext heading's underline when it starts a line. */
const LINE_START = /^( *)(\d{1,9})?((?<=\d)[.)]|(?<!\d)[-+=])/u;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Characters with a meaning anywhere in a line of CommonMark or GitHub's Markdown (links, emphasis, code, tables, math, headings). */
const SPECIAL = new Set('\\`*_[]#|~$'.split(''));

// Built from code points so the source holds no invisible characters.
const range = (from: number, to: number) =>
  `\\u${from.toString(16).padStart(4, '0')}-\\u${to.toString(16).padStart(4, '0')}`;
const DIRECTION_OVERRIDE = new RegExp(`[${range(0x202a, 0x202e)}${range(0x2066, 0x2069)}]`, 'u');
const CONTROL = new RegExp(`[${range(0x00, 0x1f)}${range(0x7f, 0x9f)}${range(0x2028, 0x2029)}]`, 'u');
