// The package's public entries, read from package.json `exports`: one list for the build, the
// reference docs and the tests, so a new entry is declared in one place (package.json).
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** `[specifier, source file]` for every public entry, e.g. `['kakao-oauth/web', 'src/web/index.ts']`. */
export const PUBLIC_ENTRIES = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object')
  .map(([subpath, target]) => [
    `${pkg.name}${subpath.slice(1)}`,
    target.default.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts'),
  ]);
