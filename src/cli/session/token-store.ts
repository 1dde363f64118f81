/**
 * The profile's tokens: saved in Kakao's snake_case names plus absolute expiry times (`expires_at`,
 * `refresh_token_expires_at`, epoch seconds), read back as a token set, cleared on logout/unlink.
 *
 * @module
 */
import { type KakaoTokenSet, tokenSetFromJson, toTokenResponse } from '../../index.js';
import type { CommandContext } from '../args/command.js';
import { tokenFieldProblem } from '../config/profile-shape.js';
import type { Settings } from '../config/settings.js';
import { ConfigError } from '../errors.js';

/** The settings a profile remembers after a login (never the admin key). */
const REMEMBERED: readonly (keyof Settings)[] = [
  'restApiKey',
  'clientSecret',
  'redirectUri',
  'authUrl',
  'apiUrl',
];

/** Kakao's token response JSON for a token set (what the CLI prints). */
export function tokenResponse(tokens: KakaoTokenSet): Record<string, unknown> {
  return { ...toTokenResponse(tokens) };
}

/**
 * Saves the tokens and the settings they were obtained with to the active profile.
 *
 * @example
 * ```ts
 * declare const ctx: Parameters<typeof saveTokens>[0];
 * declare const tokens: KakaoTokenSet;
 * saveTokens(ctx, tokens);
 * ```
 */
export function saveTokens(ctx: CommandContext, tokens: KakaoTokenSet): void {
  const { values } = ctx.config();
  const settings: Settings = {};
  for (const name of REMEMBERED) if (values[name] !== undefined) settings[name] = values[name];
  ctx.profile.update((old) => ({
    ...old,
    settings: { ...old.settings, ...settings },
    tokens: tokenResponse(tokens),
  }));
}

/** Removes the tokens from the active profile (settings stay). */
export function clearTokens(ctx: CommandContext): void {
  ctx.profile.update(({ tokens: _gone, ...rest }) => rest);
}

/**
 * Reads the active profile's tokens.
 *
 * @throws ConfigError when the profile has none (run `login`).
 */
export function loadTokens(ctx: CommandContext): KakaoTokenSet {
  const saved = ctx.profile.read()?.tokens;
  if (saved === undefined || !Object.hasOwn(saved, 'access_token')) {
    throw new ConfigError(
      `Profile "${ctx.profile.name}" has no saved tokens: run \`kakao-oauth login\` (or \`token --code\`) first, or pass a token on the command line.`,
    );
  }
  const problem = tokenFieldProblem(saved);
  if (problem) {
    throw new ConfigError(
      `Profile "${ctx.profile.name}" (${ctx.profile.path}) holds unusable tokens: ${problem}. Run \`kakao-oauth login\` again to replace them.`,
    );
  }
  let tokens: KakaoTokenSet;
  try {
    tokens = tokenSetFromJson(saved);
  } catch (err) {
    throw new ConfigError(
      `Profile "${ctx.profile.name}" holds no usable tokens (${(err as Error).message}): run \`kakao-oauth login\` again.`,
    );
  }
  ctx.redactor.add(tokens.accessToken, tokens.refreshToken, tokens.idToken);
  return tokens;
}
