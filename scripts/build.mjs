// Builds dist/: tsc writes the type declarations (and checks the types), esbuild writes the code as
// a few bundled ESM files, so `import 'kakao-oauth'` loads one or two files instead of sixty.
// Dependencies stay external (imported from node_modules, never inlined).
//
//   node scripts/build.mjs        (npm run build)
import { spawnSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

/** Public entries (package.json `exports` and `bin`) plus modules that tests load from dist/. */
const ENTRIES = [
  'src/index.ts',
  'src/emulator/index.ts',
  'src/emulator/web.ts',
  'src/tokens/index.ts',
  'src/tokens/file/index.ts',
  'src/tokens/redis/index.ts',
  'src/web/index.ts',
  'src/web/express/index.ts',
  'src/web/hono/index.ts',
  'src/web/next/index.ts',
  'src/better-auth/index.ts',
  'src/authjs/index.ts',
  'src/passport/index.ts',
  'src/cli/main.ts',
  'src/cli/profile-store.ts',
];

rmSync('dist', { recursive: true, force: true });
const tsc = spawnSync(
  process.execPath,
  ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--emitDeclarationOnly'],
  {
    stdio: 'inherit',
  },
);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

await build({
  entryPoints: ENTRIES,
  outbase: 'src',
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
chmodSync('dist/cli/main.js', 0o755);
