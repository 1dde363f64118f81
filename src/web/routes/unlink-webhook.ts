/**
 * `POST|GET {basePath}/unlink-webhook`: Kakao's unlink callback ("연결 끊기 알림"). Authenticated by
 * `Authorization: KakaoAK {primary admin key}` compared in constant time; ends the user's sessions
 * and tokens, calls the app's hook, and answers 200 at once. Idempotent: a repeat does no harm.
 *
 * @module
 */
import { timingSafeEqual } from '../../client/index.js';
import type { UnlinkEvent } from '../config.js';
import type { WebContext } from '../context.js';
import { KakaoWebError } from '../errors/request-error.js';
import { json } from '../http/respond.js';
import { endUserSessions } from '../session/session.js';

/** Largest webhook body read. */
const MAX_BODY_BYTES = 4096;

/**
 * Receives one unlink notification.
 *
 * @throws KakaoWebError `webhook_unauthorized` (wrong or missing admin key, or none configured),
 *   `webhook_bad_request` (no numeric `user_id`), `method_not_allowed`.
 * @example
 * ```ts
 * declare const ctx: WebContext;
 * declare const request: Request;
 * const response = await unlinkWebhookRoute(ctx, request);
 * ```
 */
export async function unlinkWebhookRoute(ctx: WebContext, request: Request): Promise<Response> {
  if (request.method !== 'POST' && request.method !== 'GET') throw new KakaoWebError('method_not_allowed');
  const adminKey = ctx.kakao.adminKey;
  const sent = request.headers.get('authorization') ?? '';
  if (adminKey === undefined || !timingSafeEqual(sent, `KakaoAK ${adminKey}`)) {
    throw new KakaoWebError('webhook_unauthorized');
  }
  const event = await readEvent(request);
  await ctx.tokens.remove(event.userId);
  await endUserSessions(ctx, event.userId);
  await runHook(ctx, event);
  return json({ ok: true }, 200);
}

async function readEvent(request: Request): Promise<UnlinkEvent> {
  const params = new URL(request.url).searchParams;
  if (request.method === 'POST') {
    const text = await request.text();
    if (text.length > MAX_BODY_BYTES) throw new KakaoWebError('webhook_bad_request');
    for (const [name, value] of new URLSearchParams(text)) params.set(name, value);
  }
  const userId = params.get('user_id');
  if (userId === null || !/^\d{1,20}$/.test(userId)) throw new KakaoWebError('webhook_bad_request');
  return {
    userId,
    appId: params.get('app_id') ?? undefined,
    referrerType: params.get('referrer_type') ?? undefined,
  };
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
