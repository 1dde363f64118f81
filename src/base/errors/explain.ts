/**
 * One human paragraph for any error: what happened, Kakao's code, what it means, how to fix it.
 *
 * @module
 */
import { KakaoApiError } from './api-error.js';
import { KakaoAuthError } from './auth-error.js';
import { KakaoError } from './kakao-error.js';

/**
 * Explains an error in one paragraph, for a CLI or a log line. Safe to print: our errors never
 * hold secrets; any other error is reduced to its name.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const code: string;
 * try {
 *   await exchangeCode(kakao, { code });
 * } catch (error) {
 *   console.error(explainError(error));
 *   // "Kakao authorization error KOE320 invalid_grant: Authorization code not found: … Fix: Start a new login …"
 * }
 * ```
 */
export function explainError(error: unknown): string {
  if (error instanceof KakaoAuthError || error instanceof KakaoApiError) {
    const fix = error.hint === undefined ? '' : ` Fix: ${error.hint}`;
    const status = error.status === undefined ? '' : ` (HTTP ${error.status})`;
    return `${error.message.replace(/\.$/, '')}${status}.${fix}${retryNote(error)}`;
  }
  if (error instanceof KakaoError) return `${error.message}${retryNote(error)}`;
  if (isLibraryError(error)) return error.message;
  if (error instanceof TypeError) return `Invalid argument: ${error.message}`;
  return `Unexpected ${error instanceof Error ? error.name : typeof error}.`;
}

function retryNote(error: KakaoError): string {
  if (!error.retryable) return '';
  const wait = error.retryAfterMs === undefined ? '' : ` after ${Math.ceil(error.retryAfterMs / 1000)} s`;
  return ` This may succeed if retried${wait}.`;
}

/** Errors of this package's other modules (e.g. `KakaoIdTokenError`) that carry a stable `code`. */
function isLibraryError(error: unknown): error is Error & { code: string } {
  return (
    error instanceof Error &&
    error.name.startsWith('Kakao') &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}
