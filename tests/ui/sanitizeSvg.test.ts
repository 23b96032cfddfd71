// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanCss,
  isSafeSvgReference,
  sanitizeSvg,
  sanitizeSvgDataUrl,
} from '../../src/ui/shared/sanitizeSvg';
import { findSvgHazards } from '../e2e/helpers/svgHazards';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK = 'xmlns:xlink="http://www.w3.org/1999/xlink"';
const XHTML = 'http://www.w3.org/1999/xhtml';

/** An SVG document around `body`, shaped like an html-to-image export (a foreignObject with XHTML). */
const svgWith = (body: string, foreign = '') =>
  `<svg xmlns="${SVG_NS}" ${XLINK} width="100" height="100">${body}` +
  `<foreignObject width="100%" height="100%"><div xmlns="${XHTML}" class="card">${foreign}</div></foreignObject></svg>`;

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
const count = (svg: string, localName: string) => parse(svg).getElementsByTagNameNS('*', localName).length;

describe('sanitizeSvg: hostile SVGs', () => {
  // Each case: a hostile SVG, and what must be gone from the result (the hazard checker confirms nothing is left).
  const cases: { name: string; svg: string; gone: (clean: string) => boolean }[] = [
    {
      name: 'a <script> element',
      svg: svgWith('<script>window.__pwned=1</script>'),
      gone: (c) => count(c, 'script') === 0,
    },
    {
      name: 'a script in the foreignObject',
      svg: svgWith('', '<script>window.__pwned=1</script><p>text</p>'),
      gone: (c) => count(c, 'script') === 0 && count(c, 'p') === 1,
    },
    {
      name: 'a CDATA script',
      svg: svgWith('<script type="text/javascript"><![CDATA[window.__pwned=1]]></script>'),
      gone: (c) => !c.includes('__pwned'),
    },
    {
      name: 'onload on the root',
      svg: `<svg xmlns="${SVG_NS}" onload="window.__pwned=1"><rect/></svg>`,
      gone: (c) => !/onload/i.test(c),
    },
    { name: 'ONCLICK in capitals', svg: svgWith('<rect ONCLICK="x()"/>'), gone: (c) => !/onclick/i.test(c) },
    {
      name: 'onerror on an XHTML img',
      svg: svgWith('', '<img src="x" onerror="window.__pwned=1"/>'),
      gone: (c) => !/onerror|src=/i.test(c),
    },
    {
      name: 'onbegin on an animation',
      svg: svgWith('<animate onbegin="x()" attributeName="x" dur="1s"/>'),
      gone: (c) => !/onbegin/i.test(c),
    },
    {
      name: 'a javascript: link',
      svg: svgWith('<a href="javascript:alert(1)"><text>hi</text></a>'),
      gone: (c) => !/javascript/i.test(c),
    },
    {
      name: 'a javascript: link hidden by case, spaces and control characters',
      svg: svgWith('<a href=" \tJaVa&#x0A;ScRiPt&#x09;:alert(1)"><text>hi</text></a>'),
      gone: (c) => !/href/i.test(c),
    },
    {
      name: 'an xlink:href to another site',
      svg: svgWith('<use xlink:href="https://evil.example/sprite.svg#icon"/>'),
      gone: (c) => !/evil/.test(c),
    },
    {
      name: 'an image from another site',
      svg: svgWith('<image href="http://evil.example/track.png"/>'),
      gone: (c) => !/evil/.test(c),
    },
    {
      name: 'an SVG data image',
      svg: svgWith('<image href="data:image/svg+xml,&lt;svg onload=alert(1)&gt;"/>'),
      gone: (c) => !/svg\+xml/.test(c),
    },
    {
      name: 'a data:text/html link',
      svg: svgWith('<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"/>'),
      gone: (c) => !/text\/html/.test(c),
    },
    {
      name: 'an iframe in the foreignObject',
      svg: svgWith('', '<iframe src="https://evil.example"/>'),
      gone: (c) => count(c, 'iframe') === 0,
    },
    {
      name: 'an embed and an object',
      svg: svgWith('', '<embed src="x.swf"/><object data="x.swf"/>'),
      gone: (c) => count(c, 'embed') + count(c, 'object') === 0,
    },
    {
      name: 'a stylesheet link',
      svg: svgWith('', '<link rel="stylesheet" href="https://evil.example/a.css"/>'),
      gone: (c) => count(c, 'link') === 0,
    },
    {
      name: 'a form action',
      svg: svgWith(
        '',
        '<form action="https://evil.example"><button formaction="javascript:x()">go</button></form>',
      ),
      gone: (c) => !/action/.test(c),
    },
    {
      name: 'a template hiding a script',
      svg: svgWith('', '<template><script>window.__pwned=1</script></template>'),
      gone: (c) => !c.includes('__pwned'),
    },
    {
      name: 'an animation that swaps a link in',
      svg: svgWith('<a><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a>'),
      gone: (c) => count(c, 'set') === 0,
    },
    {
      name: 'an animation of an xlink:href',
      svg: svgWith('<a><animate attributeName="xlink:href" values="javascript:alert(1)"/></a>'),
      gone: (c) => count(c, 'animate') === 0,
    },
    {
      name: 'an @import in <style>',
      svg: svgWith('<style>@import url("https://evil.example/a.css"); rect { fill: red }</style>'),
      gone: (c) => !/import|evil/.test(c),
    },
    {
      name: 'an @import of a bare string',
      svg: svgWith('<style>@import "https://evil.example/a.css";</style>'),
      gone: (c) => !/import|evil/.test(c),
    },
    {
      name: 'url(http…) in <style>',
      svg: svgWith('<style>.card { background: url(http://evil.example/x.png) }</style>'),
      gone: (c) => !/evil/.test(c),
    },
    {
      name: 'a protocol-relative url()',
      svg: svgWith('', '<p style="background-image: url( &quot;//evil.example/x.png&quot; )">t</p>'),
      gone: (c) => !/evil/.test(c),
    },
    {
      name: 'url() spelled with CSS escapes',
      svg: svgWith('', '<p style="background: u\\72 l(https://evil.example/x)">t</p>'),
      gone: (c) => !/evil/.test(c),
    },
    {
      name: 'url() split by a comment',
      svg: svgWith('<style>p { background: u/**/rl(https://evil.example/x) }</style>'),
      gone: (c) => !/evil/.test(c),
    },
    {
      name: 'image-set() with a bare string',
      svg: svgWith(
        '',
        '<p style="background-image: image-set(&quot;https://evil.example/x.png&quot; 1x)">t</p>',
      ),
      gone: (c) => !/evil/.test(c),
    },
    {
      name: 'a fill that loads a paint server',
      svg: svgWith('<rect fill="url(https://evil.example/p.svg#g)"/>'),
      gone: (c) => !/evil/.test(c),
    },
    {
      name: 'an @font-face from another site',
      svg: svgWith('<style>@font-face { font-family: x; src: url(https://evil.example/f.woff2) }</style>'),
      gone: (c) => !/evil/.test(c),
    },
    {
      name: 'an xml-stylesheet processing instruction',
      svg: `<?xml-stylesheet href="https://evil.example/a.css"?><svg xmlns="${SVG_NS}"><rect/></svg>`,
      gone: (c) => !/evil/.test(c),
    },
  ];

  it.each(cases)('$name: removed, nothing hazardous left', ({ svg, gone }) => {
    expect(findSvgHazards(svg), 'the case must start hazardous').not.toEqual([]);
    const clean = sanitizeSvg(svg);
    expect(gone(clean)).toBe(true);
    expect(findSvgHazards(clean)).toEqual([]);
  });

  it('throws on text that is not a well-formed SVG document', () => {
    expect(() => sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>')).toThrow(
      /could not be read/,
    );
    expect(() => sanitizeSvg(`<html xmlns="${XHTML}"/>`)).toThrow(/could not be read/);
  });
});

