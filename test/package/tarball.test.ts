// Checks the package, not the source: packs the tarball, installs it into an empty folder and imports
// every entry of the `exports` map there, the way a user's project would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  exports: Record<string, unknown>;
  bin: Record<string, string>;
  devDependencies: Record<string, string>;
};
/**
 * Optional peers that framework integrations import at run time: the consumer installs them, as a
 * user of that integration does (versions from our devDependencies).
 */
const RUNTIME_PEERS = ['better-auth', '@better-auth/core', '@auth/core', 'passport-strategy'];
const codeEntries = Object.keys(manifest.exports).filter((key) => !key.endsWith('.json'));
let dir: string;

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kakao-oauth-pack-'));
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], root)) as {
    filename: string;
  }[];
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  const peers = RUNTIME_PEERS.map((name) => `${name}@${manifest.devDependencies[name]}`);
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', join(dir, packed[0]!.filename), ...peers],
    dir,
  );
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it.each(codeEntries)('imports the %s entry with named exports', (entry) => {
    const specifier = entry === '.' ? manifest.name : `${manifest.name}${entry.slice(1)}`;
    const script = `const m = await import(${JSON.stringify(specifier)}); console.log(JSON.stringify(Object.keys(m)));`;
    const names = JSON.parse(run(process.execPath, ['--input-type=module', '-e', script], dir)) as string[];
    expect(names.length).toBeGreaterThan(0);
  });

  it('ships no test, source or bench files', () => {
    const listing = JSON.parse(run('npm', ['pack', '--dry-run', '--json'], root)) as {
      files: { path: string }[];
    }[];
    const paths = listing[0]!.files.map((file) => file.path);
    expect(paths.filter((path) => /^(test|bench|src|scripts)\//.test(path))).toEqual([]);
    expect(paths).toContain('dist/index.js');
  });

  it('ships type declarations with the @internal members stripped', () => {
    const shipped = join(dir, 'node_modules', manifest.name, 'dist');
    const declarations = readdirSync(shipped, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.d.ts'),
    );
    expect(declarations).toContain('index.d.ts');
    const tagged = declarations.filter((file) =>
      readFileSync(join(shipped, file), 'utf8').includes('@internal'),
    );
    expect(tagged).toEqual([]);
  });

  it('installs the kakao-oauth command', () => {
    const bin = join(dir, 'node_modules', '.bin', Object.keys(manifest.bin)[0]!);
    expect(() => run(bin, ['--help'], dir)).not.toThrow();
  });
});
