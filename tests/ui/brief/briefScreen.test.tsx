// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DecisionMap } from '../../../src/domain/records/map';
import { App } from '../../../src/ui/App';
import { workshopMap } from '../helpers';
import { findScreen, loadWorkshop, pressKey } from '../present/helpers';

const HOSTILE = '<img src=x onerror=alert(1)>';

function hostileMap(): DecisionMap {
  const map = workshopMap();
  return {
    ...map,
    title: `Brief ${HOSTILE}`,
    nodes: map.nodes.map((n) =>
      n.id === 'soc2'
        ? { ...n, label: '[x](javascript:alert(1))' }
        : n.id === 'legal'
          ? { ...n, label: HOSTILE }
          : n,
    ),
  };
}

/** Captures what the page hands to the browser as downloads. */
function captureDownloads() {
  const files: { name: string; text: Promise<string>; type: string }[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) files.push({ name: this.download, text: blob.text(), type: blob.type });
  });
  return files;
}

beforeEach(() => loadWorkshop(hostileMap()));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the decision brief', () => {
  it('shows every section, with labels as plain text', async () => {
    const { container } = render(<App />);
    pressKey('b');
    const brief = await findScreen('Decision brief');
    for (const name of [
      'Obviousness',
      'Change first: the constraint',
      'Find out first',
      'Top drivers',
      'Approvers',
      'Open questions',
      'The plan',
      'The map',
    ]) {
      expect(within(brief).getByRole('heading', { level: 2, name })).toBeInTheDocument();
    }
    expect(within(brief).getByRole('heading', { level: 1 })).toHaveTextContent(`Brief ${HOSTILE}`);
    expect(within(brief).getByRole('img', { name: `Decision map: Brief ${HOSTILE}` })).toBeInTheDocument();
    expect(container.ownerDocument.querySelector('img')).toBeNull();
    expect(within(brief).getByText(/Even if every plan item succeeds/)).toBeInTheDocument();
  });

  it('downloads the brief as Markdown that keeps every label as text, and the map as a clean SVG', async () => {
    const user = userEvent.setup();
    const files = captureDownloads();
    render(<App />);
    pressKey('b');
    const brief = await findScreen('Decision brief');
    await user.click(within(brief).getByRole('button', { name: 'Download Markdown' }));
    await user.click(within(brief).getByRole('button', { name: 'Download map image (SVG)' }));
    expect(files.map((f) => f.name)).toEqual([
      'brief-img-src-x-onerror-alert-1-2026-q3-brief.md',
      'brief-img-src-x-onerror-alert-1-2026-q3-brief-map.svg',
    ]);
    const markdown = await files[0]!.text;
    expect(markdown).not.toMatch(/[<>]/);
    expect(markdown).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(markdown).toContain('\\[x\\](javascript:alert(1))');
    // The picture is inside the Markdown: one file, the same clean SVG as the download.
    const embedded =
      /!\[Decision map: Brief &lt;img[^\n]*\]\(data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\)/.exec(
        markdown,
      );
    expect(embedded).not.toBeNull();
    const picture = new TextDecoder().decode(Uint8Array.from(atob(embedded![1]!), (c) => c.charCodeAt(0)));
    const svg = await files[1]!.text;
    expect(files[1]!.type).toBe('image/svg+xml');
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(parsed.querySelector('img, script, foreignObject')).toBeNull();
    expect([...parsed.querySelectorAll('text')].map((t) => t.textContent)).toContain('<img src=x');
    expect(picture).toBe(svg);
  });

  it('prints through the browser (Save as PDF), and Escape goes back', async () => {
    const user = userEvent.setup();
    const print = vi.fn();
    window.print = print;
    render(<App />);
    pressKey('b');
    const brief = await findScreen('Decision brief');
    await user.click(within(brief).getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledOnce();
    pressKey('Escape');
    expect(screen.queryByRole('main', { name: 'Decision brief' })).toBeNull();
  });
});
