/**
 * Scrubs secrets out of anything the CLI writes to stderr: the values it knows (tokens, client
 * secret, admin key, authorization codes) and the shapes that look like one.
 *
 * @module
 */

const REDACTED = '[redacted]';

/** Shapes that are secret whatever their value: query/form fields, auth headers, JWTs. */
const SECRET_PATTERNS: readonly RegExp[] = [
  /\b(code|access_token|refresh_token|id_token|client_secret|code_verifier)=[^&\s"'<>]+/gi,
  /\b(Bearer|KakaoAK)\s+[^\s"',]+/g,
  /\beyJ[\w-]+\.[\w-]+\.[\w-]*/g,
];

/** Remembers secret values and removes them (and secret-looking shapes) from text. */
export class Redactor {
  readonly #secrets = new Set<string>();

  /** Remembers values to scrub. Empty and very short values are ignored (they would match too much). */
  add(...values: readonly (string | undefined | null)[]): this {
    for (const value of values) if (typeof value === 'string' && value.length >= 4) this.#secrets.add(value);
    return this;
  }

  /**
   * Returns `text` with every remembered secret and every secret-looking shape replaced.
   *
   * @example
   * ```ts
   * new Redactor().add('s3cr3t-value').scrub('bad secret s3cr3t-value'); // 'bad secret [redacted]'
   * ```
   */
  scrub(text: string): string {
    let out = text;
    const longestFirst = [...this.#secrets].sort((a, b) => b.length - a.length);
    for (const secret of longestFirst) out = out.split(secret).join(REDACTED);
    for (const pattern of SECRET_PATTERNS) {
      out = out.replace(pattern, (match, name: string) =>
        match.includes('=')
          ? `${name}=${REDACTED}`
          : match.startsWith('eyJ')
            ? REDACTED
            : `${name} ${REDACTED}`,
      );
    }
    return out;
  }
}
