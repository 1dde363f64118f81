// One RS256 key, one Kakao-shaped id_token and token response, and in-process fake endpoints that
// every contender shares, so the benchmark measures code, not the network.
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

export const ISSUER = 'https://kauth.bench.invalid';
export const CLIENT_ID = 'bench-rest-api-key-0123456789abcd';
export const CLIENT_SECRET = 'bench-client-secret';
export const REDIRECT_URI = 'http://127.0.0.1:8719/callback';
export const NONCE = 'n-0S6_WzA2Mj';
export const STATE = 'st-1234567890';
export const CODE_VERIFIER = 'bench-code-verifier-0123456789-0123456789-abcdefgh';
export const KID = '3f96980381e451efad0d2ddd30e3d3';

/** Builds the key, token, JWKS and the fake `fetch` serving the token endpoint and the JWKS. */
export async function makeFixtures() {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
  const now = Math.floor(Date.now() / 1000);
  const idToken = await new SignJWT({
    iss: ISSUER,
    aud: CLIENT_ID,
    sub: '1376016924426111111',
    iat: now,
    exp: now + 21599,
    auth_time: now,
    nonce: NONCE,
    nickname: '홍길동',
    picture: 'http://k.kakaocdn.net/dn/abc/img_110x110.jpg',
    email: 'user@example.com',
  })
    .setProtectedHeader({ kid: KID, typ: 'JWT', alg: 'RS256' })
    .sign(privateKey);
  const tokenResponse = JSON.stringify({
    token_type: 'bearer',
    access_token: 'waizjTni01I3-ODHM65TkWX6al1fbXZXAAAAAQoXEC8AAAGV1kYOqS2N1GIgzv2p',
    expires_in: 21599,
    refresh_token: 'rGm9o2Jp1KZzVd7T8sQ3xYbA0cN4eF5gH6iJ7kL8mN9oP0qR1sT2uV3wX4yZ5aB6',
    refresh_token_expires_in: 5183999,
    scope: 'openid profile_nickname',
    id_token: idToken,
  });
  const jwks = JSON.stringify({ keys: [jwk] });
  const counts = { token: 0, jwks: 0, other: 0 };
  const fakeFetch = async (input) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.endsWith('/oauth/token')) {
      counts.token++;
      return new Response(tokenResponse, { headers: { 'content-type': 'application/json;charset=UTF-8' } });
    }
    if (url.endsWith('/.well-known/jwks.json')) {
      counts.jwks++;
      return new Response(jwks, { headers: { 'content-type': 'application/json' } });
    }
    counts.other++;
    return new Response('not found', { status: 404 });
  };
  return { publicKey, idToken, fakeFetch, counts };
}
