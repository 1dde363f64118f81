/**
 * `POST|GET {basePath}/kakao/unlink-webhook`: Kakao's unlink notification. The admin key is checked
 * in constant time by the web core's reader; the Kakao account row, the user's sessions and the
 * managed tokens are removed. Answered before Better Auth's router (it needs the raw form body).
 *
 * @module
 */
import type { AuthContext } from 'better-auth';
import { answerUnlinkNotification, DEFAULT_WEBHOOK_HOOK_TIMEOUT_MS } from '../web/webhook/receive-unlink.js';
import { type KakaoAccountContext, removeKakaoLink } from './accounts.js';
import type { ResolvedOptions } from './options.js';

/** The webhook's path under Better Auth's base path. */
export const WEBHOOK_PATH = '/kakao/unlink-webhook';

/**
 * The plugin's `onRequest`: answers the webhook, lets every other request through.
 *
 * @example
 * ```ts
 * declare const options: ResolvedOptions;
 * const onRequest = unlinkWebhook(options);
 * ```
 */
export function unlinkWebhook(options: ResolvedOptions) {
  return async (request: Request, ctx: AuthContext): Promise<{ response: Response } | undefined> => {
    if (new URL(request.url).pathname !== `${basePath(ctx)}${WEBHOOK_PATH}`) return undefined;
    const response = await answerUnlinkNotification(request, {
      adminKey: options.client.adminKey,
      endUser: (userId) => removeLink(options, ctx as unknown as KakaoAccountContext, userId),
      hookTimeoutMs: DEFAULT_WEBHOOK_HOOK_TIMEOUT_MS,
    });
    return { response };
  };
}

/** The Kakao account row, the user's sessions and the managed tokens (only the tokens when no row). */
async function removeLink(options: ResolvedOptions, context: KakaoAccountContext, userId: string) {
  const account = await context.internalAdapter.findAccountByKey({
    providerId: options.providerId,
    accountId: userId,
  });
  if (account === null) await options.tokens.remove(userId);
  else await removeKakaoLink(context, options.tokens, account);
}

function basePath(ctx: AuthContext): string {
  if (ctx.baseURL !== '') return new URL(ctx.baseURL).pathname.replace(/\/$/, '');
  return ctx.options.basePath ?? '/api/auth';
}
