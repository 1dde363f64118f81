/**
 * Small HTML pieces shared by the dashboard's sections. Every value is escaped here or by the
 * caller with `escapeHtml`; nothing is inserted raw.
 *
 * @module
 */

import { bilingual, escapeHtml } from '../pages/layout.js';

export { bilingual, escapeHtml };

/** Attributes for an action button: `data-action` plus `data-*` values, all escaped. */
export function actionButton(
  action: string,
  label: string,
  data: Record<string, string> = {},
  extra = '',
): string {
  const attrs = Object.entries(data)
    .map(([name, value]) => ` data-${name}="${escapeHtml(value)}"`)
    .join('');
  return `<button type="button" data-action="${escapeHtml(action)}"${attrs}${extra}>${label}</button>`;
}

/** A section with a heading whose id names it (`aria-labelledby`). */
export function section(id: string, ko: string, en: string, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-title"><h2 id="${id}-title">${bilingual(ko, en)}</h2>
${body}
</section>`;
}

/** A description list from label/value pairs (values already HTML). Empty values are left out. */
export function facts(rows: [string, string | undefined][]): string {
  const items = rows
    .filter((row): row is [string, string] => row[1] !== undefined && row[1] !== '')
    .map(([label, value]) => `<div><dt>${label}</dt><dd>${value}</dd></div>`);
  return `<dl class="facts">${items.join('')}</dl>`;
}

/** Epoch ms as an ISO-like UTC time in a `<time>` element. */
export function timeOf(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `<time datetime="${iso}">${iso.slice(0, 19).replace('T', ' ')} UTC</time>`;
}

/** A countdown to `expiresAt`, kept current by the script (`data-expires`). */
export function countdown(expiresAt: number, now: number): string {
  return `<span class="countdown" data-expires="${expiresAt}">${remaining(expiresAt - now)}</span>`;
}

/** `5h 59m 58s`, `29d 23h`, or `만료됨 / expired` (the script writes the same form). */
export function remaining(ms: number): string {
  if (ms <= 0) return '만료됨 / expired';
  const s = Math.floor(ms / 1000);
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  return d > 0 ? `${d}d ${h}h ${m}m` : `${h}h ${m}m ${s % 60}s`;
}
