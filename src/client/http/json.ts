/**
 * Lossless JSON: integers beyond 2^53 (Kakao user ids) are kept as decimal strings.
 *
 * @module
 */
import { isSafeNumber, parse, stringify } from 'lossless-json';

/** Keeps safe numbers as numbers; turns unsafe integers into exact decimal strings. */
function parseNumber(text: string): number | string {
  if (isSafeNumber(text)) return Number(text);
  return /^-?\d+$/.test(text) ? text : Number(text);
}

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
  return parse(text, null, parseNumber);
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
  return stringify(value) ?? 'null';
}
