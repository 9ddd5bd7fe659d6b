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
 * Installs from the lock file when node_modules is missing or older than it. `npm install`, not
 * `npm ci`: npm 11 leaves the platform-specific optional packages of rollup out of the lock file
 * and `npm ci` then refuses it as out of sync, while `npm install` installs the same versions.
 */
export function ensureDependencies() {
  const lock = 'package-lock.json';
  const marker = 'node_modules/.package-lock.json';
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  run('npm', ['install', '--no-audit', '--no-fund']);
}
