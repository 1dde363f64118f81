/**
 * The apps section: keys (admin key and client secret masked until revealed), and a form per
 * app to edit its name, redirect URIs, unlink webhook URL, OIDC, client secret switch and consent
 * items. The script saves the form through `POST /__emulator/seed`.
 *
 * @module
 */

import { DEFAULT_APP } from '../model/defaults.js';
import type { App, ConsentItem } from '../model/types.js';
import { actionButton, bilingual, escapeHtml, facts, section } from './html.js';

const MASK = '••••••••';

/** A masked secret with a reveal button; the value is fetched only when revealed. */
function masked(app: App, field: 'adminKey' | 'clientSecret', index: number): string {
  const id = `app-${index}-${field}`;
  const label = bilingual('보기', 'Reveal');
  const button = actionButton(
    'reveal',
    label,
    { client: app.restApiKey, field, target: id },
    ` aria-controls="${id}" aria-pressed="false"`,
  );
  return `<code id="${id}" class="secret">${MASK}</code> ${button}`;
}

/** The item's definition for the script, which rebuilds the list on save. */
function itemData(item: ConsentItem): string {
  const en = item.displayNameEn ?? item.displayName;
  return ` data-id="${escapeHtml(item.id)}" data-name="${escapeHtml(item.displayName)}" data-name-en="${escapeHtml(en)}" data-type="${item.type}"`;
}

/** Every consent item the app has or could have (the default app's list), with its setting. */
function itemRows(app: App, index: number): string {
  const known = new Map<string, ConsentItem>(DEFAULT_APP.consentItems.map((item) => [item.id, item]));
  for (const item of app.consentItems) known.set(item.id, item);
  const configured = new Map(app.consentItems.map((item) => [item.id, item]));
  return [...known.values()]
    .map((item) => {
      const current = configured.get(item.id);
      const value = !current
        ? 'off'
        : current.required
          ? 'required'
          : current.onDemand
            ? 'on-demand'
            : 'optional';
      const id = `app-${index}-item-${escapeHtml(item.id)}`;
      const options = [
        ['required', '필수', 'required'],
        ['optional', '선택', 'optional'],
        ['on-demand', '이용 중', 'on demand'],
        ['off', '끔', 'off'],
      ]
        .map(([v, ko, en]) => `<option value="${v}"${v === value ? ' selected' : ''}>${ko} / ${en}</option>`)
        .join('');
      const name = `${escapeHtml(item.displayName)} <span lang="en">(${escapeHtml(item.id)})</span>`;
      return `<tr><th scope="row"><label for="${id}">${name}</label></th><td><select id="${id}" name="item:${escapeHtml(item.id)}"${itemData(item)}>${options}</select></td></tr>`;
    })
    .join('\n');
}

function keyFacts(app: App, index: number): string {
  const code = (value: string | undefined) => value && `<code>${escapeHtml(value)}</code>`;
  return facts([
    [bilingual('앱 ID', 'App ID'), code(String(app.id))],
    [bilingual('REST API 키', 'REST API key'), code(app.restApiKey)],
    [bilingual('JavaScript 키', 'JavaScript key'), code(app.javascriptKey)],
    [bilingual('네이티브 앱 키', 'Native app key'), code(app.nativeAppKey)],
    [bilingual('어드민 키', 'Admin key'), masked(app, 'adminKey', index)],
    [
      bilingual('클라이언트 시크릿', 'Client secret'),
      app.clientSecret.value ? masked(app, 'clientSecret', index) : '—',
    ],
  ]);
}

function appForm(app: App, index: number): string {
  const p = `app-${index}`;
  const checked = (on: boolean) => (on ? ' checked' : '');
  return `<article class="card app" aria-labelledby="${p}-name">
<h3 id="${p}-name">${escapeHtml(app.name)}</h3>
<div class="app-body">
${keyFacts(app, index)}
<form class="app-form" data-client="${escapeHtml(app.restApiKey)}" aria-labelledby="${p}-name">
<div class="app-fields">
<label for="${p}-title">${bilingual('앱 이름', 'App name')}</label><input id="${p}-title" name="name" value="${escapeHtml(app.name)}" required>
<label for="${p}-redirects">${bilingual('Redirect URI (한 줄에 하나)', 'Redirect URIs (one per line)')}</label>
<textarea id="${p}-redirects" name="redirectUris" rows="3">${escapeHtml(app.redirectUris.join('\n'))}</textarea>
<label for="${p}-webhook">${bilingual('연결 끊기 웹훅 URL', 'Unlink webhook URL')}</label><input id="${p}-webhook" name="unlinkCallbackUrl" type="url" value="${escapeHtml(app.unlinkCallbackUrl ?? '')}" placeholder="http://127.0.0.1:3000/kakao/unlink">
<div class="switches">
<label class="check" for="${p}-oidc"><input type="checkbox" id="${p}-oidc" name="oidc"${checked(app.oidc)}> ${bilingual('OpenID Connect 사용', 'OpenID Connect on')}</label>
<label class="check" for="${p}-secret"><input type="checkbox" id="${p}-secret" name="secretEnabled"${checked(app.clientSecret.enabled)}> ${bilingual('클라이언트 시크릿 사용', 'Require client secret')}</label>
</div>
<div class="actions"><button type="submit" id="${p}-save">${bilingual('저장', 'Save')}</button></div>
</div>
<table class="items"><caption>${bilingual('동의 항목', 'Consent items')}</caption>
<thead><tr><th scope="col">${bilingual('항목', 'Item')}</th><th scope="col">${bilingual('설정', 'Setting')}</th></tr></thead>
<tbody>
${itemRows(app, index)}
</tbody></table>
</form>
</div>
</article>`;
}

/** Renders the apps section. */
export function appsSection(apps: readonly App[]): string {
  return section('apps', '앱', 'Apps', apps.map(appForm).join('\n'));
}
