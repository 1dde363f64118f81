// The contenders, each reduced to "one code exchange" or "one profile read" against the bare
// server: form POST or GET, JSON parsed, connections kept alive. Ours run through the built package
// (`kakao-oauth` resolves to the Node entry, whose default transport is the undici pool).
import { Agent, request as httpRequest } from 'node:http';
import { OAuth2Client } from 'arctic';
import * as oidc from 'openid-client';

const CLIENT_ID = 'bench-client-id';
const REDIRECT_URI = 'http://127.0.0.1:8719/callback';
const FORM = new URLSearchParams({
  grant_type: 'authorization_code',
  client_id: CLIENT_ID,
  redirect_uri: REDIRECT_URI,
  code: 'bench-code',
}).toString();
const FORM_HEADERS = {
  'content-type': 'application/x-www-form-urlencoded;charset=utf-8',
  accept: 'application/json',
};
const GET_HEADERS = { authorization: 'Bearer bench-access-token', accept: 'application/json' };

/** kakao-oauth exchangeCode and getUser with a given client factory (Node entry or core + fetch). */
export function ours(createKakaoClient, kakaoOAuth, base) {
  const kakao = createKakaoClient({
    restApiKey: CLIENT_ID,
    redirectUri: REDIRECT_URI,
    authUrl: base,
    apiUrl: base,
    retry: false,
  });
  return {
    exchange: () => kakaoOAuth.exchangeCode(kakao, { code: 'bench-code' }),
    getUser: () => kakaoOAuth.getUser(kakao, { accessToken: 'bench-access-token' }),
    close: () => kakao.close(),
  };
}

/** openid-client 6: authorizationCodeGrant (plain OAuth: no id_token expected) over its fetch. */
export function openidClient(base) {
  const config = new oidc.Configuration(
    {
      issuer: base,
      authorization_endpoint: `${base}/oauth/authorize`,
      token_endpoint: `${base}/oauth/token`,
    },
    CLIENT_ID,
    { redirect_uris: [REDIRECT_URI] },
    oidc.None(),
  );
  oidc.allowInsecureRequests(config);
  const callback = new URL(`${REDIRECT_URI}?code=bench-code&state=s`);
  return { exchange: () => oidc.authorizationCodeGrant(config, callback, { expectedState: 's' }) };
}

/** arctic 3: the generic OAuth2Client's validateAuthorizationCode (global fetch). */
export function arctic(base) {
  const client = new OAuth2Client(CLIENT_ID, null, REDIRECT_URI);
  return { exchange: () => client.validateAuthorizationCode(`${base}/oauth/token`, 'bench-code', null) };
}

/** Raw global fetch, JSON parsed. */
export function rawFetch(base) {
  return {
    exchange: async () =>
      (await fetch(`${base}/oauth/token`, { method: 'POST', headers: FORM_HEADERS, body: FORM })).json(),
    getUser: async () => (await fetch(`${base}/v2/user/me`, { headers: GET_HEADERS })).json(),
  };
}

/**
 * Raw undici.request over a Pool of 64 connections, JSON parsed. Imported only now: loading the
 * npm `undici` installs its Agent as the global dispatcher when none exists yet, which would then
 * carry Node's own `fetch` too; the caller makes one global fetch first so Node's stays in place.
 */
export async function rawUndici(base) {
  const { Pool } = await import('undici');
  const pool = new Pool(base, { connections: 64 });
  return {
    exchange: async () =>
      (
        await pool.request({ path: '/oauth/token', method: 'POST', headers: FORM_HEADERS, body: FORM })
      ).body.json(),
    getUser: async () =>
      (await pool.request({ path: '/v2/user/me', method: 'GET', headers: GET_HEADERS })).body.json(),
    close: () => pool.close(),
  };
}

/** Raw node:http with a keep-alive Agent (64 sockets), JSON parsed. */
export function rawNodeHttp(base) {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const url = new URL(base);
  const call = (method, path, headers, body) =>
    new Promise((resolve, reject) => {
      const req = httpRequest({ host: url.hostname, port: url.port, method, path, headers, agent }, (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
  const postHeaders = { ...FORM_HEADERS, 'content-length': Buffer.byteLength(FORM) };
  return {
    exchange: () => call('POST', '/oauth/token', postHeaders, FORM),
    getUser: () => call('GET', '/v2/user/me', GET_HEADERS),
    close: () => agent.destroy(),
  };
}
