// exchangeCode verifies the id_token when the caller passes the nonce it sent (issue 4).
import { describe, expect, it } from 'vitest';
import { exchangeCode } from '../../../src/client/tokens/exchange-code.js';
import { KakaoIdTokenError } from '../../../src/oidc/errors.js';
import { AUTH_URL, claims, client, jwksServer, makeKey, sign } from '../../oidc/helpers.js';

const REDIRECT = 'https://app.example.com/oauth/kakao/callback';

async function kakaoReturning(idTokenNonce: string) {
  const key = await makeKey('9f252dadd5f233f93d2fa528d12fea');
  const idToken = await sign(key, claims({ nonce: idTokenNonce }));
  const server = jwksServer([key.jwk]);
  server.routes.set(`${AUTH_URL}/oauth/token`, () =>
    Response.json({
      token_type: 'bearer',
      access_token: 'at-0123456789',
      id_token: idToken,
      expires_in: 21599,
      refresh_token: 'rt-0123456789',
      refresh_token_expires_in: 5183999,
      scope: 'openid profile_nickname',
    }),
  );
  return { kakao: client(server.fetch), server, idToken };
}

describe('exchangeCode with id_token checks', () => {
  it('verifies the id_token and returns its claims when the nonce matches', async () => {
    const { kakao, idToken } = await kakaoReturning('n-0S6_WzA2Mj');
    const set = await exchangeCode(kakao, { code: 'c', redirectUri: REDIRECT }, { nonce: 'n-0S6_WzA2Mj' });
    expect(set.idToken).toBe(idToken);
    expect(set.idTokenClaims?.sub).toBe('1376016924426111111');
    expect(set.idTokenClaims?.nonce).toBe('n-0S6_WzA2Mj');
  });

  it('refuses a token set whose id_token carries another nonce', async () => {
    const { kakao } = await kakaoReturning('replayed-nonce');
    const exchange = exchangeCode(kakao, { code: 'c', redirectUri: REDIRECT }, { nonce: 'n-0S6_WzA2Mj' });
    await expect(exchange).rejects.toBeInstanceOf(KakaoIdTokenError);
    await expect(exchange).rejects.toMatchObject({ code: 'ID_TOKEN_NONCE_MISMATCH' });
  });

  it('leaves the id_token unverified, and fetches no JWKS, without checks', async () => {
    const { kakao, server } = await kakaoReturning('whatever');
    const set = await exchangeCode(kakao, { code: 'c', redirectUri: REDIRECT });
    expect(set.idTokenClaims).toBeUndefined();
    expect(server.urls).toEqual([`${AUTH_URL}/oauth/token`]);
  });
});
