import { describe, expect, it } from 'vitest';
import { CallbackError, ConfigError, LoginTimeoutError, UsageError } from '../../src/cli/errors.js';
import { formatError } from '../../src/cli/output/format-error.js';
import { explainApiCode, explainKoe } from '../../src/cli/output/kakao-hints.js';
import { Redactor } from '../../src/cli/output/redact.js';
import { KakaoApiError, KakaoIdTokenError, KakaoTransportError } from '../../src/index.js';

/** Stand-ins shaped like the client's error classes (the formatter matches by shape). */
function kakaoAuthError(errorCode: string, error: string, errorDescription: string) {
  return Object.assign(new Error(`${error}: ${errorDescription}`), {
    name: 'KakaoAuthError',
    errorCode,
    error,
    errorDescription,
    status: 400,
  });
}
function kakaoApiError(apiCode: number, msg: string, extra: object = {}) {
  return Object.assign(new Error(msg), { name: 'KakaoApiError', apiCode, msg, status: 401, ...extra });
}

const ctx = { redactor: new Redactor(), redirectUri: 'http://127.0.0.1:8719/callback', bin: 'kakao-oauth' };

describe('formatError', () => {
  it('KOE006 names the redirect URI to register', () => {
    const out = formatError(kakaoAuthError('KOE006', 'misconfigured', 'redirect'), ctx);
    expect(out.exitCode).toBe(1);
    expect(out.code).toBe('KOE006');
    expect(out.message).toContain('KOE006');
    expect(out.message).toContain('Register exactly http://127.0.0.1:8719/callback');
    expect(out.message).toContain('matches redirect URIs exactly');
  });

  it('KOE010 explains the client-secret toggle, depending on whether a secret was sent', () => {
    const none = formatError(kakaoAuthError('KOE010', 'invalid_client', 'Bad client credentials'), {
      ...ctx,
      clientSecretSet: false,
    });
    expect(none.message).toMatch(/"Client Secret" switched on.*none was sent/);
    expect(none.message).toContain('KAKAO_CLIENT_SECRET');
    const wrong = formatError(kakaoAuthError('KOE010', 'invalid_client', 'Bad client credentials'), {
      ...ctx,
      clientSecretSet: true,
    });
    expect(wrong.message).toMatch(/secret was rejected/);
  });

  it("a KOE code without a terminal wording still gets the library's meaning and fix (KOE007, KOE102)", () => {
    expect(explainKoe('KOE007', ctx)).toEqual({
      meaning: 'logout_redirect_uri is not registered.',
      fix: 'Register it in the console (Kakao Login → Logout Redirect URI).',
    });
    expect(explainKoe('KOE102', ctx)?.fix).toMatch(/Link a channel/);
    expect(explainKoe('KOE999', ctx)).toBeUndefined();
  });

  it('KOE101, KOE205, KOE320 and KOE322 each say what to do', () => {
    expect(formatError(kakaoAuthError('KOE101', 'invalid_client', 'x'), ctx).message).toMatch(
      /REST API key.*32 hexadecimal/,
    );
    expect(formatError(kakaoAuthError('KOE205', 'invalid_scope', 'x'), ctx).message).toMatch(
      /consent items.*Consent Items/,
    );
    expect(formatError(kakaoAuthError('KOE320', 'invalid_grant', 'x'), ctx).message).toMatch(
      /already used, expired/,
    );
    expect(formatError(kakaoAuthError('KOE322', 'invalid_grant', 'x'), ctx).message).toMatch(
      /Run `kakao-oauth login` again/,
    );
  });

  it('never repeats an authorization code or a token, even from Kakao text', () => {
    const code = 'fJ3kqZZZZ-secret-code-value';
    const redactor = new Redactor().add('my-client-secret-123');
    const err = kakaoAuthError(
      'KOE999',
      'invalid_grant',
      `authorization code not found for code=${code}; secret my-client-secret-123`,
    );
    const out = formatError(err, { ...ctx, redactor, debug: true });
    expect(out.message).not.toContain(code);
    expect(out.message).not.toContain('my-client-secret-123');
    expect(out.message).toContain('code=[redacted]');
  });

  it('kapi -401 suggests refresh or login; -402 lists the required scopes', () => {
    expect(formatError(kakaoApiError(-401, 'this access token does not exist'), ctx).message).toMatch(
      /kakao-oauth refresh/,
    );
    const out = formatError(
      kakaoApiError(-402, 'insufficient scopes.', { requiredScopes: ['account_email'] }),
      ctx,
    );
    expect(out.message).toContain('Required consent items: account_email.');
  });

  it('maps CLI errors to their exit codes and shows a stack only with debug', () => {
    expect(formatError(new UsageError('bad'), ctx).exitCode).toBe(2);
    expect(formatError(new ConfigError('bad'), ctx).exitCode).toBe(2);
    expect(formatError(new LoginTimeoutError('slow'), ctx).exitCode).toBe(3);
    expect(formatError(new Error('boom'), ctx).message).not.toContain('at ');
    expect(formatError(new Error('boom'), { ...ctx, debug: true }).message).toMatch(/\n\s+at /);
  });

  it('explains a cancelled consent and a state mismatch', () => {
    expect(formatError(new CallbackError('access_denied', 'User denied access'), ctx).message).toMatch(
      /cancelled.*User denied access/,
    );
  });
});

