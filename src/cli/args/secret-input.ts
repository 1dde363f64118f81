/**
 * Secrets without the process list: a value given as a flag is visible to every local user (`ps`),
 * so each secret option also takes `-` (read the value from stdin) or an environment variable.
 *
 * @module
 */

import { SETTINGS } from '../config/settings.js';
import { UsageError } from '../errors.js';
import type { CommandContext, OptionValues } from './command.js';

/** The secret options and the environment variable each falls back to. */
export const SECRET_OPTIONS = new Map<string, string>([
  ['access-token', 'KAKAO_ACCESS_TOKEN'],
  ['refresh-token', 'KAKAO_REFRESH_TOKEN'],
  ['code', 'KAKAO_CODE'],
  ['code-verifier', 'KAKAO_CODE_VERIFIER'],
  [SETTINGS.clientSecret.flag, SETTINGS.clientSecret.env],
  [SETTINGS.adminKey.flag, SETTINGS.adminKey.env],
]);

/** The help's warning, shown with every command that takes a secret. */
export const SECRET_HELP = `Secrets (tokens, codes, the client secret, the admin key) given as flags are visible to other
users of this machine in the process list (ps). Pass - instead to read the value from stdin
(e.g. \`printf %s "$TOKEN" | kakao-oauth me --access-token -\`), or set its environment variable.`;

/** `--name VALUE` help text for a secret option: what it is, `-`, and its variable. */
export function secretDescription(name: string, what: string): string {
  return `${what} (- reads it from stdin; or set ${SECRET_OPTIONS.get(name) ?? 'its variable'})`;
}

/**
 * Replaces the one secret option given as `-` with the value read from stdin.
 *
 * @throws UsageError when more than one option asks for stdin, or stdin held nothing.
 * @example
 * ```ts
 * declare const readStdin: () => Promise<string>;
 * const values = await secretsFromStdin('me', { 'access-token': '-' }, readStdin);
 * ```
 */
export async function secretsFromStdin(
  command: string,
  values: OptionValues,
  readStdin: () => Promise<string>,
): Promise<OptionValues> {
  const fromStdin = [...SECRET_OPTIONS.keys()].filter((name) => values[name] === '-');
  if (fromStdin.length === 0) return values;
  const where = `kakao-oauth ${command}`;
  if (fromStdin.length > 1) {
    throw new UsageError(
      `${where}: only one option can read stdin, but ${fromStdin.map((n) => `--${n}`).join(' and ')} both ask for it. Pass the others through their environment variables.`,
      command,
    );
  }
  const name = fromStdin[0]!;
  const value = (await readStdin()).trim();
  if (value === '') throw new UsageError(`${where}: --${name} - read nothing from stdin.`, command);
  return { ...values, [name]: value };
}

/**
 * A secret option's value: the flag (stdin already read), else its environment variable.
 *
 * @example
 * ```ts
 * declare const ctx: Parameters<typeof secretOption>[0];
 * const accessToken = secretOption(ctx, 'access-token');
 * ```
 */
export function secretOption(ctx: CommandContext, name: string): string | undefined {
  const flag = ctx.values[name];
  if (typeof flag === 'string' && flag !== '') return flag;
  const variable = SECRET_OPTIONS.get(name);
  const fromEnv = variable === undefined ? undefined : ctx.env[variable];
  return fromEnv === '' ? undefined : fromEnv;
}
