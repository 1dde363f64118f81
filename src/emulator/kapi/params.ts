/**
 * kapi parameter parsing (spec §1.3): JSON-valued parameters (`property_keys`, `scopes`,
 * `target_ids`, `properties`) sent as one form/query value, comma lists (`tags`), booleans and
 * integers. Every problem is a `-2` {@link KapiFailure} whose message says what was expected.
 *
 * @module
 */

import { parseJsonLossless } from '../../base/http/json.js';
import { fail } from './failure.js';

const USER_ID = /^[1-9][0-9]{0,18}$/;

function parseJsonParam(name: string, text: string, expected: string): unknown {
  try {
    return parseJsonLossless(text);
  } catch {
    fail(-2, `${name} must be ${expected}; could not parse it as JSON.`);
  }
}

/**
 * A JSON array of strings, e.g. `property_keys=["kakao_account.email"]`; `undefined` when absent.
 *
 * @example
 * ```ts
 * declare const params: URLSearchParams;
 * const keys = jsonStringArray(params, 'property_keys'); // ['kakao_account.email'] | undefined
 * ```
 */
export function jsonStringArray(params: URLSearchParams, name: string): string[] | undefined {
  const text = params.get(name);
  if (text === null) return undefined;
  const expected = `a JSON array of strings, e.g. ${name}=["a","b"]`;
  const value = parseJsonParam(name, text, expected);
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    fail(-2, `${name} must be ${expected}.`);
  return value as string[];
}

/**
 * A JSON array of user ids (numbers or decimal strings, parsed losslessly: ids exceed 2^53),
 * e.g. `target_ids=[1376016924426111111]`; `undefined` when absent.
 *
 * @example
 * ```ts
 * jsonIdArray(new URLSearchParams('target_ids=[1376016924426111111]'), 'target_ids'); // ['1376016924426111111']
 * ```
 */
export function jsonIdArray(params: URLSearchParams, name: string): string[] | undefined {
  const text = params.get(name);
  if (text === null) return undefined;
  const expected = `a JSON array of numeric user ids, e.g. ${name}=[1376016924426111111]`;
  const value = parseJsonParam(name, text, expected);
  if (!Array.isArray(value)) fail(-2, `${name} must be ${expected}.`);
  return value.map((item) => {
    // Integers above 2^53 arrive as decimal strings, smaller ones as numbers.
    const id = typeof item === 'number' && Number.isSafeInteger(item) ? String(item) : item;
    if (typeof id !== 'string' || !USER_ID.test(id)) fail(-2, `${name} must be ${expected}.`);
    return id;
  });
}

function propertyValue(name: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  fail(-2, `${name} values must be strings, e.g. ${name}={"grade":"gold"}.`);
}

/**
 * A JSON object of string values, e.g. `properties={"grade":"gold"}`; `undefined` when absent.
 * Numbers and booleans become their text (`1.50` is written `1.5`; integers above 2^53 keep every digit).
 *
 * @example
 * ```ts
 * declare const params: URLSearchParams;
 * jsonStringRecord(params, 'properties'); // { grade: 'gold' }
 * ```
 */
export function jsonStringRecord(params: URLSearchParams, name: string): Record<string, string> | undefined {
  const text = params.get(name);
  if (text === null) return undefined;
  const expected = `a JSON object of strings, e.g. ${name}={"grade":"gold"}`;
  const value = parseJsonParam(name, text, expected);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(-2, `${name} must be ${expected}.`);
  // The keys come from the request: no prototype, so `__proto__` is an ordinary (unknown) key.
  const record: Record<string, string> = Object.create(null);
  for (const [key, item] of Object.entries(value)) record[key] = propertyValue(name, item);
  return record;
}

/**
 * A comma-separated list (`tags=a,b`), blanks and repeats dropped; `undefined` when absent.
 *
 * @example
 * ```ts
 * commaList(new URLSearchParams('tags=a,,b,a'), 'tags'); // ['a', 'b']
 * ```
 */
export function commaList(params: URLSearchParams, name: string): string[] | undefined {
  const text = params.get(name);
  if (text === null) return undefined;
  return [...new Set(text.split(',').map((t) => t.trim()))].filter(Boolean);
}

/**
 * A boolean parameter (`true`/`false`, any case); `fallback` when absent.
 *
 * @example
 * ```ts
 * declare const params: URLSearchParams;
 * booleanParam(params, 'secure_resource', false);
 * ```
 */
export function booleanParam(params: URLSearchParams, name: string, fallback: boolean): boolean {
  const text = params.get(name);
  if (text === null || text === '') return fallback;
  const lower = text.toLowerCase();
  if (lower !== 'true' && lower !== 'false') fail(-2, `${name} must be true or false.`);
  return lower === 'true';
}

/**
 * An integer parameter within `[min, max]`; `undefined` when absent.
 *
 * @example
 * ```ts
 * declare const params: URLSearchParams;
 * integerParam(params, 'limit', 1, 100) ?? 100;
 * ```
 */
export function integerParam(
  params: URLSearchParams,
  name: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  const text = params.get(name);
  if (text === null || text === '') return undefined;
  const value = Number(text);
  if (!/^-?\d+$/.test(text) || value < min || value > max) {
    fail(-2, `${name} must be an integer from ${min}${max === Number.MAX_SAFE_INTEGER ? '' : ` to ${max}`}.`);
  }
  return value;
}

/**
 * A user id parameter (decimal 64-bit); `undefined` when absent.
 *
 * @example
 * ```ts
 * declare const params: URLSearchParams;
 * userIdParam(params, 'from_id'); // '1376016924426111111' | undefined
 * ```
 */
export function userIdParam(params: URLSearchParams, name: string): string | undefined {
  const text = params.get(name);
  if (text === null || text === '') return undefined;
  if (!USER_ID.test(text)) fail(-2, `${name} must be a numeric user id.`);
  return text;
}
