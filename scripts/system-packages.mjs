// The system packages the test suite needs on a Debian machine, checked before every `npm test`:
// Debian's Chromium (the browser tests drive /usr/bin/chromium through playwright-core, which never
// downloads a browser), Korean fonts (the emulator's pages are in Korean; without them screenshots
// show empty boxes), tmux (the terminal tests) and redis-server (the Redis token-store tests).
// Missing ones are installed with apt-get when we are root and apt-get exists; otherwise the run stops
// with one line that says what to install. Nothing is ever skipped silently.
//
//   node scripts/system-packages.mjs      (run-tests.mjs calls ensureSystemPackages() first)
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * What the tests need. `file` is checked at that exact path (the tests use that path); `command` is
 * looked up on PATH.
 */
export const REQUIREMENTS = [
  { debianPackage: 'chromium', file: '/usr/bin/chromium', neededBy: 'the browser tests' },
  {
    debianPackage: 'fonts-nanum',
    file: '/usr/share/fonts/truetype/nanum/NanumGothic.ttf',
    neededBy: 'readable Korean text in the emulator page screenshots',
  },
  { debianPackage: 'tmux', command: 'tmux', neededBy: 'the terminal tests' },
  { debianPackage: 'redis-server', command: 'redis-server', neededBy: 'the Redis token-store tests' },
];

/** Whether `command` is an executable file in one of PATH's directories. */
export function onPath(command, PATH) {
  return (PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .some((dir) => accessible(join(dir, command), constants.X_OK));
}

function accessible(path, mode) {
  try {
    accessSync(path, mode);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Debian packages whose file or command is missing.
 *
 * @param {{ PATH: string | undefined, exists?: (path: string) => boolean }} system
 */
export function missingPackages(system, requirements = REQUIREMENTS) {
  const exists = system.exists ?? ((path) => accessible(path, constants.R_OK));
  return requirements
    .filter((r) => (r.file ? !exists(r.file) : !onPath(r.command, system.PATH)))
    .map((r) => r.debianPackage);
}

/**
 * What to do about the missing packages: nothing, install them, or stop with one line.
 *
 * @param {{ missing: string[], isRoot: boolean, hasApt: boolean }} facts
 * @returns {{ action: 'ready' } | { action: 'install', packages: string[] } | { action: 'stop', line: string }}
 */
export function decide({ missing, isRoot, hasApt }) {
  if (missing.length === 0) return { action: 'ready' };
  if (isRoot && hasApt) return { action: 'install', packages: missing };
  const command = `apt-get install -y ${missing.join(' ')}`;
  const why = !hasApt
    ? 'apt-get is not available here'
    : 'this is not root, so they cannot be installed here';
  return {
    action: 'stop',
    line: `The tests need system packages that are missing (${why}): install them with \`${isRoot ? '' : 'sudo '}${command}\` (Debian names) and run npm test again.`,
  };
}

/**
 * Checks the machine and installs what is missing when it can. Returns the one line to print and
 * stop with, or undefined when everything is there.
 */
export function ensureSystemPackages(env = process.env) {
  const missing = missingPackages({ PATH: env.PATH });
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const plan = decide({ missing, isRoot, hasApt: onPath('apt-get', env.PATH) });
  if (plan.action === 'ready') return undefined;
  if (plan.action === 'stop') return plan.line;
  console.error(`Installing system packages the tests need: ${plan.packages.join(' ')}`);
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...plan.packages],
  ]) {
    const apt = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env: aptEnv });
    if (apt.status !== 0) {
      return `\`apt-get ${args.join(' ')}\` failed (exit ${apt.status ?? apt.signal}): install ${plan.packages.join(' ')} by hand and run npm test again.`;
    }
  }
  const still = missingPackages({ PATH: env.PATH });
  return still.length > 0 ? `apt-get installed nothing usable for: ${still.join(' ')}.` : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const line = ensureSystemPackages();
  if (line) {
    console.error(line);
    process.exit(1);
  }
}
