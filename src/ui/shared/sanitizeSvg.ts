/*
 * Every SVG the workbench exports goes through here before it is saved. An exported SVG is opened
 * later in browsers, slide tools and vector editors, so it must carry nothing that runs or calls out:
 * no scripts, no event handler attributes, no links or images that point outside the file, no
 * stylesheets or CSS url(...) that fetch anything. What may stay: references to the file's own
 * fragments (#marker) and embedded raster images (data:image/png, jpeg, gif, webp).
 */

/** Elements removed with everything inside them. */
const REMOVED_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'base',
  'link',
  'meta',
  'template',
]);

/** SVG animation elements: removed when they animate a link or an event handler. */
const ANIMATION_ELEMENTS = new Set([
  'set',
  'animate',
  'animatemotion',
  'animatetransform',
  'animatecolor',
  'discard',
]);

/** Attributes (by local name, so xlink:href is `href`) whose value is a URL to load or follow. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'data',
  'poster',
  'background',
  'ping',
  'codebase',
  'cite',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'base',
]);

/** Characters a browser ignores inside a URL's scheme: whitespace (space and below) and control characters. */
const ignoredInUrls = (code: number) => code <= 0x20 || (code >= 0x7f && code <= 0x9f);

/** A reference that stays inside the exported file. */
export function isSafeSvgReference(value: string): boolean {
  let compact = '';
  for (const char of value) if (!ignoredInUrls(char.charCodeAt(0))) compact += char;
  return compact.startsWith('#') || /^data:image\/(png|jpeg|gif|webp)[;,]/i.test(compact);
}

/** CSS escapes (`\75 rl(` is `url(`) decoded, until none is left: what a CSS parser would read. */
function decodeCssEscapes(css: string): string {
  let text = css;
  for (let round = 0; round < 5 && text.includes('\\'); round++) {
    text = text.replace(
      /\\([0-9a-fA-F]{1,6})[ \t\n\r\f]?|\\([\s\S])/g,
      (_match, hex: string | undefined, char: string | undefined) => {
        if (hex === undefined) return char === '\n' ? '' : (char ?? '');
        const code = Number.parseInt(hex, 16);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
      },
    );
  }
  return text.replaceAll('\\', '');
}

/** Where a CSS function's argument list closes (quotes respected), or -1 when it never does. */
function closingParen(css: string, open: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = open; i < css.length; i++) {
    const c = css[i];
    if (quote !== null) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The target of url(...) / src(...) without its quotes. */
const functionTarget = (argument: string) => argument.trim().replace(/^(['"])([\s\S]*)\1$/, '$2');

/** CSS functions that load something: url() and src() are kept when they stay inside the file, the others never. */
const LOADING_FUNCTION = /(?<![\w-])(-webkit-image-set|image-set|url|src|expression)\s*\(/gi;

/**
 * CSS text (a style attribute, a presentation attribute or a <style> element) without @import
 * rules and without any function that would load from outside the file; such a function becomes
 * `none`. Comments are dropped and escapes decoded first, so neither can hide a url(.
 */
export function cleanCss(css: string): string {
  let text = css.replace(/\/\*[\s\S]*?(\*\/|$)/g, '');
  if (text.includes('\\')) text = decodeCssEscapes(text);
  text = text.replace(/@import\b[^;]*(;|$)/gi, '');
  let out = '';
  let from = 0;
  LOADING_FUNCTION.lastIndex = 0;
  for (let match = LOADING_FUNCTION.exec(text); match !== null; match = LOADING_FUNCTION.exec(text)) {
    const name = (match[1] ?? '').toLowerCase();
    const open = match.index + match[0].length - 1;
    const close = closingParen(text, open);
    const end = close === -1 ? text.length : close + 1;
    const keep =
      close !== -1 &&
      (name === 'url' || name === 'src') &&
      isSafeSvgReference(functionTarget(text.slice(open + 1, close)));
    out += text.slice(from, match.index) + (keep ? text.slice(match.index, end) : 'none');
    from = end;
    LOADING_FUNCTION.lastIndex = end;
  }
  return out + text.slice(from);
}

/** Attributes whose value is CSS, where url(...) can load something (SVG presentation attributes). */
const CSS_ATTRIBUTES = new Set([
  'style',
  'fill',
  'stroke',
  'filter',
  'mask',
  'clip-path',
  'marker',
  'marker-start',
  'marker-mid',
  'marker-end',
  'cursor',
]);

function cleanAttributes(element: Element): void {
  for (const attribute of [...element.attributes]) {
    const name = attribute.localName.toLowerCase();
    if (name.startsWith('on') || (URL_ATTRIBUTES.has(name) && !isSafeSvgReference(attribute.value))) {
      element.removeAttributeNode(attribute);
    } else if (CSS_ATTRIBUTES.has(name)) {
      const cleaned = cleanCss(attribute.value);
      if (cleaned !== attribute.value) attribute.value = cleaned;
    }
  }
}

/** An animation that would swap a link or an event handler in after the checks. */
function animatesLinkOrHandler(element: Element): boolean {
  const target = (element.getAttribute('attributeName') ?? '').trim().toLowerCase();
  return target === 'href' || target.endsWith(':href') || target.startsWith('on');
}

/** Removes processing instructions (<?xml-stylesheet href=…?>) and the doctype (entity tricks). */
function removeOutsideNodes(doc: Document): void {
  const walker = doc.createTreeWalker(doc, 0x40 /* NodeFilter.SHOW_PROCESSING_INSTRUCTION */);
  const instructions: Node[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) instructions.push(node);
  for (const node of instructions) node.parentNode?.removeChild(node);
  if (doc.doctype) doc.removeChild(doc.doctype);
}

/**
 * The SVG text with scripts, event handlers, outside references and loading CSS removed. Throws when
 * the text is not a well-formed SVG document: an export that cannot be checked is not saved.
 */
export function sanitizeSvg(svg: string): string {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  if (doc.getElementsByTagNameNS('*', 'parsererror').length > 0 || root.localName !== 'svg') {
    throw new Error('The SVG could not be read back to check it, so it was not exported.');
  }
  removeOutsideNodes(doc);
  for (const element of [...doc.getElementsByTagNameNS('*', '*')]) {
    if (!root.contains(element)) continue; // inside an element already removed
    const name = element.localName.toLowerCase();
    if (REMOVED_ELEMENTS.has(name) || (ANIMATION_ELEMENTS.has(name) && animatesLinkOrHandler(element))) {
      element.remove();
      continue;
    }
    cleanAttributes(element);
    if (name === 'style') element.textContent = cleanCss(element.textContent ?? '');
  }
  return new XMLSerializer().serializeToString(doc);
}

const SVG_DATA_URL = /^data:image\/svg\+xml(;[^,]*)?,/i;

/** {@link sanitizeSvg} for an SVG data URL (what html-to-image returns); gives back a data URL. */
export function sanitizeSvgDataUrl(dataUrl: string): string {
  const header = SVG_DATA_URL.exec(dataUrl);
  if (!header) throw new Error('The image is not an SVG data URL, so it was not exported.');
  const body = dataUrl.slice(header[0].length);
  const svg = /;base64/i.test(header[1] ?? '')
    ? new TextDecoder().decode(Uint8Array.from(atob(body), (c) => c.charCodeAt(0)))
    : decodeURIComponent(body);
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sanitizeSvg(svg))}`;
}
