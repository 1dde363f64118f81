// docs/oidc.md: sign-in with OpenID Connect — the id_token is verified inside exchangeCode.
// Run it with `npm run build && node examples/oidc-sign-in.mjs`.
import { browserRedirect, emulatorClient } from './support/sign-in.mjs';

const { emulator, kakao } = emulatorClient();

// #region docs
// `kakao` is your client: createKakaoClient({ restApiKey, redirectUri }), see docs/client.md.
import {
  buildAuthorizationUrl,
  exchangeCode,
  generateNonce,
  generatePkce,
  generateState,
  parseCallback,
} from 'kakao-oauth';

const state = generateState();
const nonce = generateNonce();
const pkce = await generatePkce();
const url = buildAuthorizationUrl(kakao, {
  scope: ['openid'],
  state,
  nonce,
  codeChallenge: pkce.codeChallenge,
});
// … the user logs in, Kakao redirects back …
// #endregion docs
const callbackUrl = await browserRedirect(emulator, url);
// #region docs
const { code } = parseCallback(callbackUrl, { expectedState: state });
const tokens = await exchangeCode(kakao, { code, codeVerifier: pkce.codeVerifier }, { nonce });
tokens.idTokenClaims?.sub; // verified: signature, iss, aud, exp/iat, nonce
// #endregion docs

console.log('id_token sub:', tokens.idTokenClaims?.sub);
