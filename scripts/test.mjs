// `npm test`: every check, in the order that fails fastest. Installs what it needs first, and
// ends with one line saying how many checks passed.
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureDependencies, runStep } from './run-command.mjs';

const checks = [
  ['format', 'npx', ['prettier', '--check', '.']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['types', 'npx', ['tsc', '-p', 'tsconfig.json']],
  ['import cycles', 'node', ['scripts/import-cycles.mjs', 'src']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['build', 'npx', ['vite', 'build']],
  [
    'scripted evaluation',
    'node',
    ['--import', 'tsx', 'scripts/eval.ts', '--engine', 'scripted', '--check'],
  ],
  ['browser tests', 'npx', ['playwright', 'test']],
];

ensureDependencies();
let passed = 0;
for (const [name, command, args] of checks) {
  if (name === 'browser tests') ensureChromium();
  if (!runStep(command, args)) {
    console.log(`checks: ${passed} passed, 1 failed (${name})`);
    process.exit(1);
  }
  passed += 1;
}
console.log(`checks: ${passed} passed, 0 failed`);