describe('sanitizeSvg keeps what a slide needs', () => {
  const slide = svgWith(
    '<defs><marker id="arrow"><path d="M0,0 L10,5 L0,10 z"/></marker><linearGradient id="g"/></defs>' +
      '<path d="M0 0 L100 100" marker-end="url(\'#arrow\')" fill="url(#g)" transform="translate(1 2)"/>' +
      '<use href="#arrow"/><image href="data:image/png;base64,iVBORw0KGgo="/>' +
      '<style>.card { color: #111; background: url(data:image/webp;base64,UklGR) }</style>',
    '<span class="card__label" title="CFO &lt;img src=x onerror=1&gt;">CFO &lt;img src=x onerror=window.__pwned=1&gt;</span>' +
      '<p style="color: rgb(1, 2, 3); transform: translate(4px, 5px)">Proof: SOC 2 report</p>',
  );

  it('fragment references, embedded raster images, styles and text survive unchanged', () => {
    const clean = sanitizeSvg(slide);
    const doc = parse(clean);
    expect(findSvgHazards(clean)).toEqual([]);
    expect(doc.querySelector('path[marker-end]')?.getAttribute('marker-end')).toBe("url('#arrow')");
    expect(doc.querySelector('path[marker-end]')?.getAttribute('fill')).toBe('url(#g)');
    expect(doc.getElementsByTagNameNS(SVG_NS, 'use')[0]?.getAttribute('href')).toBe('#arrow');
    expect(doc.getElementsByTagNameNS(SVG_NS, 'image')[0]?.getAttribute('href')).toBe(
      'data:image/png;base64,iVBORw0KGgo=',
    );
    expect(doc.getElementsByTagNameNS('*', 'style')[0]?.textContent).toContain(
      'url(data:image/webp;base64,UklGR)',
    );
    expect(doc.getElementsByTagNameNS(XHTML, 'p')[0]?.getAttribute('style')).toBe(
      'color: rgb(1, 2, 3); transform: translate(4px, 5px)',
    );
  });

  it('hostile text stays text: no element is made from it, and it reads the same', () => {
    const doc = parse(sanitizeSvg(slide));
    expect(doc.getElementsByTagNameNS('*', 'img')).toHaveLength(0);
    expect(doc.getElementsByTagNameNS(XHTML, 'span')[0]?.textContent).toBe(
      'CFO <img src=x onerror=window.__pwned=1>',
    );
    expect(doc.getElementsByTagNameNS(XHTML, 'span')[0]?.getAttribute('title')).toBe(
      'CFO <img src=x onerror=1>',
    );
  });

  it('is idempotent', () => {
    const once = sanitizeSvg(slide);
    expect(sanitizeSvg(once)).toBe(once);
  });
});

