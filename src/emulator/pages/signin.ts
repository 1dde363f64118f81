/**
 * The sign-in page: choose a test user, optionally "keep me signed in" (로그인 상태 유지).
 * Posts to `/oauth/authorize/signin`. Stable names: `user_id` (radio), `keep_signed_in`
 * (checkbox), button `action=signin`.
 *
 * @module
 */

import type { App, TestUser } from '../model/types.js';
import { authorizeQueryField, bilingual, escapeHtml, renderPage } from './layout.js';

/** Path the sign-in form posts to. */
export const SIGNIN_PATH = '/oauth/authorize/signin';

/** What the sign-in page shows. */
export interface SignInPage {
  app: App;
  users: TestUser[];
  /** Pre-selected user (from `login_hint` or the current session). */
  selectedUserId?: string | undefined;
  authorizeQuery: string;
  /** An error to show above the form (e.g. no user chosen). */
  problem?: string | undefined;
  status?: number | undefined;
}

function userOption(user: TestUser, checked: boolean): string {
  const id = `user-${escapeHtml(user.id)}`;
  return `<label for="${id}"><input type="radio" name="user_id" id="${id}" value="${escapeHtml(user.id)}"${checked ? ' checked' : ''} required>${escapeHtml(user.nickname)} (${escapeHtml(user.name ?? user.nickname)}) — <span class="badge">${escapeHtml(user.loginId)}</span></label>`;
}

/** Renders the sign-in page. */
export function renderSignInPage(page: SignInPage): Response {
  const selected = page.selectedUserId ?? page.users[0]?.id;
  const options = page.users.map((u) => userOption(u, u.id === selected)).join('\n');
  const problem = page.problem ? `<p role="alert" id="signin-problem">${escapeHtml(page.problem)}</p>` : '';
  const body = `<h1>${bilingual('카카오계정으로 로그인', 'Sign in with Kakao Account')}</h1>
<p>${bilingual(`${page.app.name}에 로그인합니다.`, `Signing in to ${page.app.name}.`)}</p>
${problem}
<form method="post" action="${SIGNIN_PATH}" id="signin-form">
${authorizeQueryField(page.authorizeQuery)}
<fieldset><legend>${bilingual('테스트 계정 선택', 'Choose a test account')}</legend>
${options}
</fieldset>
<label for="keep-signed-in"><input type="checkbox" name="keep_signed_in" id="keep-signed-in" value="true">${bilingual('로그인 상태 유지', 'Keep me signed in')}</label>
<div class="actions"><button type="submit" name="action" value="signin" id="signin">${bilingual('로그인', 'Sign in')}</button></div>
</form>`;
  return renderPage({ title: '카카오계정 로그인 / Kakao Account sign-in', body, status: page.status });
}
