import { beforeAll, describe, expect, it } from 'vitest';
import {
  configureJwksCache,
  exportJwksCache,
  getDiscovery,
  importJwksCache,
  JWKS_COOLDOWN_MS,
  JWKS_TTL_MS,
  KakaoIdTokenError,
  KakaoTransportError,
  verifyIdToken,
} from '../../src/index.js';
import {
  AUTH_URL,
  claims,
  client,
  clockAt,
  gate,
  jwksServer,
  makeKey,
  NOW,
  type SigningKey,
  sign,
} from './helpers.js';

let key: SigningKey;
let rotated: SigningKey;
let forged: SigningKey[];

beforeAll(async () => {
  key = await makeKey('3f96980381e451efad0d2ddd30e3d3');
  rotated = await makeKey('aaaa980381e451efad0d2ddd30e3d3');
  forged = await Promise.all(Array.from({ length: 5 }, (_, i) => makeKey(`forged-${i}`)));
});

function setup(keys = [key.jwk]) {
  const server = jwksServer(keys);
  const clock = clockAt();
  return { server, clock, kakao: client(server.fetch, clock) };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    return error instanceof KakaoIdTokenError ? error.code : `unexpected ${String(error)}`;
  }
}

describe('JWKS cache: fetching', () => {
  it('coalesces N concurrent cold-cache verifications into one fetch', async () => {
    const { kakao, server } = setup();
    const held = gate();
    server.gate = held.promise;
    const token = await sign(key);
    const pending = Array.from({ length: 25 }, () => verifyIdToken(kakao, token));
    held.release();
    const results = await Promise.all(pending);
    expect(results).toHaveLength(25);
    expect(server.calls).toBe(1);
  });

  it('coalesces concurrent unknown-kid refetches into one fetch', async () => {
    const { kakao, server, clock } = setup();
    await verifyIdToken(kakao, await sign(key));
    clock.now += JWKS_COOLDOWN_MS;
    server.keys = [key.jwk, rotated.jwk];
    const held = gate();
    server.gate = held.promise;
    const token = await sign(rotated);
    const pending = Array.from({ length: 10 }, () => verifyIdToken(kakao, token));
    held.release();
    await Promise.all(pending);
    expect(server.calls).toBe(2);
  });

  it('picks up a rotated key with one refetch, and then refuses the retired kid', async () => {
    const { kakao, server, clock } = setup();
    const old = await sign(key);
    await verifyIdToken(kakao, old);
    server.keys = [rotated.jwk];
    clock.now += JWKS_COOLDOWN_MS;
    await verifyIdToken(kakao, await sign(rotated));
    expect(server.calls).toBe(2);
    clock.now += JWKS_COOLDOWN_MS;
    expect(await codeOf(verifyIdToken(kakao, old))).toBe('ID_TOKEN_KID_UNKNOWN');
    expect(server.calls).toBe(3);
  });

  it('lets a flood of forged kids cost at most one fetch per cool-down', async () => {
    const { kakao, server, clock } = setup();
    await verifyIdToken(kakao, await sign(key));
    const tokens = await Promise.all(forged.map((k) => sign(k)));
    for (const token of tokens)
      expect(await codeOf(verifyIdToken(kakao, token))).toBe('ID_TOKEN_KID_UNKNOWN');
    expect(server.calls).toBe(1);
    clock.now += JWKS_COOLDOWN_MS;
    for (const token of tokens)
      expect(await codeOf(verifyIdToken(kakao, token))).toBe('ID_TOKEN_KID_UNKNOWN');
    expect(server.calls).toBe(2);
  });

  it('refetches after the TTL (by the injected clock), with a configurable TTL', async () => {
    const { kakao, server, clock } = setup();
    configureJwksCache(kakao, { ttlMs: 60 * 60 * 1000 });
    const token = await sign(key, claims({ exp: NOW + 3 * 3600 }));
    await verifyIdToken(kakao, token);
    clock.now += 60 * 60 * 1000 - 1;
    await verifyIdToken(kakao, token);
    expect(server.calls).toBe(1);
    clock.now += 1;
    await verifyIdToken(kakao, token);
    expect(server.calls).toBe(2);
  });

  it('keeps the default TTL long (24 h)', async () => {
    const { kakao, server, clock } = setup();
    const token = await sign(key, claims({ exp: NOW + 2 * 86_400 }));
    await verifyIdToken(kakao, token);
    clock.now += JWKS_TTL_MS - 1000;
    await verifyIdToken(kakao, token);
    expect(server.calls).toBe(1);
    expect(JWKS_TTL_MS).toBe(86_400_000);
  });

  it('falls back to the stale key set when a refetch fails, and waits a cool-down before retrying', async () => {
    const { kakao, server, clock } = setup();
    const token = await sign(key, claims({ exp: NOW + 2 * 86_400 }));
    await verifyIdToken(kakao, token);
    clock.now += JWKS_TTL_MS;
    server.status = 503;
    await verifyIdToken(kakao, token);
    await verifyIdToken(kakao, token);
    expect(server.calls).toBe(2);
    clock.now += JWKS_COOLDOWN_MS;
    server.status = 200;
    await verifyIdToken(kakao, token);
    expect(server.calls).toBe(3);
  });

  it('reports JWKS_UNAVAILABLE on a cold start failure and retries only after the cool-down', async () => {
    const { kakao, server, clock } = setup();
    server.status = 500;
    const token = await sign(key);
    expect(await codeOf(verifyIdToken(kakao, token))).toBe('ID_TOKEN_JWKS_UNAVAILABLE');
    expect(await codeOf(verifyIdToken(kakao, token))).toBe('ID_TOKEN_JWKS_UNAVAILABLE');
    expect(server.calls).toBe(1);
    server.status = 200;
    clock.now += JWKS_COOLDOWN_MS;
    expect(await codeOf(verifyIdToken(kakao, token))).toBe('accepted');
    expect(server.calls).toBe(2);
  });

  it('uses the jwks_uri from discovery once discovery ran', async () => {
    const { kakao, server } = setup();
    const jwksUri = `${AUTH_URL}/keys/v2`;
    server.routes.set(`${AUTH_URL}/.well-known/openid-configuration`, () =>
      Response.json({
        issuer: AUTH_URL,
        authorization_endpoint: `${AUTH_URL}/oauth/authorize`,
        token_endpoint: `${AUTH_URL}/oauth/token`,
        jwks_uri: jwksUri,
      }),
    );
    server.routes.set(jwksUri, () => Response.json({ keys: [key.jwk] }));
    await getDiscovery(kakao);
    await verifyIdToken(kakao, await sign(key));
    expect(server.urls.at(-1)).toBe(jwksUri);
  });

  it('honours a configured jwksUri', async () => {
    const { kakao, server } = setup();
    const jwksUri = `${AUTH_URL}/elsewhere/jwks`;
    server.routes.set(jwksUri, () => Response.json({ keys: [key.jwk] }));
    configureJwksCache(kakao, { jwksUri });
    await verifyIdToken(kakao, await sign(key));
    expect(server.urls).toEqual([jwksUri]);
  });
});