describe('Redactor', () => {
  it('removes registered values and secret-looking shapes', () => {
    const r = new Redactor().add('tok-abcdef', undefined, 'ab');
    expect(r.scrub('a tok-abcdef b')).toBe('a [redacted] b');
    expect(r.scrub('ab stays')).toBe('ab stays');
    expect(r.scrub('Authorization: Bearer xyz.123')).toBe('Authorization: Bearer [redacted]');
    expect(r.scrub('KakaoAK abcdef')).toBe('KakaoAK [redacted]');
    expect(r.scrub('id eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln end')).toBe('id [redacted] end');
    expect(r.scrub('?refresh_token=zz&x=1')).toBe('?refresh_token=[redacted]&x=1');
  });

  it('id_token failures advise per failing check, "log in again" only where it helps', () => {
    const says = (code: ConstructorParameters<typeof KakaoIdTokenError>[0]) =>
      formatError(new KakaoIdTokenError(code, 'x.'), ctx).message;
    expect(says('ID_TOKEN_IAT_FUTURE')).toMatch(/clock is probably behind.*Logging in again will not help/);
    expect(says('ID_TOKEN_IAT_FUTURE')).not.toMatch(/kakao-oauth login/);
    expect(says('ID_TOKEN_AUD')).toMatch(/issued for another app: check that KAKAO_REST_API_KEY/);
    expect(says('ID_TOKEN_JWKS_UNAVAILABLE')).toMatch(/JWKS\) could not be fetched: check the network/);
    expect(says('ID_TOKEN_EXPIRED')).toMatch(/Get a fresh one with `kakao-oauth login`/);
  });

  it('a -401 on an admin-key call blames the admin key, not the tokens', () => {
    const err = new KakaoApiError({ apiCode: -401, msg: 'wrong appKey', status: 401 });
    const admin = formatError(err, { ...ctx, adminCall: true }).message;
    expect(admin).toMatch(/admin key was refused/);
    expect(admin).not.toMatch(/refresh`/);
    expect(formatError(err, ctx).message).toMatch(/Run `kakao-oauth refresh`/);
  });

  it('KOE320 without a code verifier names the missing --code-verifier', () => {
    const message = formatError(kakaoAuthError('KOE320', 'invalid_grant', 'x'), {
      ...ctx,
      codeVerifierMissing: true,
    }).message;
    expect(message).toMatch(/no PKCE code verifier was sent/);
    expect(message).toMatch(/Pass --code-verifier/);
  });

  it('a timeout names the CLI flag, not the library option', () => {
    const out = formatError(new KakaoTransportError('timeout', 'POST /oauth/token'), ctx);
    expect(out.message).toMatch(/--http-timeout SECONDS/);
    expect(out.message).not.toMatch(/timeoutMs/);
    expect(out.code).toBe('timeout');
  });

  it('codes named like Object.prototype members find no hint and print no "undefined"', () => {
    for (const code of ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf']) {
      expect(explainKoe(code, ctx)).toBeUndefined();
      const auth = formatError(kakaoAuthError(code, 'invalid_request', 'odd'), ctx);
      expect(auth.message).toContain(`(${code}, invalid_request)`);
      expect(auth.message).not.toContain('undefined');
      expect(explainApiCode(Number.NaN, ctx)).toBeUndefined();
    }
  });
});
