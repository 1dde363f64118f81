/**
 * Argument checks shared by the calls: mistakes become `TypeError`s that say how to fix them.
 *
 * @module
 */

/**
 * Returns `value` when it is a non-empty string, else throws a `TypeError` naming it and the fix.
 *
 * @example
 * ```ts
 * declare const params: { code?: string };
 * requireText(params.code, 'code', 'pass the code from parseCallback');
 * ```
 */
export function requireText(value: unknown, name: string, fix: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new TypeError(`${name} is required: ${fix}.`);
  }
  return value;
}

/**
 * The non-empty strings among `values` (the secrets of a request, for scrubbing errors).
 *
 * @example
 * ```ts
 * declare const code: string;
 * declare const kakao: KakaoClient;
 * secretsOf(code, kakao.clientSecret); // clientSecret left out when unset
 * ```
 */
export function secretsOf(...values: (string | undefined)[]): string[] {
  return values.filter((value): value is string => typeof value === 'string' && value !== '');
}
