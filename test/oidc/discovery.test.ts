import { describe, expect, it } from 'vitest';
import {
  DISCOVERY_TTL_MS,
  getDiscovery,
  KakaoOidcMetadataError,
  KakaoResponseError,
} from '../../src/index.js';
import { AUTH_URL, client, clockAt, gate, jwksServer } from './helpers.js';

const DISCOVERY_URL = `${AUTH_URL}/.well-known/openid-configuration`;

function kakaoDocument(overrides: Record<string, unknown> = {}) {
  return {
    issuer: AUTH_URL,
    authorization_endpoint: `${AUTH_URL}/oauth/authorize`,
    token_endpoint: `${AUTH_URL}/oauth/token`,
    userinfo_endpoint: 'https://kapi.test.invalid/v1/oidc/userinfo',
    jwks_uri: `${AUTH_URL}/.well-known/jwks.json`,
    token_endpoint_auth_methods_supported: ['client_secret_post'],
    id_token_signing_alg_values_supported: ['RS256'],
    ...overrides,
  };
}

function setup(document: () => unknown = () => kakaoDocument()) {
  const server = jwksServer([]);
  server.routes.set(DISCOVERY_URL, () => Response.json(document()));
  const clock = clockAt();
  return { server, clock, kakao: client(server.fetch, clock) };
}

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(KakaoOidcMetadataError);
  return (error as KakaoOidcMetadataError).code;
}

describe('getDiscovery', () => {
  it('returns the typed document and keeps the raw one', async () => {
    const { kakao } = setup();
    const discovery = await getDiscovery(kakao);
    expect(discovery.issuer).toBe(AUTH_URL);
    expect(discovery.tokenEndpoint).toBe(`${AUTH_URL}/oauth/token`);
    expect(discovery.userinfoEndpoint).toBe('https://kapi.test.invalid/v1/oidc/userinfo');
    expect(discovery.raw.token_endpoint_auth_methods_supported).toEqual(['client_secret_post']);
  });

  it('refuses a document whose issuer differs from the client issuer', async () => {
    const { kakao } = setup(() => kakaoDocument({ issuer: 'https://kauth.kakao.com' }));
    expect(await codeOf(getDiscovery(kakao))).toBe('OIDC_ISSUER_MISMATCH');
  });

  it('refuses a document with a missing or non-http endpoint', async () => {
    const { kakao } = setup(() => kakaoDocument({ jwks_uri: 'javascript:alert(1)' }));
    expect(await codeOf(getDiscovery(kakao))).toBe('OIDC_RESPONSE_INVALID');
  });

  it("reports HTTP failures through the client's errors, with status and retryable", async () => {
    const { kakao, server } = setup();
    server.routes.set(DISCOVERY_URL, () => new Response('<html>Bad gateway</html>', { status: 502 }));
    const error = await getDiscovery(kakao).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KakaoResponseError);
    expect(error).toMatchObject({ code: 'html_response', status: 502, retryable: true });
  });

  it('refuses a jwks_uri that is not on the auth server', async () => {
    const { kakao } = setup(() => kakaoDocument({ jwks_uri: 'https://keys.evil.example/jwks.json' }));
    expect(await codeOf(getDiscovery(kakao))).toBe('OIDC_RESPONSE_INVALID');
  });

  it('shares one request between concurrent callers and caches the result for the TTL', async () => {
    const { kakao, server, clock } = setup();
    const held = gate();
    server.gate = held.promise;
    const both = Promise.all([getDiscovery(kakao), getDiscovery(kakao)]);
    held.release();
    const [a, b] = await both;
    expect(a).toBe(b);
    await getDiscovery(kakao);
    expect(server.calls).toBe(1);
    clock.now += DISCOVERY_TTL_MS;
    await getDiscovery(kakao);
    expect(server.calls).toBe(2);
    await getDiscovery(kakao, { refresh: true });
    expect(server.calls).toBe(3);
  });

  it('does not cache a failure', async () => {
    let fail = true;
    const { kakao } = setup(() => (fail ? { issuer: 'wrong' } : kakaoDocument()));
    await expect(getDiscovery(kakao)).rejects.toBeInstanceOf(KakaoOidcMetadataError);
    fail = false;
    await expect(getDiscovery(kakao)).resolves.toMatchObject({ issuer: AUTH_URL });
  });
});
