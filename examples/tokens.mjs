// docs/tokens.md: the token manager over a Redis store. The KAKAO_* variables point at an emulator
// on loopback with auto-login, REDIS_URL at a redis-server this example starts and stops, and the
// sign-in's authorization code comes from the emulator. Run it with
// `npm run build && node examples/tokens.mjs` (needs /usr/bin/redis-server).
import { buildAuthorizationUrl } from 'kakao-oauth';
import { startEmulator } from 'kakao-oauth/emulator';
import { startRedisServer } from './support/redis.mjs';
import { clientFor, setEnvFor } from './support/sign-in.mjs';

const emulator = await startEmulator({ autoLogin: true });
setEnvFor(emulator);
const redisServer = await startRedisServer();
const authorize = await fetch(buildAuthorizationUrl(clientFor(emulator)), { redirect: 'manual' });
const code = new URL(authorize.headers.get('location')).searchParams.get('code');
const userId = '1376016924426111111'; // your app's key for the user: here their Kakao id
const endSession = (key) => console.log('session ended for', key);
const redirectToLogin = () => console.log('not signed in: redirect to the login');

// #region docs
import { createKakaoClient, exchangeCode, getUser } from 'kakao-oauth';
import { createTokenManager, KakaoSignInRequiredError } from 'kakao-oauth/tokens';
import { createRedisStore } from 'kakao-oauth/tokens/redis';
import { createClient } from 'redis';

const kakao = createKakaoClient({
  restApiKey: process.env.KAKAO_REST_API_KEY,
  redirectUri: process.env.KAKAO_REDIRECT_URI,
  authUrl: process.env.KAKAO_AUTH_URL, // unset: Kakao's own servers
  apiUrl: process.env.KAKAO_API_URL,
});
const redis = await createClient({ url: process.env.REDIS_URL }).connect();
const tokens = createTokenManager({
  kakao,
  store: createRedisStore({ client: redis }),
  onEnded: ({ key }) => endSession(key), // Kakao refused the refresh token, or the user unlinked
});

// after sign-in
await tokens.save(userId, await exchangeCode(kakao, { code }));

// anywhere, any number of times, in any process
try {
  const me = await tokens.call(userId, (accessToken) => getUser(kakao, { accessToken }), {
    idempotent: true,
  });
  console.log('Kakao user', me.id);
} catch (error) {
  if (error instanceof KakaoSignInRequiredError) redirectToLogin();
}
// #endregion docs

console.log('stored in Redis under', (await redis.keys('*')).join(', '));
await tokens.remove(userId); // sign-out: the next call asks for a sign-in
try {
  await tokens.call(userId, (accessToken) => getUser(kakao, { accessToken }), { idempotent: true });
} catch (error) {
  if (error instanceof KakaoSignInRequiredError) redirectToLogin();
  else throw error;
}
await redis.quit();
await redisServer.stop();
await emulator.close();
