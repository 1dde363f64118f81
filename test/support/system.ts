// Tests that need a system package (Debian's chromium, tmux) use this: by hand without the package
// they skip with a loud reason; under CI=true a missing package is a failure, never a skip.
import { existsSync } from 'node:fs';

/** Whether a system binary is there; under CI a missing one throws so the suite fails. */
export function systemBinary(path: string, debianPackage: string): boolean {
  if (existsSync(path)) return true;
  const reason = `${path} is missing: install it with \`apt-get install -y ${debianPackage}\``;
  if (process.env.CI === 'true') throw new Error(`${reason} (CI must not skip this test).`);
  console.warn(`\n*** SKIPPING: ${reason}. ***\n`);
  return false;
}
