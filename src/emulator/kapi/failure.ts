/**
 * kapi failures as data: route code throws a {@link KapiFailure}, and the kapi host (`kapi/index.ts`) turns it into
 * Kakao's `{msg, code}` response in one place (via `kapiError`).
 *
 * @module
 */

import { type KapiErrorOptions, kapiError } from '../http/kapi-error.js';

/** A kapi error to answer with (spec §21.2, §21.4). */
export class KapiFailure extends Error {
  /**
   * @param code Kakao's negative error code, e.g. `-401`.
   * @param msg Kakao's `msg`; the code's usual text when omitted.
   * @param options HTTP status override and extra body fields (`required_scopes`, …).
   */
  constructor(
    readonly code: number,
    readonly msg?: string | undefined,
    readonly options: KapiErrorOptions = {},
  ) {
    super(`kapi ${code}${msg === undefined ? '' : `: ${msg}`}`);
    this.name = 'KapiFailure';
  }
}

/**
 * Throws a {@link KapiFailure}; reads well in guard clauses.
 *
 * @example
 * ```ts
 * declare const params: URLSearchParams;
 * if (!params.get('tags')) fail(-2, 'tags is required.');
 * ```
 */
export function fail(code: number, msg?: string, options?: KapiErrorOptions): never {
  throw new KapiFailure(code, msg, options);
}

/**
 * The response for a failure.
 *
 * @example
 * ```ts
 * failureResponse(new KapiFailure(-101)).status; // 400
 * ```
 */
export function failureResponse(failure: KapiFailure): Response {
  return kapiError(failure.code, failure.msg, failure.options);
}
