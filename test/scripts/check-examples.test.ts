// scripts/check-examples.mjs (run by `npm run typecheck`) on a tiny package: it passes a declared
// example, and names file:line and the compiler's message for a broken or an unfenced one.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
// Inside the repository, so that the fixture finds typescript's libs and @types/node like src/ does.
const fixture = join(root, 'node_modules', '.cache', 'check-examples-fixture');

function check(source: string): { status: number | null; output: string } {
  rmSync(fixture, { recursive: true, force: true });
  mkdirSync(join(fixture, 'src', 'emulator'), { recursive: true });
  cpSync(join(root, 'tsconfig.base.json'), join(fixture, 'tsconfig.base.json'));
  writeFileSync(join(fixture, 'src', 'emulator', 'index.ts'), 'export const EMULATED = true;\n');
  writeFileSync(join(fixture, 'src', 'index.ts'), source);
  const run = spawnSync(process.execPath, ['scripts/check-examples.mjs', '--root', fixture], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const documented = (example: string[]): string =>
  [
    '/**',
    ' * Doubles.',
    ' *',
    ' * @example',
    ' * ```ts',
    ...example.map((line) => ` * ${line}`),
    ' * ```',
    ' */',
  ]
    .concat('export function double(n: number): number {', '  return n * 2;', '}', '')
    .join('\n');

afterAll(() => rmSync(fixture, { recursive: true, force: true }));

// Each run builds one TypeScript program (the DOM and Node libs): seconds, more on a loaded machine.
const SLOW = { timeout: 120_000 };

describe('check-examples', () => {
  it('passes an example that declares what it uses and imports the entries', SLOW, () => {
    const result = check(
      documented(['declare const n: number;', 'double(n) satisfies number;', 'EMULATED;']),
    );
    expect(result.output).toContain('1 @example blocks, 0 failing');
    expect(result.status).toBe(0);
  });

  it('fails on an undeclared name, with the file, the line and the message', SLOW, () => {
    const result = check(documented(['double(n);']));
    expect(result.output).toContain("src/index.ts:6 (@example at line 6): TS2304 Cannot find name 'n'.");
    expect(result.status).toBe(1);
  });

  it('fails on an @example without a ts block', SLOW, () => {
    const result = check(
      '/**\n * Doubles.\n *\n * @example double(2)\n */\nexport const double = (n: number) => n * 2;\n',
    );
    expect(result.output).toContain('src/index.ts:4: @example without a ```ts block');
    expect(result.status).toBe(1);
  });
});
