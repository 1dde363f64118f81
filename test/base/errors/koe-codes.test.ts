import { describe, expect, it } from 'vitest';
import { describeKoe, KOE_CODES, OAUTH_ERRORS } from '../../../src/base/errors/koe-codes.js';
import { describeAnyKoe, KOE_PAGE_CODES } from '../../../src/base/errors/koe-page-codes.js';

/** Every KOE code of the spec's table (§21.3), ranges expanded. */
const SPEC_KOE = [
  ...['001', '002', '003', '004', '005', '006', '007', '008', '009', '010', '023'],
  ...['025', '026', '027', '028', '101', '102', '103', '104', '105', '106', '107', '108', '109', '110'],
  ...['114', '123', '124', '125', '126', '127', '201', '202', '203', '204', '205', '207', '232', '233'],
  ...['237', '303', '310', '319', '320', '322', '400'],
].map((n) => `KOE${n}`);

describe('KOE table (§21.3)', () => {
  it.each(SPEC_KOE)('%s has a meaning and a fix', (code) => {
    const info = describeAnyKoe(code);
    expect(info?.meaning.length).toBeGreaterThan(10);
    expect(info?.hint.length).toBeGreaterThan(5);
  });

  it('holds exactly the spec codes, each in one table', () => {
    const all = [...Object.keys(KOE_CODES), ...Object.keys(KOE_PAGE_CODES)];
    expect(all.sort()).toEqual([...SPEC_KOE].sort());
  });

  it.each([
    'KOE009',
    'KOE010',
    'KOE101',
    'KOE237',
    'KOE303',
    'KOE310',
    'KOE319',
    'KOE320',
    'KOE322',
    'KOE400',
  ])('keeps the token-stage code %s (§21.3) in the table errors are built from', (code) => {
    expect(describeKoe(code, undefined)).toBe(KOE_CODES[code]);
  });

  it.each(['KOE004', 'KOE005', 'KOE201', 'KOE205', 'KOE207'])(
    'describes the page-only code %s through describeAnyKoe',
    (code) => {
      expect(describeKoe(code, undefined)).toBeUndefined();
      expect(describeAnyKoe(code)).toBe(KOE_PAGE_CODES[code]);
    },
  );

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
