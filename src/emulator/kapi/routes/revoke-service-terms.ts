/**
 * `POST /v2/user/revoke/service_terms` (spec §20.2): withdraws agreed optional terms. Tags the app
 * does not have → `-2`; required or never-agreed tags are silently left out of the answer.
 *
 * @module
 * @see https://developers.kakao.com/docs/latest/en/kakaologin/rest-api#revoke-service-terms
 */

import { jsonId, jsonResponse } from '../../http/json.js';
import { revokeServiceTerms } from '../../model/links.js';
import { commaList } from '../params.js';
import { userRoute } from '../route.js';
import { rejectUnknownTags, requireKakaoSync, requireTags } from '../user/service-terms.js';

/** The route. */
export const revokeServiceTermsRoute = userRoute(
  ['POST'],
  '/v2/user/revoke/service_terms',
  ({ params, caller }) => {
    const { app, link, user } = caller;
    requireKakaoSync(app);
    const tags = requireTags(commaList(params, 'tags'));
    rejectUnknownTags(app, tags, 'revoke');
    const revoked = revokeServiceTerms(app, link, tags);
    return jsonResponse({
      id: jsonId(user.id),
      revoked_service_terms: revoked.map((tag) => ({ tag, agreed: false })),
    });
  },
);
