/**
 * `POST|GET {basePath}/unlink-webhook`: Kakao's unlink callback ("연결 끊기 알림"). Authenticated by
 * `Authorization: KakaoAK {primary admin key}` compared in constant time; ends the user's sessions
 * and tokens, calls the app's hook, and answers 200 at once. Idempotent: a repeat does no harm.
 *
 * @module
 */
import type { UnlinkEvent } from '../config.js';
import type { WebContext } from '../context.js';
import { json } from '../http/respond.js';
import { endUser } from '../session/session.js';
import { readUnlinkNotification } from '../webhook/unlink-notification.js';

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
  const event = await readUnlinkNotification(request, ctx.kakao.adminKey);
  await endUser(ctx, event.userId);
  await runHook(ctx, event);
  return json({ ok: true }, 200);
}

/** Awaits the hook at most `webhookHookTimeoutMs`; its failure does not fail the answer. */
async function runHook(ctx: WebContext, event: UnlinkEvent): Promise<void> {
  if (ctx.onUnlink === undefined) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ctx.webhookHookTimeoutMs);
  });
  const hook = Promise.resolve()
    .then(() => ctx.onUnlink?.(event))
    .catch(() => undefined); // Kakao gets its 200 regardless; the hook reports its own failures
  await Promise.race([hook, deadline]);
  clearTimeout(timer);
}
