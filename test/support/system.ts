// Tests that need a system package (Debian's chromium, tmux, redis-server) use this. `npm test`
// installs them first (scripts/system-packages.mjs) or stops saying what to install, so a missing
// one here is a failure with that same advice, never a skip.
import { existsSync } from 'node:fs';

/** Throws (failing the test file) when a system binary the tests need is missing. */
export function requireSystemBinary(path: string, debianPackage: string): void {
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing: install it with \`apt-get install -y ${debianPackage}\` (npm test does that by itself when run as root).`,
    );
  }
}

/**
 * The same check for tests written as `describe.runIf(systemBinary(…))`: returns true, or throws
 * (there is no skip path: npm test installs the package first).
 */
export function systemBinary(path: string, debianPackage: string): true {
  requireSystemBinary(path, debianPackage);
  return true;
}
