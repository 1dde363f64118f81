// docs/oidc.md "Serverless cold starts": keep the JWKS in a key-value store between instances.
// `kv` here is a Map; in a Worker it would be a KV namespace.
// Run it with `npm run build && node examples/jwks-cache.mjs`.
import { verifyIdToken } from 'kakao-oauth';
import { emulatorClient, signIn } from './support/sign-in.mjs';

const { emulator, kakao } = emulatorClient();
const store = new Map();
const kv = { get: async (key) => store.get(key), put: async (key, value) => void store.set(key, value) };
const { idToken } = await signIn(emulator, kakao, ['openid']);

// #region docs
import { configureJwksCache, exportJwksCache, importJwksCache } from 'kakao-oauth';

configureJwksCache(kakao, { ttlMs: 6 * 3600_000, cooldownMs: 60_000 });
const saved = await kv.get('kakao-jwks');
if (saved) importJwksCache(kakao, JSON.parse(saved));
// #endregion docs
await verifyIdToken(kakao, idToken, { nonce: false });
// #region docs
// … after verifying …
await kv.put('kakao-jwks', JSON.stringify(exportJwksCache(kakao)));
// #endregion docs

console.log('cached keys:', JSON.parse(await kv.get('kakao-jwks')).keys.length);
