import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/*
 * The boundaries of the README's Architecture section as eslint.config.js writes them, checked on code placed in each
 * folder (the files need not exist: the rules go by folder, so new files fall under them too).
 */

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'boundaries/imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['src/domain/edits/newRule.ts', "import { x } from '../../state/store/types';"],
    ['src/domain/edits/newRule.ts', "import { x } from '../../ui/shared/words';"],
    ['src/domain/records/newRecord.ts', "import { useState } from 'react';"],
    ['src/domain/records/newRecord.ts', "import { z } from 'zod';"],
    ['src/domain/records/newRecord.ts', "import { x } from '../../../bench/machine';"],
    ['src/state/store/newSlice.ts', "import { x } from '../../ui/shared/words';"],
    ['src/state/store/newSlice.ts', "import { useStore } from 'zustand';"],
    ['src/state/library/newPart.ts', "export { x } from '../../ui/canvas/Canvas';"],
    ['src/ui/present/NewPart.tsx', "import { x } from '../walkthrough/steps';"],
    ['src/ui/quarters/NewPart.tsx', "const m = import('../library/LibraryDrawer');"],
    ['src/ui/newFeature/Thing.tsx', "import { x } from '../canvas/Canvas';"],
    ['src/ui/shared/newControl.tsx', "import { x } from '../palette/CommandPalette';"],
    ['src/ui/flow/newPart.ts', "import { x } from '../canvas/Canvas';"],
    ['src/cli/newCommand.ts', "import { x } from '../state/store/types';"],
    ['src/collab/newPart.ts', "import { x } from '../ui/canvas/Canvas';"],
    ['server/newPart.ts', "import { x } from '../src/state/store/types';"],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await problems(file, code)).toHaveLength(1);
  });

  it.each([
    ['src/domain/edits/newRule.ts', "import { z } from 'zod/mini';\nimport { x } from '../records/map';"],
    ['src/state/store/newSlice.ts', "import { x } from '../../domain/records/map';\nimport { createStore } from 'zustand/vanilla';"],
    ['src/ui/present/NewPart.tsx', "import { x } from './PresentCanvas';\nimport { y } from '../shared/words';\nimport { z } from '../flow/flowTypes';\nimport { s } from '../../state/store/types';"],
    ['src/ui/NewLayer.tsx', "import { x } from './canvas/Canvas';\nimport { y } from './present/PresentScreen';"],
    ['src/cli/newCommand.ts', "import { readFileSync } from 'node:fs';\nimport { x } from '../domain/records/map';"],
    ['server/newPart.ts', "import { x } from '../src/domain/format/parseMapFile';"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});

describe('zod in the app', () => {
  it('is zod/mini everywhere in src, the UI included', async () => {
    const [result] = await eslint.lintText("import { z } from 'zod';\nexport const s = z.string();", {
      filePath: 'src/ui/panels/NewPanel.tsx',
    });
    expect(result?.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
  });
});
