/** Test fixtures: RSA keys from jose, signed id_tokens, a counting fake fetch serving a JWKS. */
import { exportJWK, generateKeyPair, type JWK, type JWTPayload, SignJWT } from 'jose';
import { createKakaoClient, type KakaoClient, type KakaoFetch } from '../../src/index.js';

export const AUTH_URL = 'https://kauth.test.invalid';
export const REST_KEY = 'rest-key-0123456789abcdef';
export const JS_KEY = 'js-key-0123456789abcdef';
export const NOW_MS = Date.UTC(2026, 0, 15, 12, 0, 0);
export const NOW = NOW_MS / 1000;

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  jwk: JWK;
}

export async function makeKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  return { kid, privateKey, publicKey, jwk };
}

export function claims(overrides: JWTPayload = {}): JWTPayload {
  return {
    iss: AUTH_URL,
    aud: REST_KEY,
    sub: '1376016924426111111',
    iat: NOW,
    exp: NOW + 21599,
    auth_time: NOW,
    nickname: '홍길동',
    ...overrides,
  };
}

export function sign(key: SigningKey, payload: JWTPayload = claims(), header: Record<string, unknown> = {}) {
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid, ...header })
    .sign(key.privateKey);
}

/** base64url of raw bytes, of a string's UTF-8, or of a value's JSON. */
export function b64url(value: unknown): string {
  const bytes =
    value instanceof Uint8Array
      ? value
      : new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** A fetch that serves `keys` at the JWKS URL (plus any extra `routes`) and counts the requests. */
export interface FakeServer {
  keys: JWK[];
  calls: number;
  status: number;
  urls: string[];
  routes: Map<string, () => Response>;
  gate: Promise<void> | undefined;
  fetch: typeof fetch;
}

export function jwksServer(initial: JWK[]): FakeServer {
  const server: FakeServer = {
    keys: initial,
    calls: 0,
    status: 200,
    /** Requested URLs, in order. */
    urls: [],
    /** Extra handlers by absolute URL. */
    routes: new Map<string, () => Response>(),
    /** While set, responses wait for it (to hold fetches in flight). */
    gate: undefined,
    fetch: (async (input: RequestInfo | URL) => {
      const url = String(input instanceof Request ? input.url : input);
      server.calls++;
      server.urls.push(url);
      if (server.gate) await server.gate;
      const route = server.routes.get(url);
      if (route) return route();
      if (url !== `${AUTH_URL}/.well-known/jwks.json`) return new Response('not found', { status: 404 });
      return Response.json({ keys: server.keys }, { status: server.status });
    }) as typeof fetch,
  };
  return server;
}

/** A promise plus its resolver, to hold fake responses in flight. */
export function gate() {
  let release = () => {};
  const promise = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { promise, release };
}

export function clockAt(start = NOW_MS) {
  const clock = { now: start, read: () => clock.now };
  return clock;
}

export function client(fetchImpl: KakaoFetch, clock = clockAt(), extra = {}): KakaoClient {
  return createKakaoClient({
    restApiKey: REST_KEY,
    audiences: [JS_KEY],
    authUrl: AUTH_URL,
    fetch: fetchImpl,
    clock: clock.read,
    retry: false,
    ...extra,
  });
}
