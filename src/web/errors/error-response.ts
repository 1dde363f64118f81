/**
 * The answer for a {@link WebProblem}: JSON for API clients, a small HTML page for browsers.
 *
 * @module
 */
import { escapeHtml, html, json, wantsJson } from '../http/respond.js';
import type { WebProblem } from './problem.js';

/**
 * Renders a problem by the request's `Accept`.
 *
 * @example
 * ```ts
 * declare const problem: WebProblem;
 * const response = problemResponse(new Request('http://a.test/'), problem, '/auth/kakao/login', []);
 * ```
 */
export function problemResponse(
  request: Request,
  problem: WebProblem,
  loginPath: string,
  cookies: readonly string[],
): Response {
  if (wantsJson(request)) return json({ error: problem }, problem.status, cookies);
  return html(page(problem, loginPath), problem.status, cookies);
}

function page(problem: WebProblem, loginPath: string): string {
  const fix =
    problem.fix === undefined
      ? ''
      : `<p class="fix"><strong>How to fix:</strong> ${escapeHtml(problem.fix)}</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(problem.title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}code{background:#f3f3f3;padding:0 .2em}.fix{border-left:4px solid #fee500;padding-left:.8rem}</style></head>
<body><main><h1>${escapeHtml(problem.title)}</h1>
<p id="problem-detail">${escapeHtml(problem.detail)}</p>${fix}
<p>Code: <code id="problem-code">${escapeHtml(problem.code)}</code></p>
<p><a href="${escapeHtml(loginPath)}">Try again</a> · <a href="/">Home</a></p></main></body></html>`;
}
