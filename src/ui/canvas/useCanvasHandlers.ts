import { useEffect, type RefObject } from 'react';
import { useReactFlow } from '@xyflow/react';
import { imageFileName } from '../../domain/format/mapFileName';
import { downloadUrl } from '../shared/download';
import { workbenchStore } from '../shared/appStore';
import type { Measured } from '../flow/buildFlowNodes';
import type { ImageFormat } from './exportImage';
import type { WorkbenchFlowEdge, WorkbenchFlowNode } from '../flow/flowTypes';
import { withFullDetail } from '../flow/levelOfDetail';
import type { WordsFitOptions } from '../flow/fitWithWords';

const FIT: WordsFitOptions = { padding: 0.06, maxZoom: 1.2, duration: 300 };

/** Resolves when the canvas has every moved node at its new position (or after about a second). */
async function untilPlaced(
  flow: ReturnType<typeof useReactFlow<WorkbenchFlowNode, WorkbenchFlowEdge>>,
  moves: readonly { id: string; position: { x: number; y: number } }[],
): Promise<void> {
  for (let frame = 0; frame < 60; frame++) {
    const placed = moves.every(({ id, position }) => {
      const node = flow.getInternalNode(id);
      return node !== undefined && node.position.x === position.x && node.position.y === position.y;
    });
    if (placed) return;
    await new Promise((resolve) => window.requestAnimationFrame(resolve));
  }
}

/** Registers what only the canvas can do (fit, zoom, layout, image export) for the commands to call. */
export function useCanvasHandlers(
  wrapperRef: RefObject<HTMLDivElement | null>,
  fitWithWords: (options: WordsFitOptions) => Promise<boolean>,
) {
  const flow = useReactFlow<WorkbenchFlowNode, WorkbenchFlowEdge>();
  useEffect(() => {
    const measuredNow = () => {
      const sizes = new Map<string, Measured>();
      for (const node of flow.getNodes()) {
        if (node.measured?.width !== undefined && node.measured.height !== undefined) {
          sizes.set(node.id, { width: node.measured.width, height: node.measured.height });
        }
      }
      return sizes;
    };
    const exportImage = async (format: ImageFormat) => {
      const state = workbenchStore.getState();
      const viewport = wrapperRef.current?.querySelector<HTMLElement>('.react-flow__viewport');
      const nodes = flow.getNodes();
      if (!viewport || nodes.length === 0) {
        state.setNotice({ tone: 'warning', text: 'There is nothing on the canvas to export yet.' });
        return;
      }
      try {
        // Everything in the image: off-screen nodes, and the text a far zoom leaves out on screen.
        // Image export and auto-layout load when first asked for: the first paint does not need them.
        const { renderCanvasImage } = await import('./exportImage');
        const dataUrl = await withFullDetail(() =>
          renderCanvasImage(viewport, flow.getNodesBounds(nodes), format),
        );
        downloadUrl(imageFileName(state.map, format), dataUrl);
      } catch {
        state.setNotice({ tone: 'error', text: `Could not export the ${format.toUpperCase()} image.` });
      }
    };
    return workbenchStore.host.canvas.register({
      fitView: () => void fitWithWords(FIT),
      zoomIn: () => void flow.zoomIn({ duration: 200 }),
      zoomOut: () => void flow.zoomOut({ duration: 200 }),
      getViewport: () => flow.getViewport(),
      setViewport: (viewport) => void flow.setViewport(viewport, { duration: 200 }),
      layout: async () => {
        const state = workbenchStore.getState();
        try {
          const { layoutDecisionNodes } = await import('./autoLayout');
          const moves = await layoutDecisionNodes(state.map, measuredNow());
          workbenchStore.getState().moveNodes(moves);
          // Fit once the canvas draws the nodes where the layout put them (the map reaches it a frame
          // or two later): fitting at once framed the old places and left nodes off-screen.
          await untilPlaced(flow, moves);
          await fitWithWords(FIT);
        } catch {
          state.setNotice({ tone: 'error', text: 'Auto-layout failed; the map is unchanged.' });
        }
      },
      exportPng: () => exportImage('png'),
      exportSvg: () => exportImage('svg'),
      viewportCenter: () => {
        const rect = wrapperRef.current?.getBoundingClientRect();
        if (!rect) return { x: 0, y: 0 };
        const centre = flow.screenToFlowPosition({
          x: rect.left + rect.width / 2,
          y: rect.top + rect.height / 2,
        });
        return { x: Math.round(centre.x - 140), y: Math.round(centre.y - 70) };
      },
    });
  }, [flow, wrapperRef, fitWithWords]);
}
