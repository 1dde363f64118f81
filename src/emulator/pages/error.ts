/**
 * Kakao's error page for authorize/logout problems that cannot be redirected (spec §3.4 b):
 * HTTP 400, the KOE code visible in the page, e.g. "앱 관리자 설정 오류 (KOE006)".
 *
 * @module
 */

import { bilingual, escapeHtml, renderPage } from './layout.js';

/** What an error page says. */
export interface ErrorPage {
  /** `KOE006`, … */
  errorCode: string;
  /** Korean explanation. */
  messageKo: string;
  /** English explanation. */
  messageEn: string;
  /** Default 400. */
  status?: number | undefined;
}

/**
 * Renders the error page. The KOE code is also in the `X-Kakao-Error-Code` header (emulator-only,
 * for the request log and tests).
 */
export function renderErrorPage({ errorCode, messageKo, messageEn, status = 400 }: ErrorPage): Response {
  const code = escapeHtml(errorCode);
  const body = `<h1 id="error-title">${bilingual('앱 관리자 설정 오류', 'App configuration error')} (<span id="error-code">${code}</span>)</h1>
<p id="error-message">${escapeHtml(messageKo)}</p>
<p lang="en" id="error-message-en">${escapeHtml(messageEn)}</p>
<p>${bilingual('서비스 관리자에게 문의하세요.', 'Contact the service administrator.')}</p>`;
  return renderPage({
    title: `앱 관리자 설정 오류 (${errorCode})`,
    body,
    status,
    headers: { 'x-kakao-error-code': errorCode },
  });
}

/**
 * The page for a path the auth host does not serve: a plain 404 (not a KOE code: no app setting
 * is wrong), naming the path.
 *
 * @example
 * ```ts
 * renderNotFoundPage('/oauth/nope').status; // 404
 * ```
 */
export function renderNotFoundPage(path: string): Response {
  const shown = path.length > 300 ? `${path.slice(0, 300)}…` : path;
  const body = `<h1 id="error-title">${bilingual('페이지를 찾을 수 없습니다', 'Page not found')}</h1>
<p lang="en" id="error-message-en">No page at <span class="code">${escapeHtml(shown)}</span> on this host.</p>`;
  return renderPage({ title: '404 Not Found', body, status: 404 });
}
