/**
 * The operations sections: unlink webhook deliveries, clock, signing keys, faults, and the
 * request log's filters (its rows come over server-sent events and are drawn by the script).
 *
 * @module
 */

import type { Fault, WebhookDelivery } from '../model/types.js';
import type { Emulator } from '../types.js';
import { actionButton, bilingual, escapeHtml, section, timeOf } from './html.js';

function deliveryRow(d: WebhookDelivery): string {
  const status =
    d.status !== undefined
      ? `HTTP ${d.status}`
      : d.answer === undefined
        ? bilingual('전송 중', 'pending')
        : bilingual('실패', 'failed');
  return `<tr><td>${timeOf(d.at)}</td><td><code>${escapeHtml(d.userId)}</code></td><td><code>${escapeHtml(d.referrerType)}</code></td><td class="url">${escapeHtml(d.url)}</td><td class="status">${status}</td><td class="answer"><code>${escapeHtml(d.answer ?? '')}</code></td></tr>`;
}

/** Unlink webhook deliveries, newest first. */
export function webhooksSection(emulator: Emulator): string {
  const rows = [...emulator.state.webhooks].reverse().map(deliveryRow).join('');
  const table = rows
    ? `<div class="scroll"><table><caption class="sr-only">${bilingual('웹훅 전송', 'Webhook deliveries')}</caption><thead><tr><th scope="col">${bilingual('시각', 'At')}</th><th scope="col">${bilingual('사용자', 'User')}</th><th scope="col">referrer_type</th><th scope="col">URL</th><th scope="col">${bilingual('상태', 'Status')}</th><th scope="col">${bilingual('응답', 'Answer')}</th></tr></thead><tbody>${rows}</tbody></table></div>`
    : `<p class="muted">${bilingual('아직 없음', 'None yet')}</p>`;
  return section(
    'webhooks',
    '연결 끊기 웹훅',
    'Unlink webhooks',
    `<div id="webhooks-live" data-live>${table}</div>`,
  );
}

/** The clock: now, and buttons to move it. */
export function clockSection(emulator: Emulator): string {
  const now = emulator.state.clock.now();
  const step = (ms: number, ko: string, en: string) =>
    actionButton(
      'advance',
      bilingual(ko, en),
      { ms: String(ms) },
      ` aria-label="${escapeHtml(`시계 ${ko} 앞으로 / Advance clock ${en}`)}"`,
    );
  return section(
    'clock',
    '시계',
    'Clock',
    `<div id="clock-live" data-live><p>${bilingual('현재', 'Now')}: <strong id="clock-now">${timeOf(now)}</strong></p></div>
<div class="actions">${step(3_600_000, '+1시간', '+1 h')}${step(21_600_000, '+6시간', '+6 h')}${step(31 * 86_400_000, '+31일', '+31 days')}</div>`,
  );
}

/** Signing keys (newest first; the first signs) and the rotate button. */
export async function keysSection(emulator: Emulator): Promise<string> {
  const keys = await emulator.state.keys.published();
  const items = keys
    .map(
      (k, i) =>
        `<li><code>${escapeHtml(k.kid)}</code>${i === 0 ? ` <span class="badge">${bilingual('서명 중', 'signing')}</span>` : ''}</li>`,
    )
    .join('');
  return section(
    'keys',
    '서명 키',
    'Signing keys',
    `<div id="keys-live" data-live><ol class="kids">${items}</ol></div>
<div class="actions">${actionButton('rotate', bilingual('키 교체', 'Rotate keys'), {}, ' id="rotate-keys"')}</div>`,
  );
}

function describeFault(f: Fault): string {
  const where = [f.match.host, f.match.method, f.match.path].filter(Boolean).join(' ') || '*';
  const { kind, ...rest } = f.action;
  return `<li><code>${escapeHtml(where)}</code> → <strong>${escapeHtml(kind)}</strong> <code>${escapeHtml(JSON.stringify(rest))}</code> <span class="badge">${bilingual(`${f.remaining}회 남음`, `${f.remaining} left`)}</span> ${actionButton('disarm-one', bilingual('해제', 'Disarm'), { fault: String(f.id) }, ` aria-label="${escapeHtml(`장애 해제 / Disarm fault ${f.id}: ${where}`)}"`)}</li>`;
}

