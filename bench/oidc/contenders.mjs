// The contenders, each reduced to "one verification" with everything cacheable already warm.

import { jwtVerify } from 'jose';
import * as client from 'openid-client';
import { CLIENT_ID, CLIENT_SECRET, CODE_VERIFIER, ISSUER, NONCE, REDIRECT_URI, STATE } from './fixtures.mjs';

/** Our verifyIdToken from the built package, with the client's JWKS cache warm. */
export async function ours(kakaoOAuth, fx) {
  const kakao = kakaoOAuth.createKakaoClient({ restApiKey: CLIENT_ID, authUrl: ISSUER, fetch: fx.fakeFetch });
  const run = () => kakaoOAuth.verifyIdToken(kakao, fx.idToken, { nonce: NONCE });
  await run();
  return run;
}

/**
 * Our code exchange, the same job as openid-client's grant: token request + lossless response
 * parsing + id_token verification (exchangeCode with the nonce verifies the id_token).
 */
export async function oursExchange(kakaoOAuth, fx) {
  const kakao = kakaoOAuth.createKakaoClient({
    restApiKey: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUri: REDIRECT_URI,
    authUrl: ISSUER,
    fetch: fx.fakeFetch,
    retry: false,
  });
  const run = async () => {
    const code = { code: 'bench-code', codeVerifier: CODE_VERIFIER };
    const set = await kakaoOAuth.exchangeCode(kakao, code, { nonce: NONCE });
    if (!set.idTokenClaims) throw new Error('exchangeCode did not verify the id_token');
    return set;
  };
  await run();
  return run;
}

/** Raw jose: jwtVerify with the already imported CryptoKey, iss/aud checked. */
export async function rawJose(fx) {
  const options = { algorithms: ['RS256'], issuer: ISSUER, audience: CLIENT_ID };
  const run = () => jwtVerify(fx.idToken, fx.publicKey, options);
  await run();
  return run;
}

/**
 * openid-client 6: authorizationCodeGrant with non-repudiation checks on (so the id_token signature
 * is verified against the JWKS, which it caches), state + PKCE + nonce, against the fake token
 * endpoint. This is its lowest public path that checks an id_token's signature.
 */
export async function openidClient(fx) {
  const config = new client.Configuration(
    {
      issuer: ISSUER,
      authorization_endpoint: `${ISSUER}/oauth/authorize`,
      token_endpoint: `${ISSUER}/oauth/token`,
      jwks_uri: `${ISSUER}/.well-known/jwks.json`,
      id_token_signing_alg_values_supported: ['RS256'],
    },
    CLIENT_ID,
    { redirect_uris: [REDIRECT_URI] },
    client.ClientSecretPost(CLIENT_SECRET),
  );
  config[client.customFetch] = (url, options) => fx.fakeFetch(url, options);
  client.enableNonRepudiationChecks(config);
  const callback = new URL(`${REDIRECT_URI}?code=bench-code&state=${STATE}`);
  const checks = {
    pkceCodeVerifier: CODE_VERIFIER,
    expectedState: STATE,
    expectedNonce: NONCE,
    idTokenExpected: true,
  };
  const run = async () => {
    const tokens = await client.authorizationCodeGrant(config, callback, checks);
    if (!tokens.claims()) throw new Error('openid-client returned no id_token claims');
    return tokens;
  };
  await run();
  return run;
}
