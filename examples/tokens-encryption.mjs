// docs/tokens.md "Encryption at rest": the token manager sealing each stored set as a JWE, with a
// key rotation in progress (a set sealed with the previous key still opens). In-process emulator,
// memory store. Run it with `npm run build && node examples/tokens-encryption.mjs`.
import { getUser } from 'kakao-oauth';
import { createMemoryStore, createTokenManager } from 'kakao-oauth/tokens';
import { emulatorClient, signIn } from './support/sign-in.mjs';

const { emulator, kakao } = emulatorClient();
const store = createMemoryStore();
const currentKey = crypto.getRandomValues(new Uint8Array(32));
const previousKey = crypto.getRandomValues(new Uint8Array(32));

// Written before the rotation: sealed with the previous key.
const before = createTokenManager({
  kakao,
  store,
  encryption: { keys: [{ id: '2026-05', secret: previousKey }] },
});
await before.save('user-1', await signIn(emulator, kakao));

// #region docs
const tokens = createTokenManager({
  kakao,
  store,
  encryption: {
    keys: [
      { id: '2026-11', secret: currentKey },
      { id: '2026-05', secret: previousKey },
    ],
  },
});
// #endregion docs

const stored = await store.get('user-1');
console.log(
  'stored value (a compact JWE):',
  `${stored.value.slice(0, 24)}…`,
  stored.value.split('.').length,
  'parts',
);
const me = await tokens.call('user-1', (accessToken) => getUser(kakao, { accessToken }), {
  idempotent: true,
});
console.log('opened with the previous key; Kakao user', me.id);
