import { describe, expect, it } from 'vitest';
import { describeApiCode } from '../../../src/base/errors/api-codes.js';

/** Code → documented HTTP status, from §21.4 (common + Kakao Login tables). */
const SPEC_STATUS: Record<number, number> = {
  [-1]: 400,
  [-2]: 400,
  [-3]: 403,
  [-4]: 403,
  [-5]: 403,
  [-6]: 403,
  [-7]: 400,
  [-8]: 400,
  [-9]: 400,
  [-10]: 400,
  [-11]: 400,
  [-12]: 403,
  [-401]: 401,
  [-501]: 400,
  [-602]: 400,
  [-603]: 400,
  [-606]: 400,
  [-903]: 400,
  [-911]: 400,
  [-9798]: 503,
  [-101]: 400,
  [-102]: 400,
  [-103]: 400,
  [-201]: 400,
  [-402]: 403,
  [-406]: 401,
};
const SDK_CODES = [-301, -405, -421, -422, -423, -451, -452, -453, -480, -481, -504, -530, -531, -532];

describe('kapi code table (§21.4)', () => {
  it.each(Object.entries(SPEC_STATUS))(
    'code %s has its documented status, a name and a fix',
    (code, status) => {
      const info = describeApiCode(Number(code));
      expect(info?.status).toBe(status);
      expect(info?.name).toMatch(/^[a-z_]+$/);
      expect(info?.hint.length).toBeGreaterThan(5);
    },
  );

  it.each(SDK_CODES)('SDK code %i is known', (code) => {
    expect(describeApiCode(code)?.meaning).toBeTruthy();
  });

  it('gives every known code its own name', () => {
    const known = [...Object.keys(SPEC_STATUS).map(Number), ...SDK_CODES];
    const names = known.map((code) => describeApiCode(code)?.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('marks transient codes retryable and others not', () => {
    expect(describeApiCode(-1)?.retryable).toBe(true);
    expect(describeApiCode(-9798)?.retryable).toBe(true);
    expect(describeApiCode(-401)?.retryable).toBe(false);
    expect(describeApiCode(-402)?.retryable).toBe(false);
  });

  it('returns undefined for unknown codes', () => {
    expect(describeApiCode(-77777)).toBeUndefined();
  });
});
