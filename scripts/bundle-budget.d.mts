// Types of scripts/bundle-budget.mjs, for its tests (tests/scripts/bundleBudget.test.ts).

export declare const BUDGET_BYTES: number;
export declare const IDLE_MS: number;
export declare const DRAWN_SELECTOR: string;

export declare function isJavaScript(contentType: string | undefined, path?: string): boolean;

export interface MeasuredRow {
  path: string;
  raw: number;
  gzip: number;
}
export declare function measure(responses: readonly { path: string; body: Buffer }[]): {
  rows: MeasuredRow[];
  total: number;
};

export declare function kb(bytes: number): string;

export interface FirstVisit {
  responses: { path: string; body: Buffer }[];
  troubles: string[];
}
export declare function firstVisit(
  distDir: string,
  options?: { idleMs?: number; drawnSelector?: string; timeoutMs?: number },
): Promise<FirstVisit>;
