// Contender 2: Better Auth's Kakao provider on Hono (@hono/node-server), database-less (its memory
// adapter). Its Kakao URLs are hard-coded, so this process routes https://kauth.kakao.com and
// https://kapi.kakao.com to the emulator by wrapping the global fetch (the only change).
//
//   EMULATOR_URL=… node bench/web/better-auth-server.mjs
import { serve } from '@hono/node-server';
import { betterAuth } from 'better-auth';
import { memoryAdapter } from 'better-auth/adapters/memory';
import { Hono } from 'hono';
import { DEFAULT_APP } from 'kakao-oauth/emulator';

const emulatorUrl = process.env.EMULATOR_URL;
const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const routed = url.replace(/^https:\/\/k(auth|api)\.kakao\.com/, emulatorUrl);
  return realFetch(
    routed === url ? input : input instanceof Request ? new Request(routed, input) : routed,
    init,
  );
};

const server = serve({ fetch: (request) => app.fetch(request), port: 0, hostname: '127.0.0.1' }, (info) => {
  start(`http://127.0.0.1:${info.port}`);
});
let auth;
const app = new Hono();
app.on(['GET', 'POST'], '/api/auth/*', (c) => auth.handler(c.req.raw));

function start(baseURL) {
  auth = betterAuth({
    baseURL,
    secret: 'bench-secret-bench-secret-bench-secret-01',
    database: memoryAdapter({ user: [], session: [], account: [], verification: [] }),
    socialProviders: { kakao: { clientId: DEFAULT_APP.restApiKey, clientSecret: 'unused' } },
    telemetry: { enabled: false },
    logger: { disabled: true },
  });
  console.log(`LISTENING ${baseURL}`);
}
void server;
