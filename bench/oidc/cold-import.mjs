// Cold import time: a fresh Node process per sample imports the entry and reports how long the
// `import()` took (process start-up excluded). Samples alternate between entries; median kept.
import { spawnSync } from 'node:child_process';

function sample(specifier) {
  const script = `const t=performance.now();await import(${JSON.stringify(specifier)});process.stdout.write(String(performance.now()-t));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`importing ${specifier} failed: ${child.stderr}`);
  return Number(child.stdout);
}

/**
 * @param {Record<string, string>} entries name → module specifier (file URL or resolved URL)
 * @returns {Record<string, number>} median milliseconds per entry
 */
export function measureColdImport(entries, samples = 15) {
  const times = Object.fromEntries(Object.keys(entries).map((name) => [name, []]));
  for (let i = 0; i < samples; i++) {
    for (const [name, specifier] of Object.entries(entries)) times[name].push(sample(specifier));
  }
  return Object.fromEntries(
    Object.entries(times).map(([name, values]) => {
      const sorted = values.sort((a, b) => a - b);
      return [name, Number(sorted[Math.floor(sorted.length / 2)].toFixed(1))];
    }),
  );
}
