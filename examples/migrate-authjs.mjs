// docs/migrate-authjs.md "After": kakao-oauth/authjs's Kakao provider in @auth/core, signed in
// through `Auth()` (what NextAuth v5, SvelteKitAuth and @auth/express call) against an emulator on
// loopback with OpenID Connect on. Run it with `npm run build && node examples/migrate-authjs.mjs`.
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
await emulator.close();
