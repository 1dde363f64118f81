/**
 * Links and what hangs off them (spec §2, §11, §15, §16, §18–§20): consents, Kakao Sync service
 * terms, custom properties, sign-up, unlink (with the unlink webhook).
 *
 * @module
 */

import { type EmulatorState, linkKey } from './state.js';
import { revokeUserTokens } from './tokens.js';
import type { AgreedBy, App, Link, UnlinkReferrer } from './types.js';

/** The link of `userId` to `app`, created (connected now) when there is none yet. */
export function ensureLink(state: EmulatorState, app: App, userId: string): Link {
  const key = linkKey(app.id, userId);
  let link = state.links.get(key);
  if (!link) {
    link = {
      appId: app.id,
      userId,
      connectedAt: state.clock.now(),
      agreedScopes: new Set(),
      serviceTerms: new Map(),
      properties: {},
      hasSignedUp: app.autoLink,
    };
    state.links.set(key, link);
  }
  return link;
}

/** Records agreement to scopes (the consent screen, or autoLogin). */
export function agreeScopes(link: Link, scopeIds: Iterable<string>): void {
  for (const id of scopeIds) link.agreedScopes.add(id);
}

/** Result of {@link revokeScopes}: the revoked ids, or a kapi error. */
export type RevokeScopesResult = { ok: true; revoked: string[] } | { ok: false; code: -2 | -3; msg: string };

/**
 * Revokes consents (§19). A required item → `-3` "[id] is not revocable…"; an id that is not agreed
 * → `-2` "There is no scopes to revoke…". Nothing changes on an error.
 */
export function revokeScopes(app: App, link: Link, scopeIds: string[]): RevokeScopesResult {
  const required = scopeIds.filter((id) => app.consentItems.some((c) => c.id === id && c.required));
  if (required.length > 0) {
    const msg = `[${required.join(', ')}] is not revocable. check out if it's set as required on developers.kakao.com`;
    return { ok: false, code: -3, msg };
  }
  const unknown = scopeIds.filter((id) => !link.agreedScopes.has(id));
  if (unknown.length > 0 || scopeIds.length === 0) {
    const msg = `There is no scopes to revoke. check out if given scope id([${unknown.join(', ')}]) is correct again.`;
    return { ok: false, code: -2, msg };
  }
  for (const id of scopeIds) link.agreedScopes.delete(id);
  return { ok: true, revoked: scopeIds };
}

/** Records agreement to service terms; returns the tags that were newly agreed. */
export function agreeServiceTerms(
  state: EmulatorState,
  link: Link,
  tags: Iterable<string>,
  by: AgreedBy,
): string[] {
  const agreedAt = state.clock.now();
  const added: string[] = [];
  for (const tag of tags) {
    if (link.serviceTerms.has(tag)) continue;
    link.serviceTerms.set(tag, { agreedAt, agreedBy: by });
    added.push(tag);
  }
  if (added.length > 0 && by === 'KAUTH') link.synchedAt ??= agreedAt;
  return added;
}

/** Revokes agreed optional terms; required or never-agreed tags are silently left out (§20.2). */
export function revokeServiceTerms(app: App, link: Link, tags: string[]): string[] {
  const revocable = tags.filter((tag) => app.serviceTerms.some((t) => t.tag === tag && !t.required));
  return revocable.filter((tag) => link.serviceTerms.delete(tag));
}

/** Result of {@link setProperties}. */
export type SetPropertiesResult = { ok: true } | { ok: false; code: -201; msg: string };

/** Writes custom properties (§15): every key must be one of the app's `propertyKeys` (else `-201`). */
export function setProperties(app: App, link: Link, properties: Record<string, string>): SetPropertiesResult {
  const unknown = Object.keys(properties).filter((key) => !app.propertyKeys.includes(key));
  if (unknown.length > 0) {
    return {
      ok: false,
      code: -201,
      msg: `user property not found ([${unknown.join(', ')}] for appId=${app.id})`,
    };
  }
  Object.assign(link.properties, properties);
  return { ok: true };
}

/** Manual sign-up (§16): `false` when the user had already signed up (→ `-102`). */
export function signUp(link: Link): boolean {
  if (link.hasSignedUp) return false;
  link.hasSignedUp = true;
  return true;
}

/**
 * Ends a link (§11): revokes all the user's tokens for the app, drops consents, terms and
 * properties. For any reason other than `API` (the app's own `/v1/user/unlink`), the app's unlink
 * webhook is called (fire and forget; recorded in `state.webhooks`). Returns `false` when the user
 * was not linked (→ `-101`).
 */
export function unlink(
  state: EmulatorState,
  app: App,
  userId: string,
  referrer: UnlinkReferrer = 'API',
): boolean {
  const existed = state.links.delete(linkKey(app.id, userId));
  revokeUserTokens(state, app.id, userId);
  if (existed && referrer !== 'API' && app.unlinkCallbackUrl) {
    void deliverUnlinkWebhook(state, app, userId, referrer, app.unlinkCallbackUrl);
  }
  return existed;
}

/** How much of a webhook answer is kept. */
const WEBHOOK_ANSWER_LIMIT = 1000;

async function deliverUnlinkWebhook(
  state: EmulatorState,
  app: App,
  userId: string,
  referrerType: UnlinkReferrer,
  url: string,
): Promise<void> {
  const delivery = {
    at: state.clock.now(),
    url,
    appId: app.id,
    userId,
    referrerType,
    status: undefined as number | undefined,
    answer: undefined as string | undefined,
  };
  state.webhooks.push(delivery);
  const body = new URLSearchParams({ app_id: String(app.id), user_id: userId, referrer_type: referrerType });
  try {
    const response = await state.webhookFetch(url, {
      method: 'POST',
      headers: {
        authorization: `KakaoAK ${app.adminKey}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body,
    });
    const answer = await response.text();
    delivery.status = response.status;
    delivery.answer = answer.slice(0, WEBHOOK_ANSWER_LIMIT);
  } catch (error) {
    delivery.status = undefined;
    delivery.answer = `call failed: ${error instanceof Error ? error.message : String(error)}`.slice(
      0,
      WEBHOOK_ANSWER_LIMIT,
    );
  }
}
