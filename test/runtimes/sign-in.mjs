// Our client's whole sign-in against an emulator over real HTTP, with nothing but web-standard
// APIs, so that Node, Bun, Deno and a Cloudflare Worker (workerd) run the same file:
// authorize (auto-login) → code → exchange with PKCE and id_token verification (nonce) → user →
// refresh → logout → the logged-out token is refused. Loads the built client (dist/).
import {
  buildAuthorizationUrl,
  createKakaoClient,
  exchangeCode,
  generateNonce,
  generatePkce,
  generateState,
  getUser,
  KakaoApiError,
  logout,
  parseCallback,
  refreshTokens,
} from '../../dist/index.js';

/** What the caller asserts: every step's observable result, as plain JSON. */
export async function signIn({ authUrl, apiUrl, restApiKey, redirectUri }) {
  const kakao = createKakaoClient({ restApiKey, redirectUri, authUrl, apiUrl, retry: false });
  const state = generateState();
  const nonce = generateNonce();
  const pkce = await generatePkce();
  const url = buildAuthorizationUrl(kakao, {
    scope: ['openid', 'profile_nickname'],
    state,
    nonce,
    codeChallenge: pkce.codeChallenge,
  });
  const redirect = await fetch(url, { redirect: 'manual' });
  const { code } = parseCallback(redirect.headers.get('location') ?? '', { expectedState: state });
  const tokens = await exchangeCode(kakao, { code, codeVerifier: pkce.codeVerifier }, { nonce });
  const user = await getUser(kakao, { accessToken: tokens.accessToken });
  const refreshed = await refreshTokens(kakao, tokens);
  const loggedOut = await logout(kakao, { accessToken: refreshed.accessToken });
  return {
    authorizeStatus: redirect.status,
    idTokenSub: tokens.idTokenClaims?.sub,
    idTokenNonceMatches: tokens.idTokenClaims?.nonce === nonce,
    idTokenIssuer: tokens.idTokenClaims?.iss,
    userId: String(user.id),
    nickname: user.kakao_account?.profile?.nickname,
    refreshedIdToken: typeof refreshed.idToken === 'string',
    accessTokenRotated: refreshed.accessToken !== tokens.accessToken,
    loggedOutId: String(loggedOut.id),
    afterLogout: await refusal(() => getUser(kakao, { accessToken: refreshed.accessToken })),
  };
}

async function refusal(call) {
  try {
    await call();
    return 'accepted';
  } catch (error) {
    return error instanceof KakaoApiError ? error.apiCode : String(error);
  }
}
