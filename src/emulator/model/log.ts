/**
 * The request log (read through `/__emulator/log`), with every secret replaced by `[redacted]`:
 * tokens, codes, client secrets, PKCE verifiers, admin keys. Only the scheme of an
 * `Authorization` header is kept.
 *
 * @module
 */

import { type EmulatorState, REQUEST_LOG_LIMIT } from './state.js';
import type { RequestLogEntry } from './types.js';

/** Parameter names whose values never reach the log. */
export const SECRET_PARAMS: ReadonlySet<string> = new Set([
  'code',
  'access_token',
  'refresh_token',
  'id_token',
  'client_secret',
  'code_verifier',
  'admin_key',
  'app_key',
  'password',
]);

/** Longest parameter value (and name, and path) kept in the log; longer ones are cut. */
export const LOG_VALUE_LIMIT = 256;
/** Most parameters kept per log entry; the rest are counted under `…`. */
export const LOG_PARAMS_LIMIT = 32;

/** `text` cut to {@link LOG_VALUE_LIMIT} characters, saying how long it was. */
export function truncateForLog(text: string): string {
  if (text.length <= LOG_VALUE_LIMIT) return text;
  return `${text.slice(0, LOG_VALUE_LIMIT)}…[${text.length} chars]`;
}

/**
 * Copies parameters into a record without a prototype (names come from the request:
 * `__proto__` is kept as a plain key), secrets replaced by `[redacted]`, long values cut, at most
 * {@link LOG_PARAMS_LIMIT} parameters.
 */
export function redactParams(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  let count = 0;
  for (const [name, value] of params) {
    if (++count > LOG_PARAMS_LIMIT) continue;
    out[truncateForLog(name)] = SECRET_PARAMS.has(name) ? '[redacted]' : truncateForLog(value);
  }
  if (count > LOG_PARAMS_LIMIT) out['…'] = `${count - LOG_PARAMS_LIMIT} more parameters not logged`;
  return out;
}

/**
 * The scheme of an `Authorization` header, never the credential: `Bearer` or `KakaoAK` as sent
 * (matched case-insensitively), `[malformed]` for anything else — a header without a known scheme
 * word may be a bare token.
 */
export function authScheme(header: string | null): string | undefined {
  if (!header) return undefined;
  const scheme = /^\s*(bearer|kakaoak)(?=\s)/i.exec(header)?.[1];
  return scheme ?? '[malformed]';
}

/** Appends an entry, dropping the oldest beyond {@link REQUEST_LOG_LIMIT}. */
export function recordRequest(state: EmulatorState, entry: RequestLogEntry): void {
  const { log } = state;
  log.push(entry);
  // Usually exactly one over: shift() is O(1) in V8 (the array is trimmed at its start).
  if (log.length === REQUEST_LOG_LIMIT + 1) log.shift();
  else if (log.length > REQUEST_LOG_LIMIT) log.splice(0, log.length - REQUEST_LOG_LIMIT);
}
