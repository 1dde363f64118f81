import { describe, expect, it } from 'vitest';
import { describeKoe, KOE_CODES, OAUTH_ERRORS } from '../../../src/client/errors/koe-codes.js';

/** Every KOE code of the spec's table (§21.3), ranges expanded. */
const SPEC_KOE = [
  ...['001', '002', '003', '004', '005', '006', '007', '008', '009', '010', '023'],
  ...['025', '026', '027', '028', '101', '102', '103', '104', '105', '106', '107', '108', '109', '110'],
  ...['114', '123', '124', '125', '126', '127', '201', '202', '203', '204', '205', '207', '232', '233'],
  ...['237', '303', '310', '319', '320', '322', '400'],
].map((n) => `KOE${n}`);

describe('KOE table (§21.3)', () => {
  it.each(SPEC_KOE)('%s has a meaning and a fix', (code) => {
    const info = describeKoe(code, undefined);
    expect(info?.meaning.length).toBeGreaterThan(10);
    expect(info?.hint.length).toBeGreaterThan(5);
  });

  it('holds exactly the spec codes', () => {
    expect(Object.keys(KOE_CODES).sort()).toEqual([...SPEC_KOE].sort());
  });

  it('marks only transient codes retryable', () => {
    const retryable = Object.entries(KOE_CODES)
      .filter(([, info]) => info.retryable)
      .map(([code]) => code);
    expect(retryable.sort()).toEqual(['KOE003', 'KOE237']);
  });

  it('falls back to the OAuth error when the code is unknown', () => {
    expect(describeKoe('KOE999', 'access_denied')).toBe(OAUTH_ERRORS.access_denied);
    expect(describeKoe(undefined, 'server_error')?.retryable).toBe(true);
  });

  it('prefers the KOE code over the OAuth error', () => {
    expect(describeKoe('KOE320', 'invalid_grant')).toBe(KOE_CODES.KOE320);
  });

  it('does not match prototype keys', () => {
    expect(describeKoe('constructor', 'toString')).toBeUndefined();
    expect(describeKoe(undefined, undefined)).toBeUndefined();
  });
});
