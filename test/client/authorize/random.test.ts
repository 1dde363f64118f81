import { describe, expect, it } from 'vitest';
import { base64url } from '../../../src/client/authorize/base64url.js';
import {
  computeCodeChallenge,
  generateNonce,
  generatePkce,
  generateState,
} from '../../../src/client/authorize/random.js';

const B64URL_43 = /^[A-Za-z0-9_-]{43}$/;

describe('generateState / generateNonce', () => {
  it.each([generateState, generateNonce])('gives 256-bit base64url values that differ (%o)', (generate) => {
    const values = new Set(Array.from({ length: 50 }, () => generate()));
    expect(values.size).toBe(50);
    for (const value of values) expect(value).toMatch(B64URL_43);
  });
});

describe('PKCE (§3.3, RFC 7636)', () => {
  it('computes the RFC 7636 appendix B challenge', async () => {
    await expect(computeCodeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).resolves.toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('generates a verifier and its S256 challenge', async () => {
    const pkce = await generatePkce();
    expect(pkce.codeVerifier).toMatch(B64URL_43);
    expect(pkce.codeChallengeMethod).toBe('S256');
    expect(pkce.codeChallenge).toBe(await computeCodeChallenge(pkce.codeVerifier));
    expect((await generatePkce()).codeVerifier).not.toBe(pkce.codeVerifier);
  });
});

describe('base64url', () => {
  it('uses the url-safe alphabet without padding', () => {
    expect(base64url(new Uint8Array([251, 255]))).toBe('-_8');
    expect(base64url(new Uint8Array([]))).toBe('');
    expect(base64url(new TextEncoder().encode('ab'))).toBe('YWI');
  });
});
