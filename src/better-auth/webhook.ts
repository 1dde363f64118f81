/**
 * `POST|GET {basePath}/kakao/unlink-webhook`: Kakao's unlink notification. The admin key is checked
 * in constant time by the web core's reader; the Kakao account row, the user's sessions and the
 * managed tokens are removed. Answered before Better Auth's router (it needs the raw form body).
 *
 * @module
 */
import type { AuthContext } from 'better-auth';
import { KakaoWebError, readUnlinkNotification } from '../web/index.js';
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
    let userId: string;
    try {
      ({ userId } = await readUnlinkNotification(request, options.client.adminKey));
    } catch (error) {
      if (!(error instanceof KakaoWebError)) throw error;
      return {
        response: Response.json({ error: error.code, message: error.message }, { status: error.status }),
      };
    }
    const context = ctx as unknown as KakaoAccountContext;
    const account = await context.internalAdapter.findAccountByKey({
      providerId: options.providerId,
      accountId: userId,
    });
    if (account === null) await options.tokens.remove(userId);
    else await removeKakaoLink(context, options.tokens, account);
    return { response: Response.json({ ok: true }) };
  };
}

function basePath(ctx: AuthContext): string {
  if (ctx.baseURL !== '') return new URL(ctx.baseURL).pathname.replace(/\/$/, '');
  return ctx.options.basePath ?? '/api/auth';
}
