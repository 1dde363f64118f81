// The README's "Testing your own app against the emulator": an in-memory emulator injected as the
// client's fetch (no port, no socket), and a sign-in driven the way a test would.
// Run it with `npm run build && node examples/testing-your-app.mjs`.
// #region docs
import {
  buildAuthorizationUrl,
  createKakaoClient,
  exchangeCode,
  generateState,
  getUser,
  parseCallback,
} from 'kakao-oauth';
import { createEmulator, DEFAULT_REDIRECT_URI, DEFAULT_REST_API_KEY } from 'kakao-oauth/emulator';

const emulator = createEmulator({ autoLogin: true }); // in memory; autoLogin agrees as the first test user
const kakao = createKakaoClient({
  restApiKey: DEFAULT_REST_API_KEY, // the emulator's default app
  redirectUri: DEFAULT_REDIRECT_URI, // registered for that app
  authUrl: emulator.authUrl,
  apiUrl: emulator.apiUrl,
  fetch: (input, init) => emulator.fetch(new Request(input, init)), // in-process, no socket
});

// The browser step of your sign-in: the emulator answers the authorize URL with the redirect back.
const state = generateState();
const authorize = await emulator.fetch(new Request(buildAuthorizationUrl(kakao, { state })));
const { code } = parseCallback(authorize.headers.get('location'), { expectedState: state });
const tokens = await exchangeCode(kakao, { code });
const user = await getUser(kakao, { accessToken: tokens.accessToken });
console.log('signed in as test user', user.id);
// #endregion docs
