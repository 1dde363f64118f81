/**
 * Request parameters: query strings and `application/x-www-form-urlencoded` bodies (spec §1.3).
 *
 * @module
 */
import { stringifyJson } from './json.js';

/**
 * One parameter value. Arrays and objects are sent as JSON text; `undefined` is left out.
 *
 * @example
 * ```ts
 * const value: ParamValue = ['kakao_account.email']; // sent as JSON text
 * ```
 */
export type ParamValue = string | number | bigint | boolean | readonly unknown[] | object | null | undefined;

/**
 * Request parameters by wire name.
 *
 * @example
 * ```ts
 * const params: Params = { property_keys: ['kakao_account.email'], secure_resource: true };
 * ```
 */
export type Params = Readonly<Record<string, ParamValue>>;

/**
 * The `Content-Type` of every request body Kakao accepts.
 *
 * @example
 * ```ts
 * declare const url: string;
 * const body = new URLSearchParams({ grant_type: 'refresh_token' });
 * new Request(url, { method: 'POST', headers: { 'Content-Type': FORM_CONTENT_TYPE }, body });
 * ```
 */
export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded;charset=utf-8';

/**
 * Encodes parameters the way Kakao expects: scalars as text, arrays and objects as one JSON value
 * (e.g. `property_keys=["kakao_account.email"]`), `undefined` and `null` skipped.
 *
 * @example
 * ```ts
 * encodeParams({ property_keys: ['kakao_account.email'] }).toString();
 * // 'property_keys=%5B%22kakao_account.email%22%5D'
 * ```
 */
export function encodeParams(params: Params = {}): URLSearchParams {
  const out = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    out.append(name, typeof value === 'object' ? stringifyJson(value) : String(value));
  }
  return out;
}
