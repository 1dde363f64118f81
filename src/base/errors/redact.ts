/**
 * Scrubbing of secrets from text that came from a server (error descriptions, messages).
 *
 * @module
 */

const REDACTED = '[redacted]';

/** `code=…`, `access_token=…`, `client_secret: …` style pairs. */
const SECRET_PAIR =
  /\b(code|access_token|refresh_token|id_token|token|client_secret|secret|admin_key|code_verifier|key)(\s*[=:]\s*)("?)(?!\[redacted\])[^\s,;&"')\]]+/gi;

/** Long opaque runs that look like tokens, JWTs or keys (20+ url-safe characters). */
const TOKEN_LIKE = /[A-Za-z0-9_-]{20,}(?:\.[A-Za-z0-9_-]+)*/g;

/** Words such as `expired_or_invalid_refresh_token` are prose; a token mixes letters and digits. */
function scrubTokenLike(run: string): string {
  return /[0-9]/.test(run) && /[A-Za-z]/.test(run) ? REDACTED : run;
}

/**
 * Removes every known secret and anything that looks like one from `text`.
 *
 * @param secrets - exact values sent with the request (tokens, code, client secret, admin key)
 * @example
 * ```ts
 * redact('authorization code not found for code=abc', ['abc']); // '… code=[redacted]'
 * ```
 */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  return out.replace(SECRET_PAIR, `$1$2$3${REDACTED}`).replace(TOKEN_LIKE, scrubTokenLike);
}
