// docs/migrate-better-auth.md "After": the kakao-oauth plugin in Better Auth, its token manager on a
// Redis store. The KAKAO_* variables point at an emulator on loopback with auto-login, REDIS_URL at
// a redis-server this example starts and stops; a headless browser signs in through
// `auth.handler`; the account keeps the exact Kakao id and the tokens are in Redis.
// Run it with `npm run build && node examples/migrate-better-auth.mjs` (needs /usr/bin/redis-server).

import { emulatorForBetterAuth, signInThroughBetterAuth } from './support/better-auth.mjs';
import { startRedisServer } from './support/redis.mjs';

const emulator = await emulatorForBetterAuth();
const redisServer = await startRedisServer();

// #region after
import { betterAuth } from 'better-auth';
import { createKakaoClient } from 'kakao-oauth';
import { kakao } from 'kakao-oauth/better-auth';
import { createTokenManager } from 'kakao-oauth/tokens';
import { createRedisStore } from 'kakao-oauth/tokens/redis';
import { createClient } from 'redis';

const client = createKakaoClient({
  restApiKey: process.env.KAKAO_REST_API_KEY,
  clientSecret: process.env.KAKAO_CLIENT_SECRET, // only when Client Secret is on in the console
  adminKey: process.env.KAKAO_ADMIN_KEY, // checks the unlink webhook; unlinks when the manager has no tokens
  audiences: [process.env.KAKAO_NATIVE_APP_KEY], // accept id_tokens from your native app
  authUrl: process.env.KAKAO_AUTH_URL, // unset: Kakao's own servers
  apiUrl: process.env.KAKAO_API_URL,
});
const redis = await createClient({ url: process.env.REDIS_URL }).connect();

export const auth = betterAuth({
  plugins: [
    kakao({
      client,
      // Several server processes: share one store, so that a refresh happens once for all of them.
      tokens: createTokenManager({ kakao: client, store: createRedisStore({ client: redis }) }),
      scope: ['account_email'], // a Biz-app consent item; see KOE205 below
    }),
  ],
});
// #endregion after

const { session, accounts } = await signInThroughBetterAuth(auth);
const { accountId } = accounts.find((account) => account.providerId === 'kakao');
console.log(
  `signed in as ${session.user.name} (${session.user.email}); Kakao account id stored: ${accountId}`,
);
if (accountId !== '1376016924426111111') throw new Error(`the id is not exact: ${accountId}`);
console.log('token sets in Redis:', (await redis.keys('*')).length);
await redis.quit();
await redisServer.stop();
await emulator.close();
