/**
 * The users section: each test user's profile and, per linked app, the consents (with a revoke
 * button for optional ones), the service terms agreed, the tokens with their expiry counting
 * down, and the buttons that expire tokens or disconnect the user (firing the unlink webhook).
 * Below, a form to add a user (saved through `POST /__emulator/seed`).
 *
 * @module
 */

import { linkKey } from '../model/state.js';
import type { App, Link, TestUser } from '../model/types.js';
import type { Emulator } from '../types.js';
import { actionButton, bilingual, countdown, escapeHtml, facts, section, timeOf } from './html.js';

interface Token {
  token: string;
  appId: number;
  userId: string;
  platform: string;
  expiresAt: number;
}

/** The tail of a token, enough to tell tokens apart without showing one. */
function fingerprint(token: string): string {
  return `…${escapeHtml(token.slice(-4))}`;
}

function tokenList(tokens: Token[], now: number, kind: string): string {
  if (tokens.length === 0) return `<p class="muted">${bilingual('없음', 'none')}</p>`;
  const rows = tokens.map((t) => {
    const live = t.expiresAt > now;
    return `<li class="${live ? 'live' : 'expired'}" data-kind="${kind}"><code>${fingerprint(t.token)}</code> <span class="badge">${escapeHtml(t.platform)}</span> ${countdown(t.expiresAt, now)}</li>`;
  });
  return `<ul class="tokens">${rows.join('')}</ul>`;
}

function consentList(app: App, link: Link, data: Record<string, string>, who: string): string {
  if (link.agreedScopes.size === 0) return `<p class="muted">${bilingual('없음', 'none')}</p>`;
  const items = [...link.agreedScopes].map((scope) => {
    const item = app.consentItems.find((c) => c.id === scope);
    const label = `${escapeHtml(item?.displayName ?? scope)} <code>${escapeHtml(scope)}</code>`;
    const revoke = item?.required
      ? `<span class="badge">${bilingual('필수', 'required')}</span>`
      : actionButton(
          'revoke-consent',
          bilingual('철회', 'Revoke'),
          { ...data, scope },
          ` aria-label="${escapeHtml(`동의 철회 / Revoke consent: ${scope} — ${who}`)}"`,
        );
    return `<li><span>${label}</span> ${revoke}</li>`;
  });
  return `<ul class="consents">${items.join('')}</ul>`;
}

function termList(link: Link): string {
  if (link.serviceTerms.size === 0) return `<p class="muted">${bilingual('없음', 'none')}</p>`;
  const items = [...link.serviceTerms].map(
    ([tag, t]) =>
      `<li><code>${escapeHtml(tag)}</code> ${timeOf(t.agreedAt)} <span class="badge">${t.agreedBy}</span></li>`,
  );
  return `<ul>${items.join('')}</ul>`;
}

function linkPanel(emulator: Emulator, app: App, link: Link, user: TestUser): string {
  const { state } = emulator;
  const now = state.clock.now();
  const mine = (t: Token) => t.appId === app.id && t.userId === user.id;
  const access = [...state.accessTokens.values()].filter(mine);
  const refresh = [...state.refreshTokens.values()].filter(mine);
  const data = { user: user.id, client: app.restApiKey };
  const who = `${user.nickname} · ${app.name}`;
  const live = (list: Token[]) => (list.some((t) => t.expiresAt > now) ? '' : ' disabled');
  return `<section class="link" aria-label="${escapeHtml(`${who} 연결 / link`)}">
<h4>${bilingual(`${app.name} 연결`, `Linked to ${app.name}`)} <span class="badge">${timeOf(link.connectedAt)}</span></h4>
<h5>${bilingual('동의 항목', 'Consents')}</h5>${consentList(app, link, data, who)}
<h5>${bilingual('서비스 약관', 'Service terms')}</h5>${termList(link)}
<h5>${bilingual('액세스 토큰', 'Access tokens')}</h5>${tokenList(access, now, 'access')}
<h5>${bilingual('리프레시 토큰', 'Refresh tokens')}</h5>${tokenList(refresh, now, 'refresh')}
<div class="actions">
${actionButton('expire-access', bilingual('액세스 토큰 만료', 'Expire access token'), data, `${live(access)} aria-label="${escapeHtml(`액세스 토큰 만료 / Expire access token: ${who}`)}"`)}
${actionButton('expire-refresh', bilingual('리프레시 토큰 만료', 'Expire refresh token'), data, `${live(refresh)} aria-label="${escapeHtml(`리프레시 토큰 만료 / Expire refresh token: ${who}`)}"`)}
${actionButton('disconnect', bilingual('연결 끊기', 'Disconnect'), data, ` class="danger" aria-label="${escapeHtml(`연결 끊기 / Disconnect: ${who}`)}"`)}
</div>
</section>`;
}

