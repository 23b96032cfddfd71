import { getViewportForBounds, type Rect } from '@xyflow/react';

/** A slide: exported images are 1920 px wide, 16:9. */
export const SLIDE = { width: 1920, height: 1080, padding: 0.06 } as const;

export type ImageFormat = 'png' | 'svg';

/**
 * Renders the canvas (React Flow's viewport element) framed on the given bounds into a slide-sized
 * image and returns it as a data URL. html-to-image is loaded only when first needed.
 */
export async function renderCanvasImage(
  viewportElement: HTMLElement,
  bounds: Rect,
  format: ImageFormat,
): Promise<string> {
  const { toPng, toSvg } = await import('html-to-image');
  const viewport = getViewportForBounds(bounds, SLIDE.width, SLIDE.height, 0.1, 2, SLIDE.padding);
  const options = {
    backgroundColor: '#ffffff',
    width: SLIDE.width,
    height: SLIDE.height,
    style: {
      width: `${SLIDE.width}px`,
      height: `${SLIDE.height}px`,
      transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})`,
    },
    // Handles and the selection box are for editing, not for slides.
    filter: (node: HTMLElement) => !node.classList?.contains('react-flow__handle'),
  };
  // Every exported SVG is sanitized: it leaves the app and is opened elsewhere.
  return format === 'png'
    ? toPng(viewportElement, options)
    : (await import('../shared/sanitizeSvg')).sanitizeSvgDataUrl(await toSvg(viewportElement, options));
}
