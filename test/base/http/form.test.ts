import { describe, expect, it } from 'vitest';
import { encodeParams, FORM_CONTENT_TYPE } from '../../../src/base/http/form.js';

describe('encodeParams (§1.3)', () => {
  it('JSON-encodes array params as one value', () => {
    expect(encodeParams({ property_keys: ['kakao_account.email'] }).toString()).toBe(
      'property_keys=%5B%22kakao_account.email%22%5D',
    );
  });

  it('JSON-encodes objects (update_profile properties, §15)', () => {
    const form = encodeParams({ properties: { grade: 'gold', level: '3' } });
    expect(JSON.parse(form.get('properties') ?? '')).toEqual({ grade: 'gold', level: '3' });
  });

  it('writes scalars as text and skips undefined and null', () => {
    const form = encodeParams({ a: 'x y', b: 3, c: true, d: 12n, e: undefined, f: null });
    expect(form.toString()).toBe('a=x+y&b=3&c=true&d=12');
  });

  it('encodes non-ASCII as UTF-8', () => {
    expect(encodeParams({ name: '홍길동' }).toString()).toBe('name=%ED%99%8D%EA%B8%B8%EB%8F%99');
  });

  it('declares the charset Kakao documents', () => {
    expect(FORM_CONTENT_TYPE).toBe('application/x-www-form-urlencoded;charset=utf-8');
  });
});
