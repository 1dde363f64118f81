// `npm run bench`: builds once, then runs every bench/*/run.mjs in turn (each writes its own
// bench/results/<name>.json). BENCH_SKIP_BUILD=1 skips the build.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
if (!process.env.BENCH_SKIP_BUILD) {
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
}
const suites = readdirSync(here, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(here, entry.name, 'run.mjs')))
  .map((entry) => entry.name)
  .sort();
let failed = 0;
for (const suite of suites) {
  console.log(`\n=== bench/${suite}/run.mjs ===`);
  try {
    execFileSync(process.execPath, [join(here, suite, 'run.mjs')], { cwd: root, stdio: 'inherit' });
  } catch {
    failed++;
    console.error(`bench/${suite}/run.mjs failed`);
  }
}
if (failed) process.exitCode = 1;
