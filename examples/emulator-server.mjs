// docs/emulator.md: the emulator on loopback sockets, for any client in any language.
// Run it with `npm run build && node examples/emulator-server.mjs`.
// #region docs
import { startEmulator } from 'kakao-oauth/emulator';

const kakao = await startEmulator({ autoLogin: true }); // ephemeral port on 127.0.0.1
// KAKAO_AUTH_URL = kakao.authUrl, KAKAO_API_URL = kakao.apiUrl, KAKAO_REST_API_KEY = kakao.app.restApiKey
// #endregion docs
const discovery = await fetch(`${kakao.authUrl}/.well-known/openid-configuration`).then((r) => r.json());
console.log('issuer:', discovery.issuer);
// #region docs
await kakao.close();
// #endregion docs
