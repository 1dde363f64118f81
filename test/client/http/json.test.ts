import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonLossless, stringifyJson } from '../../../src/client/http/json.js';

describe('parseJsonLossless (§1.3: ids beyond 2^53)', () => {
  it('keeps a Kakao user id exact as a decimal string', () => {
    expect(parseJsonLossless('{"id":1376016924426111111}')).toEqual({ id: '1376016924426111111' });
  });

  it('keeps safe numbers as numbers', () => {
    expect(parseJsonLossless('{"id":3141592653,"expires_in":21599,"ratio":1.5,"neg":-401}')).toEqual({
      id: 3141592653,
      expires_in: 21599,
      ratio: 1.5,
      neg: -401,
    });
  });

  it('keeps ids inside arrays exact (/v1/user/ids, §14)', () => {
    const body = '{"elements":[1376016924426111111,1376016924426222222,1376016924426333333]}';
    expect(parseJsonLossless(body)).toEqual({
      elements: ['1376016924426111111', '1376016924426222222', '1376016924426333333'],
    });
  });

  it('throws SyntaxError on malformed JSON', () => {
    expect(() => parseJsonLossless('{"id":')).toThrow(SyntaxError);
  });

  it('round-trips every 64-bit integer exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 64n - 1n }), (id) => {
        const parsed = parseJsonLossless(`{"id":${id}}`) as { id: number | string };
        expect(BigInt(parsed.id)).toBe(id);
        expect(typeof parsed.id === 'number' ? Number.isSafeInteger(parsed.id) : true).toBe(true);
      }),
    );
  });

  it('agrees with JSON.parse on JSON without unsafe integers', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        const text = JSON.stringify(value);
        const hasUnsafe = /\d{16,}/.test(text);
        fc.pre(!hasUnsafe);
        expect(parseJsonLossless(text)).toEqual(JSON.parse(text));
      }),
    );
  });
});

describe('stringifyJson', () => {
  it('writes bigint ids as JSON numbers', () => {
    expect(stringifyJson([1376016924426111111n, 3141592653n])).toBe('[1376016924426111111,3141592653]');
  });

  it('writes strings and objects like JSON.stringify', () => {
    expect(stringifyJson({ grade: 'gold', keys: ['kakao_account.email'] })).toBe(
      JSON.stringify({ grade: 'gold', keys: ['kakao_account.email'] }),
    );
  });
});
