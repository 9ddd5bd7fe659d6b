// The layer rule of ARCHITECTURE.md, written once. Every source file belongs to exactly one layer
// (by its path); the rule resolves each import (relative paths to the file they name, bare names
// to their package) and reports any import the table does not allow. One rule with one table, so
// no later config block can quietly replace part of it (flat config keeps only the last value of
// a rule such as no-restricted-imports, which is how the directions once went unenforced).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The vendor package each adapter folder wraps: only that folder may import it. */
export const adapterVendors = {
  'idb-keyval': ['idb-keyval'],
  'llama3-tokenizer': ['llama3-tokenizer-js'],
  openai: ['eventsource-parser'],
  pwa: ['virtual:pwa-register', 'workbox-window'],
  'web-llm': ['@mlc-ai/web-llm'],
};

/**
 * What each layer may import besides itself. `layers` names inner layers (`core:type` allows type
 * imports only); `packages` names npm packages.
 */
export const layerTable = {
  core: { layers: [], packages: [] },
  'mock-apis': { layers: ['core'], packages: [] },
  eval: { layers: ['core', 'mock-apis'], packages: [] },
  adapter: { layers: ['core'], packages: [] },
  store: {
    layers: ['core', 'mock-apis', 'eval', 'adapter'],
    packages: ['zustand', 'zod'],
  },
  ui: {
    layers: ['store', 'core:type'],
    packages: ['react', 'react-dom', 'zustand', '@tanstack/react-virtual', 'marked'],
  },
  // main.tsx, the composition root: it wires the browser's adapters into the store and renders.
  entry: { layers: ['store', 'ui', 'adapter'], packages: ['react', 'react-dom'] },
};

/** Packages a test file may use on top of its layer's own (tests never ship). */
const testPackages = [
  'vitest',
  'fast-check',
  '@testing-library/react',
  '@testing-library/dom',
  'fake-indexeddb',
  '@mlc-ai/web-xgrammar',
];
/**
 * Layers a test file may reach on top of its own: inner layers for fixtures (the in-memory store,
 * walkthroughs, the test world) and the exact tokenizer. Never the store or the UI from below.
 */
const testLayers = ['core', 'mock-apis', 'eval', 'adapter:llama3-tokenizer'];

/** The layer of a project file, `adapter:<vendor>` for adapters; undefined outside src. */
export function layerOf(file) {
  const relative = path.relative(projectRoot, file).split(path.sep).join('/');
  if (relative === 'src/main.tsx') return 'entry';
  const match = /^src\/([^/]+)\/(?:([^/]+)\/)?/.exec(relative);
  if (!match) return undefined;
  const [, folder, sub] = match;
  if (folder === 'adapters') return sub ? `adapter:${sub}` : undefined;
  return folder in layerTable ? folder : undefined;
}

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function isTestFile(file) {
  return /\.test\.tsx?$/.test(file) || /[\\/]testing[\\/]/.test(file);
}

/** Why `importer` may not import `specifier`, or undefined when it may. */
export function layerViolation(importer, specifier, typeOnly) {
  const from = layerOf(importer);
  if (!from) return undefined;
  const kind = from.startsWith('adapter:') ? 'adapter' : from;
  const rules = layerTable[kind];
  const test = isTestFile(importer);
  if (specifier.startsWith('.')) {
    const target = layerOf(path.resolve(path.dirname(importer), specifier));
    if (!target || target === from) return undefined;
    const targetKind = target.startsWith('adapter:') ? 'adapter' : target;
    if (test && (testLayers.includes(targetKind) || testLayers.includes(target))) return undefined;
    if (kind === 'adapter' && targetKind === 'adapter') {
      return `${from} may not import another adapter (${target}).`;
    }
    const allowed =
      rules.layers.includes(targetKind) ||
      (typeOnly && rules.layers.includes(`${targetKind}:type`));
    return allowed ? undefined : `${from} may not import ${target} (see ARCHITECTURE.md).`;
  }
  const name = packageName(specifier);
  if (test && (testPackages.includes(name) || name.startsWith('node:'))) return undefined;
  if (rules.packages.includes(name)) return undefined;
  if (kind === 'adapter' && adapterVendors[from.slice('adapter:'.length)]?.includes(name)) {
    return undefined;
  }
  const owner = Object.entries(adapterVendors).find(([, names]) => names.includes(name));
  const hint = owner ? ` Only src/adapters/${owner[0]} imports it.` : '';
  return `${from} may not import the package '${name}'.${hint}`;
}

const layerImportsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforces the layer table of ARCHITECTURE.md.' },
    schema: [],
  },
  create(context) {
    const importer = context.filename;
    function check(node, specifier, typeOnly) {
      if (typeof specifier !== 'string') return;
      const message = layerViolation(importer, specifier, typeOnly);
      if (message) context.report({ node, message });
    }
    const declarationIsTypeOnly = (node) =>
      node.importKind === 'type' ||
      node.exportKind === 'type' ||
      (node.specifiers?.length > 0 &&
        node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'));
    return {
      ImportDeclaration: (node) => check(node, node.source.value, declarationIsTypeOnly(node)),
      ExportNamedDeclaration: (node) =>
        node.source && check(node, node.source.value, declarationIsTypeOnly(node)),
      ExportAllDeclaration: (node) => check(node, node.source.value, node.exportKind === 'type'),
      ImportExpression: (node) =>
        node.source.type === 'Literal' && check(node, node.source.value, false),
    };
  },
};

export const layersPlugin = { rules: { 'layer-imports': layerImportsRule } };
