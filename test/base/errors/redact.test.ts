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
});
