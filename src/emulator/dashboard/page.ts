/**
 * The dashboard page at `/__emulator/`: every section rendered on the server from the current
 * state, with the stylesheet and script as same-origin resources. The page's headers forbid
 * framing, sniffing and any script or style not served by the emulator itself.
 *
 * @module
 */

import type { Emulator } from '../types.js';
import { appsSection } from './apps.js';
import { bilingual, escapeHtml } from './html.js';
import { clockSection, faultsSection, keysSection, logSection, webhooksSection } from './ops.js';
import { usersSection } from './users.js';

/** Headers of every dashboard resource. */
export const DASHBOARD_HEADERS: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
};

const NAV: [string, string, string][] = [
  ['apps', '앱', 'Apps'],
  ['users', '사용자', 'Users'],
  ['log', '요청 로그', 'Log'],
  ['webhooks', '웹훅', 'Webhooks'],
  ['clock', '시계', 'Clock'],
  ['keys', '키', 'Keys'],
  ['faults', '장애', 'Faults'],
];

function nav(): string {
  const links = NAV.map(([id, ko, en]) => `<li><a href="#${id}">${ko} <span lang="en">${en}</span></a></li>`);
  return `<nav aria-label="${escapeHtml('섹션 / Sections')}"><ul>${links.join('')}</ul></nav>`;
}

/** The page's HTML. */
export async function renderDashboard(emulator: Emulator): Promise<string> {
  const now = emulator.state.clock.now();
  const ops = [clockSection(emulator), await keysSection(emulator), faultsSection(emulator)];
  return `<!doctype html>
<html lang="ko">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Kakao Login Emulator · 대시보드 / Dashboard</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/__emulator/dashboard.css">
<script src="/__emulator/dashboard.js" defer></script></head>
<body>
<header class="top"><h1>${bilingual('카카오 로그인 에뮬레이터', 'Kakao Login Emulator')}</h1>${nav()}</header>
<main data-now="${now}">
<p id="status" role="status" aria-live="polite"></p>
${appsSection(emulator.state.apps)}
${usersSection(emulator)}
${logSection()}
${webhooksSection(emulator)}
<div class="ops">${ops.join('\n')}</div>
</main>
</body>
</html>
`;
}

/** `GET /__emulator/` → the dashboard. */
export async function dashboardRoute(emulator: Emulator): Promise<Response> {
  return new Response(await renderDashboard(emulator), {
    headers: { 'content-type': 'text/html;charset=UTF-8', ...DASHBOARD_HEADERS },
  });
}
