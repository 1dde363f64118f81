// One command: `npm run build && node examples/next/main.mjs`. Starts the emulator (interactive
// pages, this app's callback and unlink webhook registered), builds the Next.js app when needed
// (`next build`, skipped when examples/next/.next is newer than its sources), serves it with `next start`, the
// emulator's URLs in the KAKAO_* variables. Against real Kakao, skip this file: set the KAKAO_*
// variables and SESSION_SECRET and run `npx next build examples/next && npx next start examples/next`.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_APP, startEmulator } from 'kakao-oauth/emulator';

const dir = dirname(fileURLToPath(import.meta.url));
const nextBin = join(dir, '../../node_modules/next/dist/bin/next');
const port = Number(process.env.PORT ?? 3000) || (await freePort());
const appUrl = `http://127.0.0.1:${port}`;

const emulator = await startEmulator({
  config: {
    apps: [
      {
        ...DEFAULT_APP,
        redirectUris: [`${appUrl}/auth/kakao/callback`],
        unlinkCallbackUrl: `${appUrl}/auth/kakao/unlink-webhook`,
      },
    ],
  },
});
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  KAKAO_REST_API_KEY: DEFAULT_APP.restApiKey,
  KAKAO_ADMIN_KEY: DEFAULT_APP.adminKey,
  KAKAO_REDIRECT_URI: `${appUrl}/auth/kakao/callback`,
  KAKAO_AUTH_URL: emulator.authUrl,
  KAKAO_API_URL: emulator.apiUrl,
  SESSION_SECRET: randomBytes(32).toString('base64url'),
};
if (needsBuild()) {
  const build = spawnSync(process.execPath, [nextBin, 'build', dir], { env, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawn(process.execPath, [nextBin, 'start', dir, '-p', String(port), '-H', '127.0.0.1'], {
  env,
  stdio: ['ignore', 'pipe', 'inherit'],
});
server.stdout.on('data', (chunk) => {
  process.stderr.write(chunk);
  if (String(chunk).includes('Ready')) console.log(`app: ${appUrl}\nemulator: ${emulator.authUrl}`);
});
server.once('exit', (code) => {
  void emulator.close();
  process.exitCode = code ?? 0;
});
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => server.kill('SIGTERM'));

/** No build yet, or one older than the app's sources or the package's dist/ (bundled into it). */
function needsBuild() {
  const buildId = join(dir, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const inputs = [
    'app/page.jsx',
    'app/email/page.jsx',
    'lib/auth.js',
    '../../dist/web/index.js',
    '../../dist/web/next/index.js',
  ];
  return inputs.some((file) => statSync(join(dir, file)).mtimeMs > built);
}

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => resolve(free));
    });
  });
}
