// Fails when the project's own source files import each other in a circle. Type-only imports
// count too: a type cycle still ties the files into one unit that cannot be read, tested or moved
// apart, and it turns into a runtime cycle as soon as one import becomes a value. The imports are
// read by TypeScript's own pre-processor (import, export-from, dynamic import, side-effect
// imports, across lines), so no pattern of ours can miss one.
// usage: node scripts/import-cycles.mjs [src]   -> prints "cycles N", one line per cycle
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(process.argv[2] ?? 'src');
const isSource = (name) => /\.(ts|tsx|mts|js|mjs)$/.test(name) && !/\.d\.ts$/.test(name);
// Tests import what they test and nothing imports them, so they cannot close a cycle; leaving
// them out keeps the report about the app's own structure.
const isTest = (name) => /\.(test|spec)\.[cm]?[tj]sx?$/.test(name);

function listFiles(directory, found = []) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) listFiles(full, found);
    else if (isSource(entry.name) && !isTest(entry.name)) found.push(full);
  }
  return found;
}

const candidates = ['', '.ts', '.tsx', '.mts', '/index.ts', '/index.tsx'];
/** The file a relative specifier names ('./x', './x.js' and './x/index' styles), or null. */
function resolve(from, specifier) {
  const base = path.resolve(path.dirname(from), specifier.replace(/\.[cm]?js$/, ''));
  for (const suffix of [...candidates, path.extname(specifier)]) {
    const file = base + suffix;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

const files = listFiles(root);
const known = new Set(files);
const graph = new Map(
  files.map((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .filter(({ fileName }) => fileName.startsWith('.'))
      .map(({ fileName }) => resolve(file, fileName))
      .filter((target) => target !== null && known.has(target));
    return [file, [...new Set(targets)]];
  }),
);

// Tarjan's strongly connected components: every component of more than one file (or a file
// importing itself) is a cycle.
let counter = 0;
const order = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const cycles = [];
function visit(file) {
  order.set(file, counter);
  low.set(file, counter);
  counter += 1;
  stack.push(file);
  onStack.add(file);
  for (const target of graph.get(file)) {
    if (!order.has(target)) {
      visit(target);
      low.set(file, Math.min(low.get(file), low.get(target)));
    } else if (onStack.has(target)) {
      low.set(file, Math.min(low.get(file), order.get(target)));
    }
  }
  if (low.get(file) !== order.get(file)) return;
  const component = [];
  let member;
  do {
    member = stack.pop();
    onStack.delete(member);
    component.push(member);
  } while (member !== file);
  if (component.length > 1 || graph.get(file).includes(file)) cycles.push(component);
}
for (const file of files) if (!order.has(file)) visit(file);

console.log(`cycles ${cycles.length}`);
for (const cycle of cycles) {
  const names = cycle.map((file) => path.relative(root, file)).sort();
  console.log(`  ${names.length} files: ${names.join(', ')}`);
}
process.exit(cycles.length === 0 ? 0 : 1);