describe('JWKS cache: defensive parsing', () => {
  it('ignores unusable keys (EC, RS512, enc, no kid) and uses the good one', async () => {
    const junk = [
      { kty: 'EC', kid: 'ec', crv: 'P-256', x: 'x', y: 'y' },
      { ...key.jwk, kid: 'rs512', alg: 'RS512' },
      { ...key.jwk, kid: 'enc', use: 'enc' },
      { ...key.jwk, kid: undefined },
      'not an object',
      null,
    ];
    const { kakao } = setup([...(junk as never[]), key.jwk]);
    await expect(verifyIdToken(kakao, await sign(key))).resolves.toBeDefined();
  });

  it('does not verify with a key of the wrong alg even if its kid matches', async () => {
    const { kakao } = setup([{ ...key.jwk, alg: 'RS512' }]);
    expect(await codeOf(verifyIdToken(kakao, await sign(key)))).toBe('ID_TOKEN_JWKS_UNAVAILABLE');
  });

  for (const [name, response] of [
    ['a non-JSON body', () => new Response('<html>blocked</html>', { status: 200 })],
    ['a JSON array', () => Response.json([1, 2])],
    ['no keys array', () => Response.json({ keys: 'nope' })],
    ['an oversized body', () => new Response(`{"keys":[],"pad":"${'x'.repeat(2 * 1024 * 1024)}"}`)],
  ] as const) {
    it(`reports JWKS_UNAVAILABLE for ${name}`, async () => {
      const { kakao, server } = setup();
      server.routes.set(`${AUTH_URL}/.well-known/jwks.json`, response);
      expect(await codeOf(verifyIdToken(kakao, await sign(key)))).toBe('ID_TOKEN_JWKS_UNAVAILABLE');
    });
  }

  it('times out a hanging JWKS fetch through the AbortSignal', async () => {
    const hanging = (request: Request) =>
      new Promise<Response>((_resolve, reject) => {
        request.signal.addEventListener('abort', () => reject(request.signal.reason));
      });
    const kakao = client(hanging, clockAt(), { timeoutMs: 20 });
    const error = await verifyIdToken(kakao, await sign(key)).catch((e: unknown) => e);
    expect((error as KakaoIdTokenError).code).toBe('ID_TOKEN_JWKS_UNAVAILABLE');
    expect((error as KakaoIdTokenError).retryable).toBe(true);
    expect((error as Error).cause).toBeInstanceOf(KakaoTransportError);
    expect(((error as Error).cause as KakaoTransportError).code).toBe('timeout');
  });
});

