// docs/emulator.md "Serving it elsewhere": the emulator as a Cloudflare Worker module. Node stands in
// for workerd here: the example calls the module's `fetch` in-process with the requests workerd
// would pass it (origin http://127.0.0.1:8787, no port opened), our client's fetch included.
// test/runtimes/workerd.test.ts runs the emulator in workerd itself.
// Run it with `npm run build && node examples/emulator-worker.mjs`.

// #region docs
import { createEmulator } from 'kakao-oauth/emulator/web';

let emulator;
export default {
  fetch(request) {
    const { origin } = new URL(request.url);
    emulator ??= createEmulator({ autoLogin: true, authUrl: origin, apiUrl: origin });
    return emulator.fetch(request);
  },
};
// #endregion docs

const origin = 'http://127.0.0.1:8787'; // where wrangler dev would serve it

import { createKakaoClient, getDiscovery, getUser } from 'kakao-oauth';
import { DEFAULT_REDIRECT_URI, DEFAULT_REST_API_KEY } from 'kakao-oauth/emulator/web';
import worker from './emulator-worker.mjs'; // this module, as workerd loads it
import { signIn } from './support/sign-in.mjs';

const kakao = createKakaoClient({
  restApiKey: DEFAULT_REST_API_KEY,
  redirectUri: DEFAULT_REDIRECT_URI,
  authUrl: origin,
  apiUrl: origin,
  fetch: (input, init) => worker.fetch(new Request(input, init)),
});
console.log('issuer:', (await getDiscovery(kakao)).issuer); // the first request creates the emulator
const tokens = await signIn(emulator, kakao);
console.log('signed in as test user', (await getUser(kakao, { accessToken: tokens.accessToken })).id);
