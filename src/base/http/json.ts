/**
 * Lossless JSON: integers beyond 2^53 (Kakao user ids) are kept as decimal strings.
 *
 * Parsing is one regular-expression pass that quotes unsafe integer literals (skipping strings
 * whole), then the native `JSON.parse`; text without a run of 16 digits (no unsafe integer can hide
 * there) skips the pass.
 *
 * @module
 */

/** Every integer above `Number.MAX_SAFE_INTEGER` (16 digits) has at least 16 digits. */
const LONG_DIGITS = /\d{16}/;
/**
 * A JSON string (skipped whole), or an integer literal of 16 digits or more outside any string
 * (group 1) where a value ends: not part of a longer number (no digit, `.`, exponent or sign
 * before it; `,`, `]`, `}` or the end after it), not starting with `0`. Quoting only such literals
 * never makes malformed text parse (a number used as an object key stays a syntax error).
 */
const STRING_OR_LONG_INTEGER = /"(?:[^"\\]|\\.)*"|(?<![\d.eE+-])(-?[1-9]\d{15,})(?=\s*(?:[,\]}]|$))/g;

/**
 * Parses JSON like `JSON.parse`, except that integers outside the safe range become decimal
 * strings, so `{"id":1376016924426111111}` gives `{ id: '1376016924426111111' }`.
 *
 * @throws SyntaxError on malformed JSON.
 * @example
 * ```ts
 * parseJsonLossless('{"id":1376016924426111111}'); // { id: '1376016924426111111' }
 * ```
 */
export function parseJsonLossless(text: string): unknown {
  return JSON.parse(LONG_DIGITS.test(text) ? text.replace(STRING_OR_LONG_INTEGER, quoteUnsafe) : text);
}

/** The replacement of one match: a string as it was, an unsafe integer in quotes. */
function quoteUnsafe(match: string, integer: string | undefined): string {
  return integer !== undefined && !Number.isSafeInteger(Number(integer)) ? `"${integer}"` : match;
}

/**
 * Serialises like `JSON.stringify`, but writes `bigint`s as plain JSON numbers.
 *
 * @example
 * ```ts
 * stringifyJson([1376016924426111111n]); // '[1376016924426111111]'
 * ```
 */
export function stringifyJson(value: unknown): string {
  return write(value) ?? 'null';
}

/** One value as JSON text; `undefined` where `JSON.stringify` would leave the value out. */
function write(value: unknown): string | undefined {
  if (typeof value === 'bigint') return String(value);
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return write((value as { toJSON: () => unknown }).toJSON());
  }
  if (Array.isArray(value)) return `[${value.map((item) => write(item) ?? 'null').join(',')}]`;
  const members: string[] = [];
  for (const [key, member] of Object.entries(value)) {
    const text = write(member);
    if (text !== undefined) members.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${members.join(',')}}`;
}
