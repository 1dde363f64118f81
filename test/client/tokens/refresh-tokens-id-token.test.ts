// refreshTokens verifies a refreshed id_token on request; Kakao's refreshed id_tokens carry no nonce.

import type { JWTPayload } from 'jose';
import { describe, expect, it } from 'vitest';
import { refreshTokens } from '../../../src/client/tokens/refresh-tokens.js';
import { KakaoIdTokenError } from '../../../src/oidc/errors.js';
import { AUTH_URL, claims, client, jwksServer, makeKey, sign } from '../../oidc/helpers.js';

/** A Kakao whose refresh response carries an id_token with these claims (none: no id_token). */
async function kakaoRefreshing(idTokenClaims: JWTPayload | undefined) {
  const key = await makeKey('9f252dadd5f233f93d2fa528d12fea');
  const idToken = idTokenClaims === undefined ? undefined : await sign(key, idTokenClaims);
  const server = jwksServer([key.jwk]);
  server.routes.set(`${AUTH_URL}/oauth/token`, () =>
    Response.json({
      token_type: 'bearer',
      access_token: 'at-new-0123456789',
      id_token: idToken,
      expires_in: 21599,
    }),
  );
  return { kakao: client(server.fetch), server, idToken };
}

describe('refreshTokens with verifyIdToken', () => {
  it('verifies the refreshed id_token without a nonce and returns its claims', async () => {
    const { kakao, idToken } = await kakaoRefreshing(claims());
    const set = await refreshTokens(kakao, 'rt-0123456789', { verifyIdToken: true });
    expect(set.idToken).toBe(idToken);
    expect(set.idTokenClaims?.sub).toBe('1376016924426111111');
    expect(set.idTokenClaims?.nonce).toBeUndefined();
  });

  it('refuses a refreshed id_token that fails a check', async () => {
    const { kakao } = await kakaoRefreshing(claims({ aud: 'another-app' }));
    const refresh = refreshTokens(kakao, 'rt-0123456789', { verifyIdToken: true });
    await expect(refresh).rejects.toBeInstanceOf(KakaoIdTokenError);
    await expect(refresh).rejects.toMatchObject({ code: 'ID_TOKEN_AUD' });
  });

  it('does not re-verify an old id_token carried over when Kakao sends none', async () => {
    const { kakao: first, idToken } = await kakaoRefreshing(claims({ exp: 1 }));
    const before = await refreshTokens(first, 'rt-0123456789');
    const { kakao, server } = await kakaoRefreshing(undefined);
    const set = await refreshTokens(kakao, before, { verifyIdToken: true });
    expect(set.idToken).toBe(idToken);
    expect(set.idTokenClaims).toBeUndefined();
    expect(server.urls).toEqual([`${AUTH_URL}/oauth/token`]);
  });

  it('leaves the id_token unverified, and fetches no JWKS, by default', async () => {
    const { kakao, server } = await kakaoRefreshing(claims({ aud: 'another-app' }));
    const set = await refreshTokens(kakao, 'rt-0123456789');
    expect(set.idTokenClaims).toBeUndefined();
    expect(server.urls).toEqual([`${AUTH_URL}/oauth/token`]);
  });
});
