import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonLossless, stringifyJson } from '../../../src/base/http/json.js';

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

/** A generated JSON text with the value `parseJsonLossless` must give for it. */
interface Sample {
  readonly text: string;
  readonly value: unknown;
}

/** What a lossless parse gives for one number literal: unsafe integers as their digits. */
function expectedNumber(literal: string): number | string {
  const unsafeInteger = /^-?\d+$/.test(literal) && !Number.isSafeInteger(Number(literal));
  return unsafeInteger ? literal : Number(literal);
}

const space = fc.constantFrom('', ' ', '\n', '\t ');
/** Strings full of digits, quotes, backslashes and JSON punctuation, to confuse a scanner. */
const trickyString = fc
  .array(
    fc.oneof(
      fc.constantFrom('"', '\\', '\\"', ':', ',', '[', '{', '}', ']', '-', ' ', 'é', '\n'),
      fc.bigInt({ min: 0n, max: 2n ** 70n }).map(String),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));
const numberLiteral = fc.oneof(
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String),
  fc.integer().map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
  fc
    .tuple(fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n }), fc.nat(99999), fc.integer({ min: -30, max: 30 }))
    .chain(([int, fraction, exponent]) =>
      fc.constantFrom(
        `${int}.${fraction}`,
        `${int}e${exponent}`,
        `${int}.${fraction}E+${Math.abs(exponent)}`,
      ),
    ),
);
const leaf: fc.Arbitrary<Sample> = fc.oneof(
  numberLiteral.map((text) => ({ text, value: expectedNumber(text) })),
  trickyString.map((value) => ({ text: JSON.stringify(value), value })),
  fc.constantFrom(true, false, null).map((value) => ({ text: String(value), value })),
);
const { sample } = fc.letrec<{ sample: Sample }>((tie) => ({
  sample: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'json' },
    leaf,
    fc.array(fc.tuple(space, tie('sample'), space), { maxLength: 4 }).map((items) => ({
      text: `[${items.map(([before, item, after]) => before + item.text + after).join(',')}]`,
      value: items.map(([, item]) => item.value),
    })),
    fc
      .uniqueArray(fc.tuple(trickyString, space, tie('sample')), { maxLength: 4, selector: ([key]) => key })
      .map((members) => ({
        text: `{${members.map(([key, gap, item]) => `${JSON.stringify(key)}${gap}:${gap}${item.text}`).join(',')}}`,
        value: Object.fromEntries(members.map(([key, , item]) => [key, item.value])),
      })),
  ),
}));

describe('parseJsonLossless on generated JSON', () => {
  it('quotes unsafe integers outside strings and leaves strings, decimals and exponents alone', () => {
    fc.assert(
      fc.property(sample, ({ text, value }) => {
        expect(parseJsonLossless(text)).toEqual(value);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects exactly the texts JSON.parse rejects, big integers or not', () => {
    const broken = fc.tuple(sample, fc.nat(), fc.constantFrom('', '"', '\\', ':', ',', '{', '[', '0', '7'));
    fc.assert(
      fc.property(broken, ([{ text }, at, insert]) => {
        const i = at % (text.length + 1);
        const mutated = text.slice(0, i) + insert + text.slice(i + (insert === '' ? 1 : 0));
        const fails = (parse: (text: string) => unknown) => {
          try {
            parse(mutated);
            return false;
          } catch (error) {
            expect(error).toBeInstanceOf(SyntaxError);
            return true;
          }
        };
        expect(fails(parseJsonLossless)).toBe(fails(JSON.parse));
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['a big integer as an object key', '{12345678901234567890:1}'],
    ['a big integer as a spaced object key', '{12345678901234567890 :1}'],
    ['a big integer as a later object key', '{"a":1,\n12345678901234567890\n:2}'],
    ['a big integer with a leading zero', '[012345678901234567890]'],
    ['a big integer glued to a word', '[12345678901234567890x]'],
    ['a big integer after another value', '[1 12345678901234567890]'],
    ['a big integer after an unterminated string', '["a,12345678901234567890]'],
  ])('does not turn %s into valid JSON', (_, text) => {
    expect(() => parseJsonLossless(text)).toThrow(SyntaxError);
  });

  it('keeps big integers inside strings, even next to escaped quotes', () => {
    const text = '{"s":"\\"12345678901234567890\\"","n":-12345678901234567890,"k":[1e400,2.5e-7]}';
    expect(parseJsonLossless(text)).toEqual({
      s: '"12345678901234567890"',
      n: '-12345678901234567890',
      k: [Number.POSITIVE_INFINITY, 2.5e-7],
    });
  });

  it('treats 2^53 as unsafe and 2^53 - 1 as safe, like Number.isSafeInteger', () => {
    expect(parseJsonLossless('[9007199254740992,9007199254740991,-9007199254740992]')).toEqual([
      '9007199254740992',
      9007199254740991,
      '-9007199254740992',
    ]);
  });
});

describe('stringifyJson on generated values', () => {
  it('agrees with JSON.stringify on values without bigints', () => {
    fc.assert(
      fc.property(fc.anything({ withDate: true, withNullPrototype: true }), (value) => {
        expect(stringifyJson(value)).toBe(JSON.stringify(value) ?? 'null');
      }),
    );
  });

  it('round-trips bigints through parseJsonLossless', () => {
    const ids = fc.array(fc.bigInt({ min: 2n ** 53n, max: 2n ** 64n }), { maxLength: 5 });
    fc.assert(
      fc.property(ids, (list) => {
        expect(parseJsonLossless(stringifyJson({ ids: list }))).toEqual({ ids: list.map(String) });
      }),
    );
  });
});
