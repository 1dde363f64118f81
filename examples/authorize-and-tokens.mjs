// docs/client.md "Authorization" and "Tokens": the authorize URL with every option, the callback,
// the code exchange and a refresh, against an in-memory emulator.
// Run it with `npm run build && node examples/authorize-and-tokens.mjs`.
import { browserRedirect, emulatorClient } from './support/sign-in.mjs';

const { emulator, kakao } = emulatorClient();

// #region authorize
import {
  buildAuthorizationUrl,
  generateNonce,
  generatePkce,
  generateState,
  parseCallback,
} from 'kakao-oauth';

const state = generateState(); // 256 random bits, base64url (Web Crypto)
const nonce = generateNonce();
const pkce = await generatePkce(); // { codeVerifier, codeChallenge, codeChallengeMethod: 'S256' }
const url = buildAuthorizationUrl(kakao, {
  scope: ['openid', 'account_email'], // comma-joined on the wire
  prompt: ['login'], // login | none | create | select_account
  loginHint: 'user@example.com',
  state,
  nonce,
  codeChallenge: pkce.codeChallenge, // method S256 is added
  extra: { approval_type: 'individual' }, // anything else; may not repeat a named parameter
});
const session = { state, nonce, codeVerifier: pkce.codeVerifier };
// … redirect to url.href, keep the session …
// #endregion authorize

const request = { url: await browserRedirect(emulator, url) }; // the browser comes back

// #region authorize
const { code } = parseCallback(request.url, { expectedState: session.state });

// #endregion authorize

// #region tokens
import { exchangeCode, refreshTokens } from 'kakao-oauth';

let tokens = await exchangeCode(
  kakao,
  { code, codeVerifier: session.codeVerifier },
  { nonce: session.nonce },
);
tokens.accessToken;
tokens.accessTokenExpiresAt; // epoch ms, from kakao.clock()
tokens.refreshToken;
tokens.refreshTokenExpiresAt;
tokens.idToken;
tokens.scopes;
tokens.raw; // raw = Kakao's snake_case payload

tokens = await refreshTokens(kakao, tokens); // or refreshTokens(kakao, refreshTokenString)
// #endregion tokens

console.log('refreshed; scopes:', tokens.scopes.join(' '));
