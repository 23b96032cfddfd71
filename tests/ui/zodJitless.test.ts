import { describe, expect, it } from 'vitest';

describe('zod under a strict Content-Security-Policy', () => {
  it('main.tsx imports the jitless setting before anything else', async () => {
    const { readFile } = await import('node:fs/promises');
    const main = await readFile(new URL('../../src/main.tsx', import.meta.url), 'utf8');
    const imports = main.split('\n').filter((line) => line.startsWith('import '));
    expect(imports[0]).toBe("import './zodConfig';");
  });

  it('schemas built after the setting never call new Function', async () => {
    const { z, globalConfig } = await import('zod/v4/core').then(async (core) => ({
      z: (await import('zod')).z,
      globalConfig: core.globalConfig,
    }));
    await import('../../src/zodConfig');
    expect(globalConfig.jitless).toBe(true);
    const original = globalThis.Function;
    let compiled = 0;
    globalThis.Function = new Proxy(original, {
      construct(target, args: string[]) {
        compiled += 1;
        return Reflect.construct(target, args) as object;
      },
    });
    try {
      const schema = z.object({ a: z.string(), b: z.number() });
      expect(schema.parse({ a: 'x', b: 1 })).toEqual({ a: 'x', b: 1 });
    } finally {
      globalThis.Function = original;
    }
    expect(compiled).toBe(0);
  });
});
