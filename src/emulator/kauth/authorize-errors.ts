/**
 * The authorize endpoint's error pages (spec §3.4 b, §21.3): one entry per KOE code, Korean and
 * English text.
 *
 * @module
 */

import { renderErrorPage } from '../pages/error.js';

/** KOE codes that `/oauth/authorize` and `/oauth/logout` show as a page. */
export type PageErrorCode =
  | 'KOE004'
  | 'KOE005'
  | 'KOE006'
  | 'KOE007'
  | 'KOE101'
  | 'KOE102'
  | 'KOE201'
  | 'KOE202'
  | 'KOE204'
  | 'KOE205'
  | 'KOE207';

const MESSAGES: Record<PageErrorCode, [string, string]> = {
  KOE004: ['카카오 로그인이 활성화되지 않은 앱입니다.', 'Kakao Login is not enabled for this app.'],
  KOE005: ['테스트 앱에 등록되지 않은 사용자입니다.', 'This user is not a member of the test app.'],
  KOE006: ['등록되지 않은 리다이렉트 URI입니다.', 'The redirect URI is not registered for this app.'],
  KOE007: [
    '등록되지 않은 로그아웃 리다이렉트 URI입니다.',
    'The logout redirect URI is not registered for this app.',
  ],
  KOE101: ['잘못된 앱 키입니다.', 'Invalid app key (client_id).'],
  KOE102: [
    '카카오톡 채널이 연결되지 않은 앱입니다.',
    'The app has no linked Kakao Talk Channel (channel_public_id).',
  ],
  KOE201: ['지원하지 않는 response_type입니다.', 'Unsupported response type.'],
  KOE202: [
    '암묵적 승인(token) 방식은 지원하지 않습니다.',
    'The implicit grant (response_type=token) is not supported.',
  ],
  KOE204: ['잘못된 파라미터 값입니다.', 'A parameter has an invalid value.'],
  KOE205: [
    '설정하지 않은 동의 항목을 요청했습니다.',
    'Authorization was requested with consent items that are not set.',
  ],
  KOE207: ['필수 파라미터가 누락되었습니다.', 'A required parameter is missing.'],
};

/** The error page for `code`, with an optional detail (which parameter, which item). */
export function authorizeErrorPage(code: PageErrorCode, detail?: string): Response {
  const [ko, en] = MESSAGES[code];
  return renderErrorPage({
    errorCode: code,
    messageKo: detail ? `${ko} (${detail})` : ko,
    messageEn: detail ? `${en} (${detail})` : en,
  });
}

/** Longest refused value quoted on an error page. */
const QUOTE_LIMIT = 300;

/**
 * A refused value as the page quotes it (the page escapes it as HTML): in quotes, cut at
 * {@link QUOTE_LIMIT} characters. Developers need to see exactly which value was refused.
 *
 * @example
 * ```ts
 * quoteForPage('http://localhost:3000/cb'); // '"http://localhost:3000/cb"'
 * ```
 */
export function quoteForPage(value: string): string {
  return JSON.stringify(value.length > QUOTE_LIMIT ? `${value.slice(0, QUOTE_LIMIT)}…` : value);
}
