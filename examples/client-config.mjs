// docs/client.md "Configuration": a client from the KAKAO_* variables, then one user call. Here the
// variables point at a local emulator (as `kakao-oauth emulator` prints them); unset base URLs mean
// Kakao's servers. Run it with `npm run build && node examples/client-config.mjs`.
import { startEmulator } from 'kakao-oauth/emulator';
import { clientFor, setEnvFor, signIn } from './support/sign-in.mjs';

const server = await startEmulator({ autoLogin: true });
setEnvFor(server);
const { accessToken } = await signIn(server.emulator, clientFor(server));

// #region docs
import { createKakaoClient, getUser } from 'kakao-oauth';

const kakao = createKakaoClient({
  restApiKey: process.env.KAKAO_REST_API_KEY,
  clientSecret: process.env.KAKAO_CLIENT_SECRET, // sent only when set
  redirectUri: process.env.KAKAO_REDIRECT_URI, // e.g. https://app.example.com/auth/kakao/callback
  adminKey: process.env.KAKAO_ADMIN_KEY, // server side only, for admin calls
  authUrl: process.env.KAKAO_AUTH_URL, // unset: https://kauth.kakao.com
  apiUrl: process.env.KAKAO_API_URL, // unset: https://kapi.kakao.com
});
const me = await getUser(kakao, { accessToken });
// #endregion docs

console.log('user', me.id);
await server.close();
