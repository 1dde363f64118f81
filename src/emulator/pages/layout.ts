/**
 * The shell of every emulator page: plain semantic HTML, Korean first with English beside it,
 * no scripts, readable without CSS.
 *
 * @module
 */

import { rememberBody } from '../http/json.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A label in both languages: `한국어 / English`, the English part marked `lang="en"`. */
export function bilingual(ko: string, en: string): string {
  return `${escapeHtml(ko)} <span lang="en">/ ${escapeHtml(en)}</span>`;
}

const FONTS = `system-ui,-apple-system,'Apple SD Gothic Neo','Malgun Gothic','Noto Sans KR','Noto Sans CJK KR','NanumGothic',sans-serif`;

const STYLE = `body{font-family:${FONTS};max-width:34rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#191919;overflow-wrap:anywhere}
h1{font-size:1.5rem;line-height:1.3;margin:1rem 0}header p{margin:0;color:#555}
fieldset{border:1px solid #ccc;border-radius:.5rem;margin:1rem 0;padding:.5rem 1rem}legend{font-weight:600;padding:0 .25rem}
label{display:block;padding:.25rem 0 .25rem 1.5rem;text-indent:-1.5rem}input{width:1rem;margin:0 .5rem 0 0;vertical-align:middle}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;margin:1rem 0}
button{font:inherit;padding:.5rem 1rem;border:1px solid #999;border-radius:.375rem;background:#f4f4f4;color:#191919;cursor:pointer}
button[value=agree_all],button[value=signin]{background:#fee500;border-color:#c9b600}
:focus-visible{outline:3px solid #1a73e8;outline-offset:2px}.badge{font-size:.85em;color:#555}
.required{color:#c0392b;font-weight:600}.optional{color:#555}[role=alert]{color:#c0392b;font-weight:600}
.code{font-family:ui-monospace,monospace}`;

/** Options of {@link renderPage}. */
export interface PageOptions {
  title: string;
  body: string;
  status?: number | undefined;
  headers?: Record<string, string> | undefined;
}

/**
 * Security headers of every page: no script, no plugin, no framing (the consent page must not be
 * clickjacked), no MIME sniffing, no referrer. Styles are the one inline `<style>`. No
 * `form-action`: Chromium applies it to the redirect after the consent form, which goes to the
 * app's redirect URI.
 */
export const PAGE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:; base-uri 'none'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** A complete HTML page as a response (`text/html;charset=UTF-8`, never cached, {@link PAGE_SECURITY_HEADERS}). */
export function renderPage({ title, body, status = 200, headers = {} }: PageOptions): Response {
  const html = `<!doctype html>
<html lang="ko">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>
<header><p><strong>Kakao Login Emulator</strong> <span class="badge">(kakao-oauth)</span></p></header>
<main>
${body}
</main>
</body>
</html>
`;
  const response = new Response(html, {
    status,
    headers: {
      'content-type': 'text/html;charset=UTF-8',
      'cache-control': 'no-store',
      ...PAGE_SECURITY_HEADERS,
      ...headers,
    },
  });
  return rememberBody(response, html);
}

/** A hidden field carrying the original `/oauth/authorize` query through the forms. */
export function authorizeQueryField(query: string): string {
  return `<input type="hidden" name="authorize_query" value="${escapeHtml(query)}">`;
}
