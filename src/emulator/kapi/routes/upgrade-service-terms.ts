/**
 * `POST /v2/user/upgrade/service_terms` (spec §20.3): records agreement without UI
 * (`agreed_by: "KAPI"`). Answers only the newly agreed tags; already agreed or unknown tags are
 * left out (partial success is a 200).
 *
 * @module
 * @see https://developers.kakao.com/docs/latest/en/kakaologin/rest-api#upgrade-service-terms
 */

import { jsonId, jsonResponse } from '../../http/json.js';
import { rfc3339 } from '../../model/clock.js';
import { agreeServiceTerms } from '../../model/links.js';
import { commaList } from '../params.js';
import { userRoute } from '../route.js';
import { requireKakaoSync, requireTags, unknownTags } from '../user/service-terms.js';

/** The route. */
export const upgradeServiceTermsRoute = userRoute(
  ['POST'],
  '/v2/user/upgrade/service_terms',
  ({ emulator, params, caller }) => {
    const { app, link, user } = caller;
    requireKakaoSync(app);
    const tags = requireTags(commaList(params, 'tags'));
    const unknown = unknownTags(app, tags);
    const added = agreeServiceTerms(
      emulator.state,
      link,
      tags.filter((tag) => !unknown.includes(tag)),
      'KAPI',
    );
    const agreedAt = rfc3339(emulator.state.clock.now());
    return jsonResponse({
      id: jsonId(user.id),
      agreed_service_terms: added.map((tag) => ({
        tag,
        agreed: true,
        agreed_at: agreedAt,
        agreed_by: 'KAPI',
      })),
    });
  },
);
