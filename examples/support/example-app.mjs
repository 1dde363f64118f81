// Shared by the examples (not shown in the docs): "your app" for the Playwright tutorial — the Hono
// example app (examples/hono) served on 127.0.0.1, configured from KAKAO_* settings once the test
// has started the emulator with the app's callback registered.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { createApp } from '../hono/app.mjs';
import { BASE_PATH, kakaoAuthFromEnv } from '../shared/kakao-env.mjs';

/** Starts the app on an ephemeral loopback port; it answers 503 until `configure(env)`. */
export async function startExampleApp() {
  let listener = (_req, res) => res.writeHead(503).end('not configured yet');
  const server = createServer((req, res) => listener(req, res));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    callbackUrl: `${url}${BASE_PATH}/callback`,
    /** Points the app at Kakao or the emulator: the KAKAO_* variables, as `kakao.env` holds them. */
    async configure(env) {
      const secret = randomBytes(32).toString('base64url');
      const { auth } = await kakaoAuthFromEnv(url, { ...env, SESSION_SECRET: secret });
      listener = getRequestListener(createApp(auth).fetch);
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
