/**
 * Kakao Sync service terms as kapi writes them (spec §20), shared by the three service-term
 * routes: the app must be a Kakao Sync app (`-3` otherwise, our choice), tags must be the app's
 * (`-2` with Kakao's message otherwise).
 *
 * @module
 */

import { rfc3339 } from '../../model/clock.js';
import type { App, Link, ServiceTerm } from '../../model/types.js';
import { fail } from '../failure.js';

/**
 * One element of `service_terms`. `revocable = !required`, as Kakao's example shows.
 *
 * @example
 * ```ts
 * declare const link: Link;
 * termJson({ tag: 'marketing', title: '마케팅', required: false }, link);
 * // { tag: 'marketing', required: false, agreed: false, revocable: true }
 * ```
 * @see https://developers.kakao.com/docs/latest/en/kakaologin/rest-api#check-service-terms
 */
export function termJson(term: ServiceTerm, link: Link): Record<string, unknown> {
  const agreement = link.serviceTerms.get(term.tag);
  const base = {
    tag: term.tag,
    required: term.required,
    agreed: agreement !== undefined,
    revocable: !term.required,
  };
  if (!agreement) return base;
  return { ...base, agreed_at: rfc3339(agreement.agreedAt), agreed_by: agreement.agreedBy };
}

/**
 * Refuses apps without service terms (not a Kakao Sync app): `-3`.
 *
 * @example
 * ```ts
 * declare const app: App;
 * requireKakaoSync(app);
 * ```
 */
export function requireKakaoSync(app: App): void {
  if (app.serviceTerms.length === 0) {
    fail(-3, 'Kakao Sync simple signup (service terms) is not configured for this app.');
  }
}

/**
 * Tags of `tags` that the app does not configure.
 *
 * @example
 * ```ts
 * declare const app: App;
 * unknownTags(app, ['marketing', 'bogus']); // ['bogus']
 * ```
 */
export function unknownTags(app: App, tags: readonly string[]): string[] {
  return tags.filter((tag) => !app.serviceTerms.some((term) => term.tag === tag));
}

/**
 * Refuses unknown tags with Kakao's `-2` message, e.g.
 * "There is no tags to revoke. check out to configured this tags([x]) in app(name)."
 *
 * @example
 * ```ts
 * declare const app: App;
 * declare const tags: string[];
 * rejectUnknownTags(app, tags, 'revoke');
 * ```
 */
export function rejectUnknownTags(app: App, tags: readonly string[], action: string): void {
  const unknown = unknownTags(app, tags);
  if (unknown.length > 0) {
    fail(
      -2,
      `There is no tags to ${action}. check out to configured this tags([${unknown.join(', ')}]) in app(${app.name}).`,
    );
  }
}

/**
 * The `tags` parameter of the POST routes (required, comma-separated): `-2` when absent or empty.
 *
 * @example
 * ```ts
 * import { commaList } from '../params.js';
 * declare const params: URLSearchParams;
 * const tags = requireTags(commaList(params, 'tags'));
 * ```
 */
export function requireTags(tags: string[] | undefined): string[] {
  if (!tags || tags.length === 0)
    fail(-2, 'tags is required: comma-separated service term tags, e.g. tags=marketing.');
  return tags;
}
