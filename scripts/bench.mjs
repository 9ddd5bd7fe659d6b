// `npm run bench`: runs every scripts/bench/*.bench.ts in name order. Each prints JSON lines
// {"bench", "metric", "value", "unit"}; browser benches build and serve the app themselves.
import { readdirSync } from 'node:fs';
import { ensureDependencies, run } from './run-command.mjs';

ensureDependencies();
const only = process.argv[2];
const files = readdirSync('scripts/bench')
  .filter((name) => name.endsWith('.bench.ts') && (!only || name.includes(only)))
  .sort();
for (const file of files) run('node', ['--import', 'tsx', `scripts/bench/${file}`]);