describe('references', () => {
  it.each([
    ['#arrow', true],
    ['  #arrow', true],
    ['data:image/png;base64,AAAA', true],
    ['DATA:image/JPEG;base64,AAAA', true],
    ['data:image/gif,GIF89a', true],
    ['data:image/webp;base64,AAAA', true],
    ['data:image/svg+xml,<svg/>', false],
    ['data:text/html,<script>', false],
    ['https://example.com/x.png', false],
    ['//example.com/x.png', false],
    ['javascript:alert(1)', false],
    ['\u0001javascript:alert(1)', false],
    ['x.png', false],
    ['', false],
  ])('%j stays inside the file: %s', (reference, safe) => {
    expect(isSafeSvgReference(reference)).toBe(safe);
  });
});

describe('cleanCss', () => {
  it.each([
    ['color: red', 'color: red'],
    ['fill: url(#g)', 'fill: url(#g)'],
    ['background: url(https://evil.example/x) no-repeat', 'background: none no-repeat'],
    ['background: URL( "http://evil.example/x" )', 'background: none'],
    ["cursor: url('javascript:alert(1)'), auto", 'cursor: none, auto'],
    ['@import url(https://evil.example/a.css); p { color: red }', ' p { color: red }'],
    ['background: -webkit-image-set("https://evil.example/x" 1x)', 'background: none'],
    ['width: expression(alert(1))', 'width: none'],
    ['background: url(https://evil.example/never-closed', 'background: none'],
  ])('%j → %j', (css, cleaned) => {
    expect(cleanCss(css)).toBe(cleaned);
  });
});

