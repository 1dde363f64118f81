/**
 * What a profile file must look like, with problems named precisely ("tokens.access_token is a
 * number, expected a string") instead of a generic "not valid".
 *
 * @module
 */

/** `an array`, `null`, `a number`, … — how a JSON value's type reads in a sentence. */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The first problem with a parsed profile file's shape, or undefined when it is usable: an object
 * whose `settings` (if any) hold strings and whose `tokens` (if any) is an object.
 *
 * @example
 * ```ts
 * profileShapeProblem([]); // 'it holds an array, expected an object like {"settings": {…}, "tokens": {…}}'
 * ```
 */
export function profileShapeProblem(parsed: unknown): string | undefined {
  if (!isObject(parsed))
    return `it holds ${jsonTypeOf(parsed)}, expected an object like {"settings": {…}, "tokens": {…}}`;
  for (const part of ['settings', 'tokens']) {
    const value = Object.hasOwn(parsed, part) ? parsed[part] : undefined;
    if (value !== undefined && !isObject(value))
      return `"${part}" is ${jsonTypeOf(value)}, expected an object`;
  }
  const settings = Object.hasOwn(parsed, 'settings') ? (parsed.settings as Record<string, unknown>) : {};
  for (const [name, value] of Object.entries(settings ?? {})) {
    if (typeof value !== 'string') return `"settings.${name}" is ${jsonTypeOf(value)}, expected a string`;
  }
  return undefined;
}

/** The saved token fields and the type each must have when present. */
const TOKEN_FIELDS = new Map<string, 'string' | 'number'>([
  ['access_token', 'string'],
  ['token_type', 'string'],
  ['refresh_token', 'string'],
  ['id_token', 'string'],
  ['scope', 'string'],
  ['expires_at', 'number'],
  ['refresh_token_expires_at', 'number'],
]);

/**
 * The first saved token field with the wrong type (or an empty access token), or undefined.
 *
 * @example
 * ```ts
 * tokenFieldProblem({ access_token: 5 }); // '"tokens.access_token" is a number, expected a string'
 * ```
 */
export function tokenFieldProblem(tokens: Record<string, unknown>): string | undefined {
  for (const [field, type] of TOKEN_FIELDS) {
    const value = Object.hasOwn(tokens, field) ? tokens[field] : undefined;
    if (value !== undefined && typeof value !== type)
      return `"tokens.${field}" is ${jsonTypeOf(value)}, expected a ${type}`;
  }
  if (tokens.access_token === '') return '"tokens.access_token" is empty';
  if (!Object.hasOwn(tokens, 'expires_at')) return '"tokens.expires_at" is missing';
  return undefined;
}
