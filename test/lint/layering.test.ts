import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layering rules of eslint.config.js, checked on code that breaks them: a rule that never fires protects nothing. */
const eslint = new ESLint();

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering', () => {
  it('keeps common/ free of runtimes and of our other folders', async () => {
    expect(await layeringErrors('common/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toHaveLength(1);
    expect(await layeringErrors('common/x.ts', "import { createHost } from '../main/host/host.js';\nexport const x = createHost;\n")).toEqual([
      expect.stringContaining('Bad layering'),
    ]);
  });

  it('keeps electron out of the host and the connectors', async () => {
    expect(await layeringErrors('main/host/x.ts', "import { app } from 'electron';\nexport const x = app;\n")).toHaveLength(1);
    expect(await layeringErrors('connectors/x/index.ts', "import { app } from 'electron';\nexport const x = app;\n")).toHaveLength(1);
    expect(await layeringErrors('main/host/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toHaveLength(0);
  });

  it('keeps the renderer to common/ and the browser', async () => {
    expect(await layeringErrors('renderer/x.ts', "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n")).toHaveLength(1);
    expect(await layeringErrors('renderer/x.ts', "import { createHost } from '../main/host/host.js';\nexport const x = createHost;\n")).toHaveLength(1);
    expect(await layeringErrors('renderer/x.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n")).toHaveLength(1);
    expect(await layeringErrors('renderer/x.ts', "import { api } from '../common/index.js';\nexport const x = api;\n")).toHaveLength(0);
  });

  it('lets only main/electron and preload import electron', async () => {
    expect(await layeringErrors('main/electron/x.ts', "import { app } from 'electron';\nexport const x = app;\n")).toHaveLength(0);
    expect(await layeringErrors('preload/x.ts', "import { contextBridge } from 'electron';\nexport const x = contextBridge;\n")).toHaveLength(0);
    expect(await layeringErrors('preload/x.ts', "import { createHost } from '../main/host/host.js';\nexport const x = createHost;\n")).toHaveLength(1);
  });
});
