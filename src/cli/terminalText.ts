/**
 * Text from a map file is untrusted: a label could carry terminal escape sequences (recolour the
 * screen, move the cursor, rewrite the title bar) or bidirectional overrides that make the text
 * read differently from what it is. Everything printed for a person goes through here.
 */

/**
 * C0 controls except tab and newline, DEL, C1 controls, the line and paragraph separators, and the
 * bidirectional controls (LRM, RLM, ALM, embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069).
 */
export function isUnsafeChar(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a;
  if (code >= 0x7f && code <= 0x9f) return true;
  return (
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

const hex = (code: number, digits: number): string => code.toString(16).padStart(digits, '0');

function escapeUnsafe(text: string, escape: (code: number) => string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isUnsafeChar(code)) continue;
    out += text.slice(from, i) + escape(code);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Control and bidi characters shown as visible escapes (`\x1b`, `\u202e`); tab and newline kept. */
export function safeText(text: string): string {
  return escapeUnsafe(text, (code) => (code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`));
}

/** A label or title for one line of output: safe, with every run of tabs and newlines as one space. */
export function safeLine(text: string): string {
  return safeText(text.replace(/[\t\n\r]+/g, ' '));
}

/**
 * JSON for the terminal: JSON.stringify already escapes C0 controls; this also escapes C1, bidi and
 * separator characters as `\uXXXX`, which leaves the parsed value unchanged.
 */
export function safeJson(value: unknown): string {
  return escapeUnsafe(JSON.stringify(value, null, 2), (code) => `\\u${hex(code, 4)}`);
}