describe('properties', () => {
  const schemes = [
    'javascript:',
    'JaVaScRiPt:',
    'vbscript:',
    'data:text/html,',
    'data:image/svg+xml,',
    'http://',
    'https://',
    '//',
    'file:///',
  ];
  // What XML lets an attribute carry and a browser skips or tolerates in a URL: spaces, tabs, newlines, C1 controls.
  const noise = fc.constantFrom('', ' ', '\t', '\n', '\r', '\u007f', '\u0085', '\u009f');
  const asXmlAttribute = (value: string) =>
    [...value]
      .map((c) => {
        const code = c.charCodeAt(0);
        if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `&#x${code.toString(16)};`;
        return c === '"' ? '&quot;' : c === '<' ? '&lt;' : c === '&' ? '&amp;' : c;
      })
      .join('');

  it('no href, src or url() that leaves the file survives, whatever the spacing and case', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...schemes),
        noise,
        noise,
        fc.boolean(),
        fc.constantFrom('href', 'xlink:href', 'src'),
        (scheme, before, inside, upper, attribute) => {
          const spelled = upper ? scheme.toUpperCase() : scheme;
          const target = `${before}${spelled.slice(0, 2)}${inside}${spelled.slice(2)}evil.example/x`;
          const escaped = asXmlAttribute(target);
          const svg = svgWith(
            `<image ${attribute}="${escaped}"/>`,
            `<p style="background: url('${escaped}')">t</p>`,
          );
          expect(findSvgHazards(svg), 'the case must start hazardous').not.toEqual([]);
          expect(findSvgHazards(sanitizeSvg(svg))).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('sanitizing twice gives the same text as sanitizing once', () => {
    const pieces = fc.constantFrom(
      '<rect onclick="x()"/>',
      '<a href="javascript:x()"><text>a</text></a>',
      '<use href="#m"/>',
      '<style>@import "x.css"; p { background: url(http://e/x) }</style>',
      '<image href="data:image/png;base64,AA"/>',
      '<g style="fill: url(#g); stroke: url(https://e/p#q)"/>',
      '<text>CFO &lt;script&gt;</text>',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 6 }), (parts) => {
        const once = sanitizeSvg(svgWith(parts.join('')));
        expect(sanitizeSvg(once)).toBe(once);
      }),
    );
  });
});

describe('sanitizeSvgDataUrl', () => {
  it('reads the data URL html-to-image makes, and gives back a clean one', () => {
    const dirty = svgWith('<script>window.__pwned=1</script><text>Obvious</text>');
    const clean = sanitizeSvgDataUrl(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(dirty)}`);
    expect(clean.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    const svg = decodeURIComponent(clean.slice(clean.indexOf(',') + 1));
    expect(count(svg, 'script')).toBe(0);
    expect(svg).toContain('Obvious');
  });

  it('reads a base64 data URL with non-ASCII text', () => {
    const dirty = svgWith('<text onclick="x()">Überprüfung – 担当</text>');
    const base64 = btoa(String.fromCharCode(...new TextEncoder().encode(dirty)));
    const svg = decodeURIComponent(
      sanitizeSvgDataUrl(`data:image/svg+xml;base64,${base64}`).split(',')[1] ?? '',
    );
    expect(svg).toContain('Überprüfung – 担当');
    expect(svg).not.toMatch(/onclick/);
  });

  it('refuses anything that is not an SVG data URL', () => {
    expect(() => sanitizeSvgDataUrl('data:image/png;base64,AAAA')).toThrow(/not an SVG/);
  });
});
