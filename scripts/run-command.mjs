// Small helpers shared by the npm entry scripts (start, test, bench): run a command and stop
// on failure, and install dependencies on a fresh clone so one command is all a newcomer needs.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

/** Runs a command with inherited output; true when it exited 0. */
export function runStep(command, args, options = {}) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false, ...options });
  if (result.status === 0) return true;
  console.error(`\n${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
  return false;
}

/** Runs a command and stops the script when it fails. */
export function run(command, args, options = {}) {
  if (!runStep(command, args, options)) process.exit(1);
}

/**
 * Installs exactly the committed lock (`npm ci`) when node_modules is missing or older than it, so
 * a fresh clone runs the versions that were tested and a drifted lock fails loudly.
 */
export function ensureDependencies() {
  const lock = 'package-lock.json';
  const marker = 'node_modules/.package-lock.json';
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  run('npm', ['ci', '--no-audit', '--no-fund']);
}
