// docs/tokens.md "The store interface": a TokenStore of your own — here over two Maps, standing in
// for your database's rows — given to the token manager, against the in-process emulator.
// Run it with `npm run build && node examples/tokens-custom-store.mjs`.
import { getUser } from 'kakao-oauth';
// #region docs
import { createTokenManager, newVersion } from 'kakao-oauth/tokens';
import { emulatorClient, signIn } from './support/sign-in.mjs';

const entries = new Map(); // key → { version, value }    (a row per key in your database)
const locks = new Map(); // key → { token, expiresAt }

/** @type {import('kakao-oauth/tokens').TokenStore} */
const store = {
  get: (key) => entries.get(key), // { version, value } or undefined; may answer synchronously
  async set(key, value, expectedVersion) {
    // atomic compare-and-set: write only over `expectedVersion` (null: no entry); a new version each time
    if ((entries.get(key)?.version ?? null) !== expectedVersion) return undefined;
    const version = newVersion(); // random: never handed out twice, not even after a delete
    entries.set(key, { version, value });
    return version;
  },
  async delete(key, expectedVersion) {
    if (entries.get(key)?.version !== expectedVersion) return false;
    return entries.delete(key);
  },
  async lock(key, ttlMs) {
    // exclusive, and expires by itself after ttlMs
    const held = locks.get(key);
    if (held && held.expiresAt > Date.now()) return undefined;
    const token = newVersion();
    locks.set(key, { token, expiresAt: Date.now() + ttlMs });
    return token;
  },
  async unlock(key, lockToken) {
    if (locks.get(key)?.token === lockToken) locks.delete(key); // only for the holder
  },
};
// #endregion docs

const { emulator, kakao } = emulatorClient();
const tokens = createTokenManager({ kakao, store });
await tokens.save('user-1', await signIn(emulator, kakao));
const calls = Array.from({ length: 20 }, () =>
  tokens.call('user-1', (accessToken) => getUser(kakao, { accessToken }), { idempotent: true }),
);
const ids = new Set((await Promise.all(calls)).map((me) => me.id));
console.log('20 calls through the custom store answered for', [...ids].join(', '));
