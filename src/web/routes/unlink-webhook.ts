/**
 * `POST|GET {basePath}/unlink-webhook`: Kakao's unlink callback ("연결 끊기 알림"). Authenticated by
 * `Authorization: KakaoAK {primary admin key}` compared in constant time; ends the user's sessions
 * and tokens, calls the app's hook, and answers 200 at once. Idempotent: a repeat does no harm.
 *
 * @module
 */
import type { WebContext } from '../context.js';
import { json } from '../http/respond.js';
import { endUser } from '../session/session.js';
import { receiveUnlinkNotification } from '../webhook/receive-unlink.js';

/**
 * Receives one unlink notification.
 *
 * @throws KakaoWebError `webhook_unauthorized` (wrong or missing admin key, or none configured),
 *   `webhook_bad_request` (no numeric `user_id`), `body_too_large`, `method_not_allowed`.
 * @example
 * ```ts
 * declare const ctx: WebContext;
 * declare const request: Request;
 * const response = await unlinkWebhookRoute(ctx, request);
 * ```
 */
export async function unlinkWebhookRoute(ctx: WebContext, request: Request): Promise<Response> {
  await receiveUnlinkNotification(request, {
    adminKey: ctx.kakao.adminKey,
    endUser: (userId) => endUser(ctx, userId),
    onUnlink: ctx.onUnlink,
    hookTimeoutMs: ctx.webhookHookTimeoutMs,
  });
  return json({ ok: true }, 200);
}
