import { CompactSign, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { KakaoError, KakaoIdTokenError, MAX_ID_TOKEN_LENGTH, verifyIdToken } from '../../src/index.js';
import {
  AUTH_URL,
  b64url,
  claims,
  client,
  clockAt,
  JS_KEY,
  jwksServer,
  makeKey,
  NOW,
  REST_KEY,
  type SigningKey,
  sign,
} from './helpers.js';

let key: SigningKey;
let other: SigningKey;

beforeAll(async () => {
  key = await makeKey('3f96980381e451efad0d2ddd30e3d3');
  other = await makeKey('9f252dadd5f233f93d2fa528d12fea');
});

function setup() {
  const server = jwksServer([key.jwk, other.jwk]);
  const clock = clockAt();
  return { server, clock, kakao: client(server.fetch, clock) };
}

/** Asserts the rejection code and that nothing secret leaked into the error. */
async function refused(promise: Promise<unknown>, code: string, secrets: string[]) {
  const error = await promise.then(
    () => {
      throw new Error(`expected ${code}, but the token was accepted`);
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KakaoIdTokenError);
  expect(error).toBeInstanceOf(KakaoError);
  expect((error as KakaoIdTokenError).code).toBe(code);
  expect((error as KakaoIdTokenError).retryable).toBe(false);
  const visible = `${String(error)} ${JSON.stringify(error)} ${(error as Error).stack}`;
  for (const secret of secrets) expect(visible).not.toContain(secret);
}

describe('verifyIdToken: happy path', () => {
  it('returns the typed claims of a token signed by a JWKS key', async () => {
    const { kakao } = setup();
    const token = await sign(key, claims({ nonce: 'nonce-1', email: 'user@example.com' }));
    const verified = await verifyIdToken(kakao, token, { nonce: 'nonce-1' });
    expect(verified.sub).toBe('1376016924426111111');
    expect(verified.aud).toBe(REST_KEY);
    expect(verified.iss).toBe(AUTH_URL);
    expect(verified.nickname).toBe('홍길동');
    expect(verified.email).toBe('user@example.com');
    expect(verified).not.toHaveProperty('email_verified');
  });

  it('accepts any configured app key as aud and either JWKS key', async () => {
    const { kakao } = setup();
    const token = await sign(other, claims({ aud: JS_KEY }));
    expect((await verifyIdToken(kakao, token)).aud).toBe(JS_KEY);
  });

  it('fetches the JWKS once for many verifications', async () => {
    const { kakao, server } = setup();
    const token = await sign(key);
    for (let i = 0; i < 10; i++) await verifyIdToken(kakao, token);
    expect(server.calls).toBe(1);
  });

  it('accepts exp and iat within the clock tolerance, and honours a custom tolerance', async () => {
    const { kakao } = setup();
    const skewed = await sign(key, claims({ exp: NOW - 10, iat: NOW + 20 }));
    await expect(verifyIdToken(kakao, skewed)).resolves.toBeDefined();
    await refused(verifyIdToken(kakao, skewed, { clockToleranceSec: 0 }), 'ID_TOKEN_EXPIRED', [skewed]);
  });

  it('skips the nonce check only when told to with nonce: false', async () => {
    const { kakao } = setup();
    const token = await sign(key, claims({ nonce: 'n' }));
    await expect(verifyIdToken(kakao, token, { nonce: false })).resolves.toBeDefined();
  });

  it('accepts auth_time within maxAge', async () => {
    const { kakao } = setup();
    const token = await sign(key, claims({ auth_time: NOW - 100 }));
    await expect(verifyIdToken(kakao, token, { maxAge: 300 })).resolves.toBeDefined();
  });
});

describe('verifyIdToken: adversarial tokens', () => {
  it('refuses alg none', async () => {
    const { kakao } = setup();
    const token = `${b64url({ alg: 'none', kid: key.kid })}.${b64url(claims())}.`;
    await refused(verifyIdToken(kakao, token), 'ID_TOKEN_ALG', [token]);
  });

  it('refuses HS256 signed with the RSA public key bytes (key confusion)', async () => {
    const { kakao } = setup();
    const pem = new TextEncoder().encode(await exportSPKI(key.publicKey));
    const token = await new SignJWT(claims()).setProtectedHeader({ alg: 'HS256', kid: key.kid }).sign(pem);
    await refused(verifyIdToken(kakao, token), 'ID_TOKEN_ALG', [token]);
  });

  it('refuses other RSA algorithms (RS384, PS256)', async () => {
    const { kakao } = setup();
    for (const alg of ['RS384', 'PS256']) {
      const { privateKey } = await generateKeyPair(alg);
      const token = await new SignJWT(claims()).setProtectedHeader({ alg, kid: key.kid }).sign(privateKey);
      await refused(verifyIdToken(kakao, token), 'ID_TOKEN_ALG', [token]);
    }
  });

  it('refuses an unknown kid and a missing kid', async () => {
    const { kakao } = setup();
    const stranger = await makeKey('00000000000000000000000000dead');
    const unknown = await sign(stranger);
    await refused(verifyIdToken(kakao, unknown), 'ID_TOKEN_KID_UNKNOWN', [unknown]);
    const noKid = await new SignJWT(claims()).setProtectedHeader({ alg: 'RS256' }).sign(key.privateKey);
    await refused(verifyIdToken(kakao, noKid), 'ID_TOKEN_KID_UNKNOWN', [noKid]);
  });

  it('refuses a token signed by another key under a known kid', async () => {
    const { kakao } = setup();
    const impostor = await makeKey(key.kid);
    const token = await sign(impostor);
    await refused(verifyIdToken(kakao, token), 'ID_TOKEN_SIGNATURE', [token]);
  });

  it('refuses an impostor token whose header is byte-identical to an already verified one', async () => {
    const { kakao } = setup();
    const genuine = await sign(key);
    await verifyIdToken(kakao, genuine);
    const impostor = await sign(await makeKey(key.kid));
    expect(impostor.split('.')[0]).toBe(genuine.split('.')[0]);
    await refused(verifyIdToken(kakao, impostor), 'ID_TOKEN_SIGNATURE', [impostor]);
    await expect(verifyIdToken(kakao, genuine)).resolves.toBeDefined();
  });

  it('refuses a wrong issuer', async () => {
    const { kakao } = setup();
    const token = await sign(key, claims({ iss: 'https://kauth.kakao.com.evil.example' }));
    await refused(verifyIdToken(kakao, token), 'ID_TOKEN_ISS', [token]);
  });

  it('refuses a wrong audience and an audience array', async () => {
    const { kakao } = setup();
    const wrong = await sign(key, claims({ aud: 'someone-elses-app-key' }));
    await refused(verifyIdToken(kakao, wrong), 'ID_TOKEN_AUD', [wrong]);
    const array = await sign(key, claims({ aud: ['someone-else', REST_KEY] }));
    await refused(verifyIdToken(kakao, array), 'ID_TOKEN_AUD', [array]);
  });

  it('refuses an expired token', async () => {
    const { kakao } = setup();
    const token = await sign(key, claims({ iat: NOW - 21_700, exp: NOW - 31 }));
    await refused(verifyIdToken(kakao, token), 'ID_TOKEN_EXPIRED', [token]);
  });

  it('refuses a token that the injected clock says has expired', async () => {
    const { kakao, clock } = setup();
    const token = await sign(key);
    await verifyIdToken(kakao, token);
    clock.now += 21_599_000 + 31_000;
    await refused(verifyIdToken(kakao, token), 'ID_TOKEN_EXPIRED', [token]);
  });

  it('refuses iat in the future beyond the tolerance, and nbf in the future', async () => {
    const { kakao } = setup();
    const future = await sign(key, claims({ iat: NOW + 31 }));
    await refused(verifyIdToken(kakao, future), 'ID_TOKEN_IAT_FUTURE', [future]);
    const notYet = await sign(key, claims({ nbf: NOW + 600 }));
    await refused(verifyIdToken(kakao, notYet), 'ID_TOKEN_NOT_YET_VALID', [notYet]);
  });

  it('refuses a missing, a mismatched and an unexpected nonce, never echoing it', async () => {
    const { kakao } = setup();
    const without = await sign(key);
    await refused(verifyIdToken(kakao, without, { nonce: 'sent-nonce' }), 'ID_TOKEN_NONCE_MISSING', [
      without,
    ]);
    const other = await sign(key, claims({ nonce: 'attacker-nonce' }));
    await refused(verifyIdToken(kakao, other, { nonce: 'sent-nonce' }), 'ID_TOKEN_NONCE_MISMATCH', [
      other,
      'sent-nonce',
      'attacker-nonce',
    ]);
    await refused(verifyIdToken(kakao, other), 'ID_TOKEN_NONCE_UNEXPECTED', [other, 'attacker-nonce']);
  });

  it('refuses an authentication older than maxAge', async () => {
    const { kakao } = setup();
    const token = await sign(key, claims({ auth_time: NOW - 3600 }));
    await refused(verifyIdToken(kakao, token, { maxAge: 600 }), 'ID_TOKEN_AUTH_TIME', [token]);
  });

  it('refuses a tampered payload', async () => {
    const { kakao } = setup();
    const [header, , signature] = (await sign(key)).split('.');
    const token = `${header}.${b64url(claims({ sub: '1' }))}.${signature}`;
    await refused(verifyIdToken(kakao, token), 'ID_TOKEN_SIGNATURE', [token]);
  });

  it('refuses a tampered signature', async () => {
    const { kakao } = setup();
    const token = await sign(key);
    const last = token.at(-2) === 'A' ? 'B' : 'A';
    const tampered = `${token.slice(0, -2)}${last}${token.at(-1)}`;
    await refused(verifyIdToken(kakao, tampered), 'ID_TOKEN_SIGNATURE', [tampered]);
  });

  it('refuses malformed segments', async () => {
    const { kakao } = setup();
    const good = await sign(key);
    const [header, payload, signature] = good.split('.');
    const malformed = [
      '',
      'not-a-jwt',
      `${header}.${payload}`,
      `${good}.extra`,
      `!!!.${payload}.${signature}`,
      `${b64url('{not json')}.${payload}.${signature}`,
      `${b64url('[1,2]')}.${payload}.${signature}`,
    ];
    for (const token of malformed) await refused(verifyIdToken(kakao, token), 'ID_TOKEN_MALFORMED', [good]);
  });

  it('refuses a validly signed payload that is not a JSON object', async () => {
    const { kakao } = setup();
    for (const body of ['not json', '[1,2]', '"text"']) {
      const token = await new CompactSign(new TextEncoder().encode(body))
        .setProtectedHeader({ alg: 'RS256', kid: key.kid })
        .sign(key.privateKey);
      await refused(verifyIdToken(kakao, token), 'ID_TOKEN_MALFORMED', [token]);
    }
  });

  it('refuses a token with required claims missing', async () => {
    const { kakao } = setup();
    const token = await sign(key, claims({ sub: undefined }));
    await refused(verifyIdToken(kakao, token), 'ID_TOKEN_CLAIMS', [token]);
  });

  it('refuses an oversized token before any parsing or fetching', async () => {
    const { kakao, server } = setup();
    const token = await sign(key, claims({ padding: 'x'.repeat(MAX_ID_TOKEN_LENGTH) }));
    await refused(verifyIdToken(kakao, token), 'ID_TOKEN_TOO_LARGE', [token]);
    expect(server.calls).toBe(0);
  });

  it('throws TypeError when the token is not a string', async () => {
    const { kakao } = setup();
    await expect(verifyIdToken(kakao, undefined as unknown as string)).rejects.toBeInstanceOf(TypeError);
  });
});

describe('verifyIdToken: weak keys', () => {
  it('refuses a signature by an RSA key shorter than 2048 bits', async () => {
    const weak = (await crypto.subtle.generateKey(
      {
        name: 'RSASSA-PKCS1-v1_5',
        modulusLength: 1024,
        publicExponent: new Uint8Array([1, 0, 1]),
        hash: 'SHA-256',
      },
      true,
      ['sign', 'verify'],
    )) as CryptoKeyPair;
    const jwk = {
      ...(await crypto.subtle.exportKey('jwk', weak.publicKey)),
      kid: 'weak',
      alg: 'RS256',
      use: 'sig',
    };
    const server = jwksServer([jwk as never]);
    const kakao = client(server.fetch);
    const header = b64url({ alg: 'RS256', kid: 'weak' });
    const body = b64url(claims());
    const signature = new Uint8Array(
      await crypto.subtle.sign(
        'RSASSA-PKCS1-v1_5',
        weak.privateKey,
        new TextEncoder().encode(`${header}.${body}`),
      ),
    );
    const token = `${header}.${body}.${b64url(signature)}`;
    await refused(verifyIdToken(kakao, token), 'ID_TOKEN_SIGNATURE', [token]);
  });
});