function option(value: string, label: string): string {
  return `<option value="${value}">${label}</option>`;
}

function faultForm(): string {
  const input = (id: string, name: string, label: string, attrs = '') =>
    `<div><label for="${id}">${label}</label><input id="${id}" name="${name}"${attrs}></div>`;
  return `<form id="fault-form" class="card" aria-labelledby="fault-form-title">
<h3 id="fault-form-title">${bilingual('장애 설정', 'Arm a fault')}</h3>
<div class="grid">
<div><label for="fault-host">${bilingual('호스트', 'Host')}</label><select id="fault-host" name="host">${option('', '*')}${option('auth', 'kauth')}${option('api', 'kapi')}</select></div>
<div><label for="fault-method">${bilingual('메서드', 'Method')}</label><select id="fault-method" name="method">${option('', '*')}${option('GET', 'GET')}${option('POST', 'POST')}</select></div>
${input('fault-path', 'path', bilingual('경로', 'Path'), ' placeholder="/oauth/token"')}
<div><label for="fault-kind">${bilingual('종류', 'Kind')}</label><select id="fault-kind" name="kind">${option('status', 'HTTP status')}${option('koe', 'KOE (kauth)')}${option('kapi', 'kapi code')}${option('latency', 'latency')}${option('drop', 'drop')}</select></div>
${input('fault-value', 'value', bilingual('값', 'Value'), ' placeholder="503 · KOE237 · -401 · 2000" aria-describedby="fault-value-help"')}
${input('fault-count', 'count', bilingual('횟수', 'Count'), ' type="number" min="1" max="1000" value="1" required')}
</div>
<p id="fault-value-help" class="muted">${bilingual('상태 코드, KOE 코드, kapi 코드 또는 지연(ms)', 'status code, KOE code, kapi code or latency in ms')}</p>
<div class="actions"><button type="submit" id="fault-arm">${bilingual('설정', 'Arm')}</button></div>
</form>`;
}

/** Armed faults, the disarm button and the arm form. */
export function faultsSection(emulator: Emulator): string {
  const list = emulator.state.faults.map(describeFault).join('');
  const armed = list
    ? `<ul class="faults">${list}</ul>`
    : `<p class="muted">${bilingual('설정된 장애 없음', 'No fault armed')}</p>`;
  return section(
    'faults',
    '장애 주입',
    'Faults',
    `<div id="faults-live" data-live>${armed}</div>
<div class="actions">${actionButton('disarm', bilingual('모두 해제', 'Disarm all'), {}, ' id="disarm-faults"')}</div>
${faultForm()}`,
  );
}

/** The request log: filters and the list the script fills from the event stream. */
export function logSection(): string {
  return section(
    'log',
    '요청 로그',
    'Request log',
    `<form id="log-filters" class="filters" role="search" aria-label="${escapeHtml('로그 필터 / Log filters')}">
<div><label for="filter-host">${bilingual('호스트', 'Host')}</label><select id="filter-host" name="host">${option('', '*')}${option('auth', 'kauth')}${option('api', 'kapi')}</select></div>
<div><label for="filter-path">${bilingual('경로', 'Path')}</label><input id="filter-path" name="path" placeholder="/oauth/token"></div>
<div><label for="filter-status">${bilingual('상태', 'Status')}</label><input id="filter-status" name="status" placeholder="4xx, 401"></div>
<div><label for="filter-code">${bilingual('오류 코드', 'Error code')}</label><input id="filter-code" name="code" placeholder="KOE320, -401"></div>
</form>
<p class="muted"><span id="log-count">0</span> ${bilingual('건 표시 · 비밀 값은 [redacted]', 'shown · secrets are [redacted]')}</p>
<ol id="log-list" class="log" role="log" aria-label="${escapeHtml('요청 로그 / Request log')}"></ol>`,
  );
}
