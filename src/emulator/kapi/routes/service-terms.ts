/**
 * `GET /v2/user/service_terms` (spec §20.1): `result=agreed_service_terms` (default: only agreed
 * terms) or `app_service_terms` (every term of the app); `tags` (comma-separated) filters.
 *
 * @module
 * @see https://developers.kakao.com/docs/latest/en/kakaologin/rest-api#check-service-terms
 */

import { jsonId, jsonResponse } from '../../http/json.js';
import { fail } from '../failure.js';
import { commaList } from '../params.js';
import { userRoute } from '../route.js';
import { rejectUnknownTags, requireKakaoSync, termJson } from '../user/service-terms.js';

const RESULTS = ['agreed_service_terms', 'app_service_terms'];

/** The route. */
export const serviceTermsRoute = userRoute(['GET'], '/v2/user/service_terms', ({ params, caller }) => {
  const { app, link, user } = caller;
  requireKakaoSync(app);
  const result = params.get('result') || 'agreed_service_terms';
  if (!RESULTS.includes(result)) fail(-2, 'result must be agreed_service_terms or app_service_terms.');
  const tags = commaList(params, 'tags');
  if (tags) rejectUnknownTags(app, tags, 'get service terms');
  const terms = app.serviceTerms
    .filter((term) => result === 'app_service_terms' || link.serviceTerms.has(term.tag))
    .filter((term) => !tags || tags.includes(term.tag));
  return jsonResponse({ id: jsonId(user.id), service_terms: terms.map((term) => termJson(term, link)) });
});
