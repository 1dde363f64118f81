// Contender 3, the bare baseline (the machine's limit for a correct sign-in): the least a correct
// sign-in must do, written straight on Hono (@hono/node-server) with no library around it — the
// same three routes and the same exchanges as ours: /login (random state, nonce and PKCE verifier,
// the S256 challenge, the attempt sealed in a cookie with jose), /callback (the attempt opened with
// jose and its expiry checked, state compared, the code traded over an undici Pool, the id_token's
// RS256 signature, iss, aud, exp and nonce checked with jose, the session sealed with jose), /me
// (the session opened with jose, its expiry checked). No replay mark, no token store, no error
// pages, no secret rotation: what is left is HTTP, JSON and the cryptography every sign-in needs.
//
//   EMULATOR_URL=… node bench/web/bare-server.mjs
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { CompactEncrypt, compactDecrypt, createLocalJWKSet, jwtVerify } from 'jose';
import { DEFAULT_APP } from 'kakao-oauth/emulator';
import { Pool } from 'undici';

const emulatorUrl = process.env.EMULATOR_URL;
const kauth = new Pool(emulatorUrl, { connections: 64 });
const discovery = await (await fetch(`${emulatorUrl}/.well-known/openid-configuration`)).json();
const jwks = createLocalJWKSet(await (await fetch(`${emulatorUrl}/.well-known/jwks.json`)).json());
const key = await crypto.subtle.importKey(
  'raw',
  crypto.getRandomValues(new Uint8Array(32)),
  'AES-GCM',
  false,
  ['encrypt', 'decrypt'],
);
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const random = () => Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
const seal = (value, maxAgeSec) =>
  new CompactEncrypt(encoder.encode(JSON.stringify({ ...value, exp: Date.now() + maxAgeSec * 1000 })))
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .encrypt(key);
/** The sealed value, or undefined when it has expired. */
const open = async (token) => {
  const value = JSON.parse(decoder.decode((await compactDecrypt(token, key)).plaintext));
  return value.exp > Date.now() ? value : undefined;
};
const cookie = (header, name) => header?.match(new RegExp(`(?:^|; )${name}=([^;]*)`))?.[1];

let origin;
const app = new Hono();
app.get('/login', async (c) => {
  const [state, nonce, verifier] = [random(), random(), random()];
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(verifier));
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: DEFAULT_APP.restApiKey,
    redirect_uri: `${origin}/callback`,
    scope: 'openid profile_nickname account_email profile_image',
    state,
    nonce,
    code_challenge: Buffer.from(digest).toString('base64url'),
    code_challenge_method: 'S256',
  });
  c.header(
    'set-cookie',
    `tx=${await seal({ state, nonce, verifier }, 600)}; Path=/; Max-Age=600; HttpOnly; SameSite=Lax`,
  );
  return c.redirect(`https://kauth.kakao.com/oauth/authorize?${query}`, 302);
});
app.get('/callback', async (c) => {
  const tx = await open(cookie(c.req.header('cookie'), 'tx'));
  if (tx === undefined || c.req.query('state') !== tx.state) return c.text('state mismatch', 400);
  const response = await kauth.request({
    path: '/oauth/token',
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: DEFAULT_APP.restApiKey,
      redirect_uri: `${origin}/callback`,
      code: c.req.query('code'),
      code_verifier: tx.verifier,
    }).toString(),
  });
  const tokens = JSON.parse(await response.body.text());
  if (response.statusCode !== 200) return c.text(`token endpoint: ${tokens.error}`, 502);
  const { payload } = await jwtVerify(tokens.id_token, jwks, {
    issuer: discovery.issuer,
    audience: DEFAULT_APP.restApiKey,
    algorithms: ['RS256'],
  });
  if (payload.nonce !== tx.nonce) return c.text('nonce mismatch', 400);
  const session = await seal({ uid: payload.sub, nn: payload.nickname }, 86_400);
  c.header('set-cookie', 'tx=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax');
  c.header('set-cookie', `session=${session}; Path=/; Max-Age=86400; HttpOnly; SameSite=Lax`, {
    append: true,
  });
  return c.redirect('/me', 303);
});
app.get('/me', async (c) => {
  const session = await open(cookie(c.req.header('cookie'), 'session'));
  return session === undefined ? c.json(null, 401) : c.json({ id: session.uid, name: session.nn });
});

serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  origin = `http://127.0.0.1:${info.port}`;
  console.log(`LISTENING ${origin}`);
});
