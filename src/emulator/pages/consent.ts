/**
 * The consent screen: the requested consent items and service terms, required ones marked
 * `[필수] / [required]`, all unticked at first (the user's ticks kept when the page comes back
 * with a problem); "agree to all", "agree" (to the ticked items) and "cancel".
 * Posts to `/oauth/authorize/consent`. Stable names: `scope` and `service_terms` checkboxes
 * (ids `scope-<id>`, `term-<tag>`), buttons `action=agree_all|agree|cancel`.
 *
 * @module
 */

import type { App, ConsentItem, ServiceTerm, TestUser } from '../model/types.js';
import { authorizeQueryField, bilingual, escapeHtml, renderPage } from './layout.js';

/** Path the consent form posts to. */
export const CONSENT_PATH = '/oauth/authorize/consent';

/** What the consent screen asks for. */
export interface ConsentPage {
  app: App;
  user: TestUser;
  items: ConsentItem[];
  terms: ServiceTerm[];
  authorizeQuery: string;
  problem?: string | undefined;
  status?: number | undefined;
  /** Items and terms to show ticked (what the user had ticked when the page comes back). */
  ticked?: { scopes: string[]; terms: string[] } | undefined;
}

function mark(required: boolean, lang: 'ko' | 'en'): string {
  const text = { ko: required ? '[필수]' : '[선택]', en: required ? '[required]' : '[optional]' }[lang];
  return `<span class="${required ? 'required' : 'optional'}">${text}</span>`;
}

/** `[필수] 닉네임 / [required] Nickname`: requirement and name in each language. */
function itemLabel(required: boolean, ko: string, en: string | undefined): string {
  return `${mark(required, 'ko')} ${escapeHtml(ko)} <span lang="en">/ ${mark(required, 'en')} ${escapeHtml(en ?? ko)}</span>`;
}

interface Box {
  name: 'scope' | 'service_terms';
  id: string;
  value: string;
  required: boolean;
  checked: boolean;
}

function checkbox({ name, id, value, required, checked }: Box, label: string): string {
  const flags = `${required ? ' required' : ''}${checked ? ' checked' : ''}`;
  const attrs = `type="checkbox" name="${name}" id="${id}" value="${escapeHtml(value)}"${flags}`;
  return `<label for="${id}"><input ${attrs}>${label}</label>`;
}

function itemBox(item: ConsentItem, checked: boolean): string {
  const label = itemLabel(item.required, item.displayName, item.displayNameEn);
  const id = `scope-${escapeHtml(item.id)}`;
  return checkbox({ name: 'scope', id, value: item.id, required: item.required, checked }, label);
}

function termBox(term: ServiceTerm, checked: boolean): string {
  const label = itemLabel(term.required, term.title, term.titleEn);
  const id = `term-${escapeHtml(term.tag)}`;
  return checkbox({ name: 'service_terms', id, value: term.tag, required: term.required, checked }, label);
}

function fieldset(legend: string, boxes: string[]): string {
  return boxes.length ? `<fieldset><legend>${legend}</legend>\n${boxes.join('\n')}\n</fieldset>` : '';
}

/** Renders the consent screen. */
export function renderConsentPage(page: ConsentPage): Response {
  const { ticked } = page;
  const terms = fieldset(
    bilingual('서비스 약관', 'Service terms'),
    page.terms.map((t) => termBox(t, !!ticked?.terms.includes(t.tag))),
  );
  const items = fieldset(
    bilingual('제공 항목', 'Information and permissions'),
    page.items.map((i) => itemBox(i, !!ticked?.scopes.includes(i.id))),
  );
  const problem = page.problem ? `<p role="alert" id="consent-problem">${escapeHtml(page.problem)}</p>` : '';
  const body = `<h1>${bilingual(`${page.app.name} 서비스 동의`, `Consent for ${page.app.name}`)}</h1>
<p>${bilingual(`${page.user.nickname}님, 아래 항목 제공에 동의해 주세요.`, `${page.user.nickname}, please review what ${page.app.name} asks for.`)}</p>
${problem}
<form method="post" action="${CONSENT_PATH}" id="consent-form">
${authorizeQueryField(page.authorizeQuery)}
${terms}
${items}
<div class="actions">
<button type="submit" name="action" value="agree_all" id="agree-all" formnovalidate>${bilingual('전체 동의하고 계속하기', 'Agree to all and continue')}</button>
<button type="submit" name="action" value="agree" id="agree">${bilingual('동의하고 계속하기', 'Agree and continue')}</button>
<button type="submit" name="action" value="cancel" id="cancel" formnovalidate>${bilingual('취소', 'Cancel')}</button>
</div>
</form>`;
  return renderPage({ title: '동의 화면 / Consent', body, status: page.status });
}
