// Runs the whole vitest suite and ends with the one plain line CI reads: `N passed, N failed, N skipped`.
// vitest's own summary is not what CI reads, so the counts come from its JSON reporter.
// Extra arguments are passed to vitest (e.g. `npm test -- test/client`).
// First it makes sure the system packages the tests need are there (installing them when it can),
// so a fresh machine runs every test: none is ever skipped for a missing package.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureSystemPackages } from './system-packages.mjs';

const missing = ensureSystemPackages();
if (missing) {
  console.error(missing);
  process.exit(1);
}

const resultFile = '.vitest-results.json';
rmSync(resultFile, { force: true });

const vitest = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${resultFile}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);

if (!existsSync(resultFile)) {
  console.error(`vitest wrote no results (exit ${vitest.status ?? vitest.signal}).`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const report = JSON.parse(readFileSync(resultFile, 'utf8'));
// A test file that fails to load has no failed test inside it; count each such file as one failure.
const brokenFiles = report.testResults.filter(
  (file) => file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed'),
).length;
const passed = report.numPassedTests;
const failed = report.numFailedTests + brokenFiles;
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || vitest.status !== 0 ? 1 : 0);
