// docs/migrate-authjs.md "Refresh, sign-out, unlink and the unlink webhook": kakaoAuthJs in
// @auth/core (what NextAuth v5 runs) against an emulator on loopback whose unlink notifications
// reach the app's webhook handler. Signs in, calls kapi for the signed-in user, signs out (the
// Kakao token then answers -401), signs in again, and the user disconnects the app at Kakao: the
// webhook ends the Auth.js session. Run it with `npm run build && node examples/migrate-authjs-tokens.mjs`.
import { DEFAULT_APP } from 'kakao-oauth/emulator';
import { emulatorForAuthjs, signInThroughAuthjs } from './support/authjs.mjs';

let webhook;
const emulator = await emulatorForAuthjs({ webhook: (request) => webhook(request) });
process.env.AUTH_KAKAO_ID = DEFAULT_APP.restApiKey;
process.env.KAKAO_ADMIN_KEY = DEFAULT_APP.adminKey;
process.env.KAKAO_AUTH_URL = emulator.authUrl;
process.env.KAKAO_API_URL = emulator.apiUrl;

// #region config
import { createKakaoClient } from 'kakao-oauth';
import { kakaoAuthJs } from 'kakao-oauth/authjs';
import { createTokenManager } from 'kakao-oauth/tokens';

const client = createKakaoClient({
  restApiKey: process.env.AUTH_KAKAO_ID,
  clientSecret: process.env.AUTH_KAKAO_SECRET, // only when Client Secret is on in the console
  adminKey: process.env.KAKAO_ADMIN_KEY, // checks Kakao's unlink notification
  authUrl: process.env.KAKAO_AUTH_URL, // unset: Kakao's own servers
  apiUrl: process.env.KAKAO_API_URL,
});
export const kakao = kakaoAuthJs({
  client,
  tokens: createTokenManager({ kakao: client }), // over the Redis or file store when you run several
  onUnlinked: ({ userId }) => console.log('unlinked at Kakao:', userId), // remove your own rows here
});

// auth.js — with NextAuth v5: export const { handlers, auth, signIn, signOut } = NextAuth(config)
export const config = {
  providers: kakao.providers,
  callbacks: kakao.callbacks, // session.kakaoId; the session ends when the user's Kakao tokens do
  events: kakao.events, // sign-in saves Kakao's tokens; sign-out logs them out at Kakao
};

// app/api/kakao/unlink/route.js — the unlink callback URL registered in Kakao's console
export const POST = kakao.unlinkWebhook;
// #endregion config
webhook = POST;

const first = await signInThroughAuthjs(config);
if (first.errors.length > 0) throw first.errors[0];
const session = first.session;
console.log('signed in: session.kakaoId', session.kakaoId);

// #region use
import { getUser, KakaoApiError } from 'kakao-oauth';
import { KakaoSignInRequiredError } from 'kakao-oauth/tokens';

// in a route handler or server action: const session = await auth();
try {
  const readMe = (accessToken) => getUser(client, { accessToken });
  const me = await kakao.call(session, readMe, { idempotent: true });
  console.log('kapi as the signed-in user:', me.id);
} catch (error) {
  // the refresh token was refused (KOE322), the user unlinked…: the session has ended too
  if (error instanceof KakaoSignInRequiredError) console.log('sign in again:', error.reason);
  else if (error instanceof KakaoApiError) console.log('Kakao said', error.apiCode, error.message);
  else throw error;
}
// #endregion use

const accessToken = await kakao.getAccessToken(session);
await first.signOut();
const after = await getUser(client, { accessToken }).catch((error) => error);
if (after.apiCode !== -401) throw new Error(`the access token still works after sign-out: ${after}`);
console.log('signed out: the Kakao access token now answers', after.apiCode);

const second = await signInThroughAuthjs(config);
await emulator.emulator.fetch(
  new Request(`${emulator.authUrl}/__emulator/users/disconnect`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: second.session.kakaoId }),
  }),
);
let ended = await second.readSession();
for (let i = 0; i < 100 && ended !== null; i++) {
  await new Promise((resolve) => setTimeout(resolve, 20));
  ended = await second.readSession();
}
if (ended !== null) throw new Error('the unlink webhook did not end the Auth.js session');
console.log('disconnected at Kakao: the Auth.js session is', ended);
await emulator.close();
