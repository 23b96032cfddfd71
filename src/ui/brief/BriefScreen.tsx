import { useMemo, useRef } from 'react';
import { briefContent } from '../../domain/brief/briefContent';
import { briefMarkdown } from '../../domain/brief/briefMarkdown';
import { diff } from '../../domain/diff/diff';
import { useLibraryMaps } from '../shared/useLibraryMaps';
import { runCommand } from '../../state/commands/registry';
import { downloadText } from '../shared/download';
import { workbenchStore } from '../shared/appStore';
import { useAnalysis, useWorkbench } from '../shared/appStore';
import { BriefPage } from './BriefPage';
import { briefFileNames, svgDataUrl, svgFileText, today } from './briefFiles';
import './brief.css';

/**
 * The decision brief: one page made from the map and its analysis, to download as Markdown (the map's
 * picture embedded in it; also downloadable alone as SVG) or to print (the browser's Save as PDF works).
 */
export function BriefScreen() {
  const map = useWorkbench((s) => s.map);
  const analysis = useAnalysis();
  // The map this one was based on (last quarter's), when the library has it: what changed since.
  const basedOn = useLibraryMaps(map.basedOn ? [map.basedOn] : []).maps[0] ?? undefined;
  const brief = useMemo(
    () => briefContent(map, analysis, basedOn ? diff(basedOn, map) : undefined),
    [map, analysis, basedOn],
  );
  const pictureRef = useRef<SVGSVGElement>(null);
  const names = briefFileNames(map);
  const date = today();

  const downloadImage = () => {
    if (!pictureRef.current) return;
    try {
      downloadText(names.image, svgFileText(pictureRef.current), 'image/svg+xml');
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      workbenchStore.getState().setNotice({ tone: 'error', text: `The map image was not saved. ${detail}` });
    }
  };
  const downloadMarkdown = () => {
    // The map picture goes inside the Markdown (a data URL): one file to send, nothing to keep beside it.
    const imageData = pictureRef.current ? svgDataUrl(svgFileText(pictureRef.current)) : null;
    downloadText(
      names.markdown,
      briefMarkdown(brief, { date, ...(imageData ? { imageData } : {}) }),
      'text/markdown',
    );
    workbenchStore.getState().setNotice({
      tone: 'info',
      text: imageData
        ? `Saved ${names.markdown}, with the map picture inside it.`
        : `Saved ${names.markdown}.`,
    });
  };

  return (
    <main className="brief" aria-label="Decision brief">
      <div className="brief__actions" role="toolbar" aria-label="Brief">
        <button type="button" className="button" onClick={() => runCommand('leave-screen', workbenchStore)}>
          ← Back to the workbench <kbd>Esc</kbd>
        </button>
        <span className="brief__spacer" />
        <button type="button" className="button button--primary" onClick={downloadMarkdown}>
          Download Markdown
        </button>
        <button type="button" className="button" onClick={downloadImage} disabled={map.nodes.length === 0}>
          Download map image (SVG)
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      <BriefPage brief={brief} map={map} analysis={analysis} date={date} pictureRef={pictureRef} />
    </main>
  );
}
