// docs/emulator.md "Serving it elsewhere": the emulator's web-standard core served by `Bun.serve` on
// 127.0.0.1, and our client signing in against it over HTTP. The documented part runs under Bun:
// started with Node (`npm run build && node examples/emulator-bun.mjs`, as the tests do), this file
// runs itself again with the bun binary of the `bun` devDependency and passes on what Bun printed.
// Deno is shown as a comment; test/runtimes/ serves the emulator under Deno and workerd too.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createKakaoClient, getUser } from 'kakao-oauth';
import { DEFAULT_REDIRECT_URI, DEFAULT_REST_API_KEY } from 'kakao-oauth/emulator/web';
import { signIn } from './support/sign-in.mjs';

if (globalThis.Bun === undefined) {
  const bun = fileURLToPath(new URL('../node_modules/.bin/bun', import.meta.url));
  const run = spawnSync(bun, [fileURLToPath(import.meta.url)], { encoding: 'utf8', timeout: 50_000 });
  if (run.error) throw new Error(`could not run Bun (${bun}): ${run.error.message}; run npm ci`);
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  process.exit(run.status ?? 1);
}

// #region docs
import { createEmulator, setBaseUrls } from 'kakao-oauth/emulator/web';

const emulator = createEmulator({ autoLogin: true });
const server = Bun.serve({ hostname: '127.0.0.1', port: 0, fetch: (request) => emulator.fetch(request) });
setBaseUrls(emulator, `http://127.0.0.1:${server.port}`, `http://127.0.0.1:${server.port}`);
// Deno: const server = Deno.serve({ hostname: '127.0.0.1', port: 0 }, (r) => emulator.fetch(r));
//       … `http://127.0.0.1:${server.addr.port}`
// #endregion docs

const url = `http://127.0.0.1:${server.port}`;
const kakao = createKakaoClient({
  restApiKey: DEFAULT_REST_API_KEY,
  redirectUri: DEFAULT_REDIRECT_URI,
  authUrl: url,
  apiUrl: url,
});
const tokens = await signIn(emulator, kakao);
const user = await getUser(kakao, { accessToken: tokens.accessToken });
console.log(`under Bun ${Bun.version}: signed in over HTTP as test user ${user.id}`);
await server.stop(true);
