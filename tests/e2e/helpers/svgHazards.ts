/**
 * What in an SVG could run or call out: scripts, event handler attributes, links and images that
 * leave the file, CSS that loads from outside (@import, url(http…)). Returns one line per hazard;
 * an SVG that cannot be parsed is one hazard.
 *
 * Written to detect, not to clean, and independently of src/ui/export/sanitizeSvg.ts, so that it can
 * check it. It is self-contained (no imports, no helpers outside the function) because Playwright
 * passes it into the page as source text: `page.evaluate(findSvgHazards, svgText)`. It needs a DOM
 * (the page, or jsdom in unit tests).
 */
export function findSvgHazards(svg: string): string[] {
  const hazards: string[] = [];
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  if (doc.getElementsByTagNameNS('*', 'parsererror').length > 0) return ['the SVG does not parse'];

  const stripIgnored = (value: string) =>
    [...value]
      .filter((c) => c.charCodeAt(0) > 0x20 && (c.charCodeAt(0) < 0x7f || c.charCodeAt(0) > 0x9f))
      .join('');
  const staysInside = (value: string) => {
    const compact = stripIgnored(value);
    return compact.startsWith('#') || /^data:image\/(png|jpeg|gif|webp)[;,]/i.test(compact);
  };
  const unescapeCss = (css: string) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\\([0-9a-f]{1,6})\s?/gi, (_m, hex: string) =>
        String.fromCodePoint(Number.parseInt(hex, 16) || 0xfffd),
      )
      .replace(/\\(.)/g, '$1');
  const cssHazards = (css: string, where: string) => {
    const text = unescapeCss(css);
    if (/@import/i.test(text)) hazards.push(`${where}: @import`);
    if (/image-set\s*\(|expression\s*\(/i.test(text)) hazards.push(`${where}: image-set() or expression()`);
    for (const match of text.matchAll(/(?<![\w-])(?:url|src)\s*\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*))\)/gi)) {
      const target = (match[1] ?? match[2] ?? match[3] ?? '').trim();
      if (!staysInside(target)) hazards.push(`${where}: loads ${target.slice(0, 60)}`);
    }
  };

  if (doc.doctype) hazards.push('a doctype');
  const walker = doc.createTreeWalker(doc, 0x40);
  if (walker.nextNode()) hazards.push('a processing instruction');

  const urlAttributes = [
    'href',
    'src',
    'srcset',
    'action',
    'formaction',
    'data',
    'poster',
    'background',
    'ping',
  ];
  // Attributes whose value is CSS (style, and the SVG presentation attributes that take a url()).
  const cssAttributes = [
    'style',
    'fill',
    'stroke',
    'filter',
    'mask',
    'clip-path',
    'marker-start',
    'marker-mid',
    'marker-end',
    'marker',
    'cursor',
  ];
  for (const element of [...doc.getElementsByTagNameNS('*', '*')]) {
    const name = element.localName.toLowerCase();
    if (
      ['script', 'iframe', 'frame', 'object', 'embed', 'applet', 'link', 'base', 'meta', 'template'].includes(
        name,
      )
    ) {
      hazards.push(`a <${name}> element`);
    }
    if (['set', 'animate'].includes(name) && /href|^on/i.test(element.getAttribute('attributeName') ?? '')) {
      hazards.push(`<${name}> animating ${element.getAttribute('attributeName')}`);
    }
    if (name === 'style') cssHazards(element.textContent ?? '', '<style>');
    for (const attribute of [...element.attributes]) {
      const attr = attribute.localName.toLowerCase();
      if (attr.startsWith('on')) hazards.push(`<${name}> has an ${attribute.name} attribute`);
      else if (urlAttributes.includes(attr) && !staysInside(attribute.value)) {
        hazards.push(`<${name} ${attribute.name}="${attribute.value.slice(0, 60)}">`);
      } else if (cssAttributes.includes(attr)) {
        cssHazards(attribute.value, `<${name} ${attribute.name}>`);
      }
    }
  }
  return hazards;
}