function userCard(emulator: Emulator, user: TestUser): string {
  const links = emulator.state.apps
    .map((app) => {
      const link = emulator.state.links.get(linkKey(app.id, user.id));
      return link ? linkPanel(emulator, app, link, user) : '';
    })
    .join('');
  const text = (value: string | undefined) => value && escapeHtml(value);
  const email =
    user.email &&
    `${escapeHtml(user.email)}${user.isEmailVerified ? '' : ' <span class="badge">미인증 / unverified</span>'}`;
  return `<article class="card user" id="user-${escapeHtml(user.id)}" aria-labelledby="user-${escapeHtml(user.id)}-name">
<h3 id="user-${escapeHtml(user.id)}-name">${escapeHtml(user.nickname)}${user.name ? ` <span class="badge">${escapeHtml(user.name)}</span>` : ''}</h3>
${facts([
  [bilingual('회원번호', 'User id'), `<code>${escapeHtml(user.id)}</code>`],
  [bilingual('계정', 'Account'), text(user.loginId)],
  [bilingual('이메일', 'Email'), email],
  [bilingual('전화번호', 'Phone'), text(user.phoneNumber)],
  [bilingual('성별', 'Gender'), text(user.gender)],
  [bilingual('연령대', 'Age range'), text(user.ageRange)],
  [bilingual('출생 연도', 'Birth year'), text(user.birthyear)],
])}
${links || `<p class="muted">${bilingual('연결된 앱 없음', 'Not linked to any app')}</p>`}
</article>`;
}

/** A free user id above 2^53 to suggest in the form. */
function suggestedId(users: Iterable<string>): string {
  let max = 1376016924426999999n;
  for (const id of users) if (BigInt(id) > max) max = BigInt(id);
  return String(max + 1n);
}

function field(id: string, name: string, label: string, attrs = ''): string {
  return `<div><label for="${id}">${label}</label><input id="${id}" name="${name}"${attrs}></div>`;
}

function addUserForm(emulator: Emulator): string {
  const id = suggestedId(emulator.state.users.keys());
  return `<form id="add-user" class="card" aria-labelledby="add-user-title">
<h3 id="add-user-title">${bilingual('사용자 추가', 'Add a user')}</h3>
<div class="grid">
${field('new-user-id', 'id', bilingual('회원번호', 'User id'), ` value="${id}" required inputmode="numeric" pattern="[1-9][0-9]{0,18}"`)}
${field('new-user-nickname', 'nickname', bilingual('닉네임', 'Nickname'), ' required')}
${field('new-user-name', 'name', bilingual('이름', 'Name'))}
${field('new-user-email', 'email', bilingual('이메일', 'Email'), ' type="email"')}
${field('new-user-phone', 'phoneNumber', bilingual('전화번호', 'Phone'), ' placeholder="+82 10-1234-5678"')}
${field('new-user-birthyear', 'birthyear', bilingual('출생 연도', 'Birth year'), ' inputmode="numeric" pattern="[0-9]{4}"')}
<div><label for="new-user-gender">${bilingual('성별', 'Gender')}</label><select id="new-user-gender" name="gender"><option value="">—</option><option value="female">여성 / female</option><option value="male">남성 / male</option></select></div>
</div>
<div class="actions"><button type="submit" id="add-user-submit">${bilingual('추가', 'Add user')}</button></div>
</form>`;
}

/** Renders the users section: the live user cards, then the add-user form. */
export function usersSection(emulator: Emulator): string {
  const cards = [...emulator.state.users.values()].map((user) => userCard(emulator, user)).join('\n');
  return section(
    'users',
    '사용자',
    'Users',
    `<div class="cards" id="users-live" data-live>${cards}</div>\n${addUserForm(emulator)}`,
  );
}
