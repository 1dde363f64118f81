// docs/client.md "Calling an endpoint this library does not wrap": one request through the same
// transport (timeout, retries, size cap, error mapping), here OIDC userinfo on an in-memory emulator.
// Run it with `npm run build && node examples/raw-request.mjs`.
import { emulatorClient, signIn } from './support/sign-in.mjs';

const { emulator, kakao } = emulatorClient();
const { accessToken } = await signIn(emulator, kakao, ['openid', 'profile_nickname']);

// #region docs
import { bearer, kakaoRequest } from 'kakao-oauth';

const body = await kakaoRequest(kakao, {
  server: 'api',
  method: 'GET',
  path: '/v1/oidc/userinfo',
  idempotent: true,
  authorization: bearer(accessToken),
  secrets: [accessToken],
});
// #endregion docs

console.log('userinfo sub:', body.sub);
