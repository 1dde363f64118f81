/**
 * Who a user-API call acts as: `--access-token`, `--user-id` with the admin key, or the saved
 * profile's access token.
 *
 * @module
 */
import type { CommandContext, OptionSpec } from '../args/command.js';
import { stringOption } from '../args/option-values.js';
import { secretDescription, secretOption } from '../args/secret-input.js';
import { ConfigError } from '../errors.js';
import { loadTokens } from './token-store.js';

/** A Bearer caller or an admin caller, as the client's user calls take them. */
export type Caller = { accessToken: string } | { userId: string };

/** `--access-token` and `--user-id`. */
export const CALLER_OPTIONS: Record<string, OptionSpec> = {
  'access-token': {
    type: 'string',
    valueName: 'TOKEN',
    description: secretDescription('access-token', "use this access token instead of the profile's"),
  },
  'user-id': {
    type: 'string',
    valueName: 'ID',
    description: 'act on this user with the admin key (KAKAO_ADMIN_KEY)',
  },
};

/**
 * Picks the caller and tells whether it came from the profile.
 *
 * @throws ConfigError when `--user-id` is used without an admin key, or nothing is saved.
 */
export function resolveCaller(ctx: CommandContext): { caller: Caller; fromProfile: boolean } {
  const accessToken = secretOption(ctx, 'access-token');
  const userId = stringOption(ctx, 'user-id');
  if (accessToken) {
    ctx.redactor.add(accessToken);
    return { caller: { accessToken }, fromProfile: false };
  }
  if (userId) {
    if (!ctx.config().values.adminKey) {
      throw new ConfigError(
        '--user-id needs the admin key: set KAKAO_ADMIN_KEY (or --admin-key). Find it in Kakao Developers → your app → App Keys.',
      );
    }
    if (!/^[1-9][0-9]{0,18}$/.test(userId))
      throw new ConfigError(`--user-id must be a Kakao user id (digits), got ${JSON.stringify(userId)}.`);
    ctx.hints.adminCall = true;
    return { caller: { userId }, fromProfile: false };
  }
  return { caller: { accessToken: loadTokens(ctx).accessToken }, fromProfile: true };
}
