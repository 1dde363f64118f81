// Per-request cost of reading a session: our `auth.getSession(request)` (cookie mode, memory
// store: parse the Cookie header, open the JWE, check expiry and the ended-session marks) against
// the bare minimum — find the cookie in the header and jose `compactDecrypt` it with a ready key,
// then JSON.parse. Same cookie, same process, alternating rounds.
import { compactDecrypt } from 'jose';
import { createKakaoClient } from 'kakao-oauth';
import { DEFAULT_APP } from 'kakao-oauth/emulator';
import { createKakaoAuth } from 'kakao-oauth/web';

/** The redirect URI of the in-process app that signs in once to get a session cookie. */
export const GET_SESSION_REDIRECT_URI = 'http://127.0.0.1:1/auth/kakao/callback';

/** Signs in once and returns the ops/s of both readers, median of `rounds`. */
export async function measureGetSession({ emulatorUrl, rounds = 7, iterations = 20_000 }) {
  const auth = createKakaoAuth({
    kakao: createKakaoClient({
      restApiKey: DEFAULT_APP.restApiKey,
      authUrl: emulatorUrl,
      apiUrl: emulatorUrl,
    }),
    secrets: ['bench-secret-bench-secret-bench-secret-01'],
    baseUrl: 'http://127.0.0.1:1',
    redirectUri: GET_SESSION_REDIRECT_URI,
  });
  const cookie = await sessionCookie(auth);
  const key = await sessionKey();
  const request = new Request('http://127.0.0.1:1/me', {
    headers: { cookie: `theme=dark; ${cookie}; lang=ko` },
  });
  const ours = async () => {
    if ((await auth.getSession(request)) === null) throw new Error('no session');
  };
  const bare = async () => {
    const value = readCookie(request.headers.get('cookie'), 'kakao_session');
    const { plaintext } = await compactDecrypt(value, key);
    if (typeof JSON.parse(new TextDecoder().decode(plaintext)).uid !== 'string')
      throw new Error('no session');
  };
  const results = { ours: [], bare: [] };
  for (let round = 0; round < rounds; round++) {
    for (const [name, fn] of round % 2 === 0
      ? [
          ['ours', ours],
          ['bare', bare],
        ]
      : [
          ['bare', bare],
          ['ours', ours],
        ]) {
      results[name].push(await opsPerSecond(fn, iterations));
    }
  }
  return { ours: median(results.ours), bare: median(results.bare), rounds, iterations };
}

async function sessionCookie(auth) {
  const login = await auth.handler(new Request('http://127.0.0.1:1/auth/kakao/login'));
  const tx = login.headers.getSetCookie()[0].split(';')[0];
  const authorize = await fetch(login.headers.get('location'), { redirect: 'manual' });
  const callback = await auth.handler(
    new Request(authorize.headers.get('location'), { headers: { cookie: tx } }),
  );
  return callback.headers
    .getSetCookie()
    .find((c) => c.startsWith('kakao_session='))
    .split(';')[0];
}

/** The same AES key the web layer derives for sessions (HKDF-SHA-256, info "session"). */
async function sessionKey() {
  const encoder = new TextEncoder();
  const material = await crypto.subtle.importKey(
    'raw',
    encoder.encode('bench-secret-bench-secret-bench-secret-01'),
    'HKDF',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: encoder.encode('kakao-oauth/web'),
      info: encoder.encode('session'),
    },
    material,
    256,
  );
  return crypto.subtle.importKey('raw', bits, 'AES-GCM', false, ['decrypt']);
}

function readCookie(header, name) {
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  throw new Error('cookie missing');
}

async function opsPerSecond(fn, iterations) {
  for (let i = 0; i < 500; i++) await fn();
  const started = performance.now();
  for (let i = 0; i < iterations; i++) await fn();
  return (iterations / (performance.now() - started)) * 1000;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
