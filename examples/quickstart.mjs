// The whole Kakao Login flow against the local emulator: authorize URL with PKCE, state and nonce,
// the redirect, the code exchange with id_token verification, the user, a refresh, and logout.
// Run it with `npm run build && node examples/quickstart.mjs`. Against real Kakao, drop the
// emulator and the two base URLs, and send the user's browser to `url` instead of fetching it.
// #region docs
import {
  buildAuthorizationUrl,
  createKakaoClient,
  exchangeCode,
  generateNonce,
  generatePkce,
  generateState,
  getUser,
  logout,
  parseCallback,
  refreshTokens,
} from 'kakao-oauth';
import { DEFAULT_REDIRECT_URI, DEFAULT_REST_API_KEY, startEmulator } from 'kakao-oauth/emulator';

const emulator = await startEmulator({ autoLogin: true }); // a signed-in test user who agrees to all
const kakao = createKakaoClient({
  restApiKey: DEFAULT_REST_API_KEY,
  redirectUri: DEFAULT_REDIRECT_URI,
  authUrl: emulator.authUrl, // the only change needed to use the emulator instead of Kakao
  apiUrl: emulator.apiUrl,
});

// 1. Send the user to Kakao; keep state, nonce and the PKCE verifier in their session.
const session = { state: generateState(), nonce: generateNonce(), pkce: await generatePkce() };
const url = buildAuthorizationUrl(kakao, {
  scope: ['openid', 'profile_nickname', 'account_email'],
  state: session.state,
  nonce: session.nonce,
  codeChallenge: session.pkce.codeChallenge,
});

// 2. Kakao redirects the browser back to your redirect URI (here we follow the 302 ourselves).
const redirect = await fetch(url, { redirect: 'manual' });
const { code } = parseCallback(redirect.headers.get('location'), { expectedState: session.state });

// 3. Trade the code; the id_token is verified (RS256 via the cached JWKS, iss, aud, exp, nonce).
const tokens = await exchangeCode(
  kakao,
  { code, codeVerifier: session.pkce.codeVerifier },
  { nonce: session.nonce },
);
const user = await getUser(kakao, { accessToken: tokens.accessToken });
console.log('signed in:', user.id, user.kakao_account?.profile?.nickname, tokens.idTokenClaims?.email);

// 4. Later: refresh (the refresh token is kept when Kakao sends none), then log out.
const refreshed = await refreshTokens(kakao, tokens);
console.log('refreshed; same refresh token kept:', refreshed.refreshToken === tokens.refreshToken);
await logout(kakao, { accessToken: refreshed.accessToken });
await emulator.close();
// #endregion docs
