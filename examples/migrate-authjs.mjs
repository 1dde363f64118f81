// docs/migrate-authjs.md "After": kakao-oauth/authjs's Kakao provider in @auth/core, signed in
// through `Auth()` (what NextAuth v5, SvelteKitAuth and @auth/express call) against an emulator on
// loopback with OpenID Connect on; then a Kakao logout for the signed-in account through the token
// manager, keyed by the exact id. Run it with `npm run build && node examples/migrate-authjs.mjs`.
import { getUser } from 'kakao-oauth';
import { DEFAULT_APP } from 'kakao-oauth/emulator';
import { emulatorForAuthjs, signInThroughAuthjs } from './support/authjs.mjs';

const emulator = await emulatorForAuthjs();
process.env.AUTH_KAKAO_ID = DEFAULT_APP.restApiKey;
process.env.KAKAO_AUTH_URL = emulator.authUrl;
process.env.KAKAO_API_URL = emulator.apiUrl;

// #region after
import { createKakaoClient } from 'kakao-oauth';
import { Kakao } from 'kakao-oauth/authjs';

const client = createKakaoClient({
  restApiKey: process.env.AUTH_KAKAO_ID,
  clientSecret: process.env.AUTH_KAKAO_SECRET, // only when Client Secret is on in the console
  authUrl: process.env.KAKAO_AUTH_URL, // unset: Kakao's own servers
  apiUrl: process.env.KAKAO_API_URL,
});

export const config = {
  providers: [Kakao({ client, scope: ['account_email'] })],
};
// #endregion after

const { endedAt, session, accounts, errors } = await signInThroughAuthjs(config);
if (errors.length > 0) throw errors[0];
const account = accounts[0];
console.log(`signed in (${endedAt}): providerAccountId ${account.providerAccountId}, ${session.user.email}`);
const kakaoId = account.providerAccountId;

// #region tokens
import { logout } from 'kakao-oauth';
import { createTokenManager } from 'kakao-oauth/tokens';

const tokens = createTokenManager({ kakao: client }); // single-flight refresh
/** Auth.js's `account` (Kakao's token response; `expires_at` in seconds) as a KakaoTokenSet. */
const setFromAccount = (account) => ({
  tokenType: account.token_type,
  accessToken: account.access_token,
  accessTokenExpiresAt: account.expires_at * 1000,
  refreshToken: account.refresh_token,
  refreshTokenExpiresAt: Date.now() + account.refresh_token_expires_in * 1000,
  idToken: account.id_token,
  scopes: account.scope?.split(' ') ?? [],
  raw: account,
});
// in callbacks.signIn({ account }), keyed by the exact Kakao id:
await tokens.save(account.providerAccountId, setFromAccount(account));
// on sign-out:
await tokens.call(kakaoId, (accessToken) => logout(client, { accessToken }));
// #endregion tokens

const after = await getUser(client, { accessToken: account.access_token }).catch((error) => error);
if (after.apiCode !== -401) throw new Error(`the access token still works after the logout: ${after}`);
console.log('logged out at Kakao:', kakaoId, '(its access token now answers -401)');
await emulator.close();
