import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../src/base/errors/redact.js';

describe('redact', () => {
  it('removes known secrets wherever they appear', () => {
    expect(redact('x secretvalue y', ['secretvalue'])).toBe('x [redacted] y');
  });

  it('removes values of secret-looking pairs', () => {
    expect(redact('not found for code=abc')).toBe('not found for code=[redacted]');
    expect(redact('client_secret: "xyz"')).toBe('client_secret: "[redacted]"');
  });

  it('leaves text that is already redacted as it is', () => {
    expect(redact('not found for code=[redacted]')).toBe('not found for code=[redacted]');
    expect(redact(redact('code=abc and token=xyz'))).toBe('code=[redacted] and token=[redacted]');
  });

  it('removes long token-like runs but keeps prose words', () => {
    expect(redact('expired_or_invalid_refresh_token')).toBe('expired_or_invalid_refresh_token');
    expect(redact('token waizjTni01I3-ODHM65TkWX6al1fbXZXAAAAAQoXEC8AAAGV1kYOqS2N1GIgzv2p gone')).toBe(
      'token [redacted] gone',
    );
  });

  it('never leaves a known secret of 4+ characters behind', () => {
    const secretArb = fc
      .stringMatching(/^[A-Za-z0-9_-]{4,40}$/)
      .filter((secret) => !'[redacted]'.includes(secret));
    fc.assert(
      fc.property(fc.string(), secretArb, fc.string(), (before, secret, after) => {
        expect(redact(before + secret + after, [secret])).not.toContain(secret);
      }),
    );
  });

  it('removes a prefix, suffix or slice of 8+ characters of a secret (issue 15 item 7)', () => {
    const token = 'tGzv3JOkF0XG5Qx2TlKWIAbcd';
    expect(redact(`refresh token ${token.slice(0, 18)} expired`, [token])).toBe(
      'refresh token [redacted] expired',
    );
    expect(redact(`a ${token.slice(3, 11)} b ${token.slice(-9)}`, [token])).toBe('a [redacted] b [redacted]');
    expect(redact('short abcdefg stays', ['abcdefgh'])).toBe('short abcdefg stays');
  });

  it('never leaves 8+ characters of a secret behind', () => {
    const alphabet = fc.constantFrom(
      ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'.split(''),
    );
    const secretArb = fc.array(alphabet, { minLength: 8, maxLength: 64 }).map((chars) => chars.join(''));
    const sliceOf = secretArb.chain((secret) =>
      fc
        .integer({ min: 0, max: secret.length - 8 })
        .chain((start) =>
          fc.integer({ min: start + 8, max: secret.length }).map((end) => ({ secret, start, end })),
        ),
    );
    fc.assert(
      fc.property(fc.string(), sliceOf, fc.string(), (before, { secret, start, end }, after) => {
        const out = redact(before + secret.slice(start, end) + after, [secret]);
        for (let i = 0; i + 8 <= secret.length; i++) expect(out).not.toContain(secret.slice(i, i + 8));
      }),
      { numRuns: 300 },
    );
  });
});
