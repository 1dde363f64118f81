// docs/emulator.md: the emulator in memory, injected as the client's fetch, its clock as the client's.
// Run it with `npm run build && node examples/emulator-in-process.mjs`.
// #region docs
import { createKakaoClient } from 'kakao-oauth';
import { createEmulator } from 'kakao-oauth/emulator';

const emulator = createEmulator({ autoLogin: true });
const kakao = createKakaoClient({
  restApiKey: '4f2c1d7e9a8b6c5d3e2f1a0b9c8d7e6f',
  authUrl: emulator.authUrl, // http://kauth.emulator.invalid
  apiUrl: emulator.apiUrl, // http://kapi.emulator.invalid
  fetch: (input, init) => emulator.fetch(new Request(input, init)),
  clock: () => emulator.state.clock.now(),
});

// #endregion docs

import { getDiscovery } from 'kakao-oauth';

console.log('issuer:', (await getDiscovery(kakao)).issuer);
