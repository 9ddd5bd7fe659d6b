// `npm test`: every check, in the order that fails fastest. Installs what it needs first.
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureDependencies, run } from './run-command.mjs';

ensureDependencies();
run('npx', ['prettier', '--check', '.']);
run('npx', ['eslint', '.', '--max-warnings', '0']);
run('npx', ['tsc', '-p', 'tsconfig.json']);
run('npx', ['vitest', 'run']);
run('npx', ['vite', 'build']);
run('node', ['--import', 'tsx', 'scripts/eval.ts', '--engine', 'scripted', '--check']);
ensureChromium();
run('npx', ['playwright', 'test']);
