// React Flow under jsdom needs these (see React Flow's testing guide).
class ResizeObserverMock {
  callback: ResizeObserverCallback;
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback;
  }
  observe() {}
  unobserve() {}
  disconnect() {}
}

class DOMMatrixReadOnlyMock {
  m22: number;
  constructor(transform?: string) {
    const scale = transform?.match(/scale\(([1-9.])\)/)?.[1];
    this.m22 = scale !== undefined ? +scale : 1;
  }
}

const g = globalThis as unknown as Record<string, unknown>;
g.ResizeObserver ??= ResizeObserverMock;
g.DOMMatrixReadOnly ??= DOMMatrixReadOnlyMock;

// Elements have no layout in jsdom: a size set in their style, else 1 px — except the canvas itself,
// which gets the size it has on the shared screen (1920×1080), so a map fits at the zoom it would there.
const CANVAS = { width: 1478, height: 912 };
/** A length set in pixels (a percentage is no size without layout). */
const px = (value: string) => (value.endsWith('px') ? parseFloat(value) : 0);
const isCanvas = (element: HTMLElement) =>
  element.classList.contains('react-flow') || element.classList.contains('react-flow__renderer');
Object.defineProperties(globalThis.HTMLElement.prototype, {
  offsetHeight: {
    configurable: true,
    get() {
      const element = this as HTMLElement;
      return px(element.style.height) || (isCanvas(element) ? CANVAS.height : 1);
    },
  },
  offsetWidth: {
    configurable: true,
    get() {
      const element = this as HTMLElement;
      return px(element.style.width) || (isCanvas(element) ? CANVAS.width : 1);
    },
  },
});
(globalThis.SVGElement.prototype as unknown as { getBBox: () => object }).getBBox = () => ({
  x: 0,
  y: 0,
  width: 0,
  height: 0,
});
export {};
