import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: root });

/** The layer-rule messages ESLint reports for `source` placed at `file` (relative to the root). */
async function layerErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'layers/layer-imports')
    .map((message) => message.message);
}

const valueImport = (from: string) => `import { x } from '${from}';\nexport const y = x;\n`;
const typeImport = (from: string) => `import type { X } from '${from}';\nexport type Y = X;\n`;

// Every direction ARCHITECTURE.md forbids, one file per layer.
const forbidden: [file: string, source: string][] = [
  ['src/core/agent/probe.ts', valueImport('react')],
  ['src/core/agent/probe.ts', valueImport('zustand')],
  ['src/core/agent/probe.ts', valueImport('zod')],
  ['src/core/agent/probe.ts', valueImport('idb-keyval')],
  ['src/core/agent/probe.ts', valueImport('@mlc-ai/web-llm')],
  ['src/core/agent/probe.ts', typeImport('../../store/app-store')],
  ['src/core/agent/probe.ts', valueImport('../../ui/App')],
  ['src/core/agent/probe.ts', valueImport('../../adapters/web-llm/web-llm-chat-model')],
  ['src/core/agent/probe.ts', valueImport('../../mock-apis/create-booking-world')],
  ['src/mock-apis/probe.ts', valueImport('../eval/run-evaluation')],
  ['src/mock-apis/probe.ts', valueImport('react')],
  ['src/eval/probe.ts', valueImport('../store/app-store')],
  ['src/eval/probe.ts', valueImport('zustand')],
  ['src/adapters/web-llm/probe.ts', valueImport('idb-keyval')],
  ['src/adapters/web-llm/probe.ts', valueImport('../idb-keyval/idb-key-value-store')],
  ['src/adapters/web-llm/probe.ts', valueImport('../../store/app-store')],
  ['src/adapters/web-llm/probe.ts', valueImport('../../ui/App')],
  ['src/adapters/web-llm/probe.ts', valueImport('zustand')],
  ['src/adapters/idb-keyval/probe.ts', valueImport('@mlc-ai/web-llm')],
  ['src/store/probe.ts', valueImport('../ui/App')],
  ['src/store/probe.ts', valueImport('react')],
  ['src/store/probe.ts', valueImport('@mlc-ai/web-llm')],
  ['src/ui/probe.ts', valueImport('../adapters/web-llm/web-llm-chat-model')],
  ['src/ui/probe.ts', valueImport('@mlc-ai/web-llm')],
  ['src/ui/probe.ts', valueImport('idb-keyval')],
  ['src/ui/probe.ts', valueImport('../core/agent/run-turn')],
  ['src/ui/probe.ts', valueImport('../mock-apis/create-booking-world')],
  ['src/ui/probe.ts', `export { x } from '../adapters/web-llm/catalogue';\n`],
  ['src/ui/probe.ts', `const m = import('../adapters/web-llm/catalogue');\nexport { m };\n`],
];

// The directions the table allows, so the rule cannot pass by refusing everything.
const allowed: [file: string, source: string][] = [
  ['src/core/agent/probe.ts', valueImport('../tools/tool-registry')],
  ['src/mock-apis/probe.ts', valueImport('../core/tools/tool-registry')],
  ['src/eval/probe.ts', valueImport('../mock-apis/create-booking-world')],
  ['src/adapters/web-llm/probe.ts', valueImport('@mlc-ai/web-llm')],
  ['src/adapters/web-llm/probe.ts', valueImport('../../core/model/chat-model')],
  ['src/adapters/idb-keyval/probe.ts', valueImport('idb-keyval')],
  ['src/store/probe.ts', valueImport('zustand')],
  ['src/store/probe.ts', valueImport('../adapters/web-llm/catalogue')],
  ['src/store/probe.ts', valueImport('../eval/run-evaluation')],
  ['src/ui/probe.ts', typeImport('../core/conversation/conversation')],
  ['src/ui/probe.ts', valueImport('../store/app-store')],
  ['src/ui/probe.ts', valueImport('react')],
];

describe('the layer rule', () => {
  it.each(forbidden)('refuses in %s: %s', async (file, source) => {
    expect(await layerErrors(file, source)).toHaveLength(1);
  });

  it.each(allowed)('accepts in %s: %s', async (file, source) => {
    expect(await layerErrors(file, source)).toEqual([]);
  });

  it('fails `eslint` on a real file in the core that imports the store library', () => {
    const probe = path.join(root, 'src/core/zz-layer-probe.ts');
    writeFileSync(probe, "import { create } from 'zustand';\nexport const probe = create;\n");
    try {
      const outcome = (() => {
        try {
          execFileSync('npx', ['eslint', '--no-warn-ignored', probe], { cwd: root, stdio: 'pipe' });
          return { failed: false, output: '' };
        } catch (error) {
          return { failed: true, output: String((error as { stdout: Buffer }).stdout) };
        }
      })();
      expect(outcome.failed).toBe(true);
      expect(outcome.output).toMatch(/core may not import the package 'zustand'/);
    } finally {
      rmSync(probe, { force: true });
    }
  });
});
