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

/** A run of this many characters of a secret, echoed anywhere, is redacted (issue: partial echoes). */
const MIN_PARTIAL = 8;

/**
 * Removes every known secret and anything that looks like one from `text`. A secret of 8+
 * characters is also removed in part: any run of 8 or more of its characters (a prefix echoed in
 * `error_description`, a middle slice) is redacted.
 *
 * @param secrets - exact values sent with the request (tokens, code, client secret, admin key)
 * @example
 * ```ts
 * redact('authorization code not found for code=abc', ['abc']); // '… code=[redacted]'
 * redact('refresh token tGzv3JOkF0XG5Qx2 expired', ['tGzv3JOkF0XG5Qx2TlKWIA']); // 'refresh token [redacted] expired'
 * ```
 */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= MIN_PARTIAL) out = redactParts(out, secret);
    else if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  return out.replace(SECRET_PAIR, `$1$2$3${REDACTED}`).replace(TOKEN_LIKE, scrubTokenLike);
}

/**
 * Replaces every run of `text` made of overlapping 8-character slices of `secret` (so every
 * substring of `secret` of 8+ characters) with one `[redacted]`. Linear in both lengths.
 */
function redactParts(text: string, secret: string): string {
  const slices = new Set<string>();
  for (let i = 0; i + MIN_PARTIAL <= secret.length; i++) slices.add(secret.slice(i, i + MIN_PARTIAL));
  let out = '';
  let copied = 0;
  let runEnd = -1;
  for (let i = 0; i + MIN_PARTIAL <= text.length; i++) {
    if (!slices.has(text.slice(i, i + MIN_PARTIAL))) continue;
    if (i > runEnd) {
      if (runEnd >= 0) out += REDACTED;
      out += text.slice(copied, i);
    }
    runEnd = i + MIN_PARTIAL;
    copied = runEnd;
  }
  return runEnd < 0 ? text : out + REDACTED + text.slice(copied);
}
