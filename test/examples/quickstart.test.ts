// The README's complete example runs as written, from the built package (self-referenced by name).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

it('examples/quickstart.mjs logs in, reads the user, refreshes and logs out against the emulator', () => {
  const root = resolve(import.meta.dirname, '../..');
  const output = execFileSync(process.execPath, ['examples/quickstart.mjs'], { cwd: root, encoding: 'utf8' });
  expect(output).toContain('signed in: 1376016924426111111 민준 minjun.kim@example.com');
  expect(output).toContain('same refresh token kept: true');
});