describe('JWKS cache: export and import', () => {
  it('round-trips through JSON so a cold start verifies without fetching', async () => {
    const warm = setup();
    const token = await sign(key);
    expect(exportJwksCache(warm.kakao)).toBeUndefined();
    await verifyIdToken(warm.kakao, token);
    const saved = JSON.stringify(exportJwksCache(warm.kakao));

    const cold = setup();
    importJwksCache(cold.kakao, JSON.parse(saved));
    await verifyIdToken(cold.kakao, token);
    expect(cold.server.calls).toBe(0);
  });

  it('expires an imported set by its fetchedAt', async () => {
    const warm = setup();
    await verifyIdToken(warm.kakao, await sign(key));
    const exported = exportJwksCache(warm.kakao)!;
    const cold = setup();
    importJwksCache(cold.kakao, { ...exported, fetchedAt: exported.fetchedAt - JWKS_TTL_MS });
    await verifyIdToken(cold.kakao, await sign(key));
    expect(cold.server.calls).toBe(1);
  });

  it('still refetches for an unknown kid after an import', async () => {
    const warm = setup();
    await verifyIdToken(warm.kakao, await sign(key));
    const cold = setup([key.jwk, rotated.jwk]);
    importJwksCache(cold.kakao, exportJwksCache(warm.kakao)!);
    await verifyIdToken(cold.kakao, await sign(rotated));
    expect(cold.server.calls).toBe(1);
  });

  it('rejects malformed imports and settings with TypeError', () => {
    const { kakao } = setup();
    expect(() => importJwksCache(kakao, null as never)).toThrow(TypeError);
    expect(() => importJwksCache(kakao, { uri: 'x', fetchedAt: 0, keys: [] })).toThrow(TypeError);
    expect(() => configureJwksCache(kakao, { ttlMs: 0 })).toThrow(TypeError);
    expect(() => configureJwksCache(kakao, { cooldownMs: -1 })).toThrow(TypeError);
    expect(() => configureJwksCache(kakao, { jwksUri: 'ftp://x' })).toThrow(TypeError);
    expect(() => configureJwksCache(kakao, { jwksUri: 'https://keys.evil.example/jwks.json' })).toThrow(
      TypeError,
    );
  });
});
