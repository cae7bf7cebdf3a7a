// The notice's cookie section, generated from the same config that gates the scripts (every
// category, service, provider and cookie) and showing the visitor's current choice, so the
// notice cannot say something the banner does not do.
import { isSafeUrl } from '../../core/safe-url.js';
import { html, nothing, type TemplateResult } from 'lit';
import { isAllowedBy } from '../../core/choices.js';
import type { ConsentState } from '../../core/decision.js';
import type { CategoryDetails, ServiceDetails } from '../presentation.js';
import { categoryDescription, categoryLabel, categoryPurpose, lifetimeText, localized, serviceLabel } from '../texts.js';
import { cookieName, dateText, heading, isPattern, nt, sentence } from './words.js';

/** How samtycke itself remembers the choice: its own necessary cookie, and receipts. */
export interface ConsentStorage {
  cookieName: string;
  /** How many days a decision lasts (the config's `expiresAfterDays`). */
  days: number;
  /** How many days a refusal lasts (`rejectExpiresAfterDays`), when it differs from `days`. */
  refusalDays?: number | undefined;
  /** True when decisions are posted to the site's `endpoint`. */
  receipts: boolean;
}

export interface CookiesContext {
  categories: CategoryDetails[];
  consent: ConsentState | null;
  storage: ConsentStorage | null;
  level: number;
  settingsControl: TemplateResult;
}

interface CookieRow {
  name: string;
  service: string;
  lifetime: string;
  purpose: string;
}

function choiceText(required: boolean, allowed: boolean | undefined): string {
  if (required) return nt('cookies.alwaysOn');
  return nt(allowed ? 'cookies.allowed' : 'cookies.refused');
}

/** "1 year", or "1 year (2 years after a refusal)" where a refusal is kept longer. */
function ownLifetime({ days, refusalDays }: ConsentStorage): string {
  return refusalDays && refusalDays !== days ? nt('cookies.ownLifetimes', { accepted: lifetimeText(days), refused: lifetimeText(refusalDays) }) : lifetimeText(days);
}

function rowsOf(category: CategoryDetails, storage: ConsentStorage | null): CookieRow[] {
  const rows = category.services.flatMap((service) =>
    service.cookies.map((cookie) => ({
      name: cookieName(cookie.name),
      service: serviceLabel(service),
      lifetime: lifetimeText(cookie.lifetime),
      purpose: localized(cookie.description) ?? '',
    })),
  );
  if (category.name === 'necessary' && storage) {
    rows.unshift({ name: storage.cookieName, service: nt('cookies.ownService'), lifetime: ownLifetime(storage), purpose: nt('cookies.ownPurpose') });
  }
  return rows;
}

function service(item: ServiceDetails, required: boolean, consent: ConsentState | null): TemplateResult {
  const label = serviceLabel(item);
  const description = localized(item.description);
  const policy = item.privacyPolicyUrl && isSafeUrl(item.privacyPolicyUrl) ? item.privacyPolicyUrl : undefined;
  return html`<li>
    <p><strong>${label}</strong>${item.provider ? html` · ${sentence('cookies.provider', { provider: item.provider })}` : nothing}</p>
    ${description ? html`<p>${description}</p>` : nothing}
    <p><span class="label">${nt('cookies.choice')}</span> <strong data-service=${item.key}>${choiceText(required, consent ? isAllowedBy(consent, item.key) : undefined)}</strong></p>
    ${policy ? html`<p><a href=${policy} rel="noopener">${sentence('cookies.policy', { name: label })}</a></p>` : nothing}
  </li>`;
}

function table(category: CategoryDetails, rows: CookieRow[]): TemplateResult {
  const withPurpose = rows.some((row) => row.purpose);
  return html`<table>
    <caption>${sentence('cookies.caption', { category: categoryPurpose(category) })}</caption>
    <thead>
      <tr>
        <th scope="col">${nt('cookies.name')}</th>
        <th scope="col">${nt('cookies.service')}</th>
        <th scope="col">${nt('cookies.lifetime')}</th>
        ${withPurpose ? html`<th scope="col">${nt('cookies.purpose')}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) => html`<tr>
          <td data-label=${nt('cookies.name')}><code>${row.name}</code></td>
          <td data-label=${nt('cookies.service')}>${row.service}</td>
          <td data-label=${nt('cookies.lifetime')}>${row.lifetime}</td>
          ${withPurpose ? html`<td data-label=${nt('cookies.purpose')}>${row.purpose}</td>` : nothing}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

function category(item: CategoryDetails, context: CookiesContext): TemplateResult {
  const { consent, storage, level } = context;
  const rows = rowsOf(item, storage);
  return html`<section class="category">
    ${heading(level + 1, `cookies-${item.name}`, categoryLabel(item))}
    <p>${categoryDescription(item)}</p>
    <p><span class="label">${nt('cookies.choice')}</span> <strong data-category=${item.name}>${choiceText(item.required, consent?.categories[item.name])}</strong></p>
    ${item.services.length ? html`<ul class="cards">${item.services.map((s) => service(s, item.required, consent))}</ul>` : nothing}
    ${rows.length ? table(item, rows) : nothing}
  </section>`;
}

export function cookies(context: CookiesContext): TemplateResult {
  const { categories, consent, storage } = context;
  const record = consent?.decided ? consent.record : null;
  const patterns = categories.some((c) => c.services.some((s) => s.cookies.some((cookie) => isPattern(cookie.name))));
  return html`
    <p>${nt('cookies.intro')}</p>
    ${storage ? html`<p>${sentence('cookies.own', { cookie: html`<code>${storage.cookieName}</code>`, lifetime: lifetimeText(storage.days) })}${storage.refusalDays && storage.refusalDays !== storage.days ? html` ${sentence('cookies.ownRefusal', { lifetime: lifetimeText(storage.refusalDays) })}` : nothing}</p>` : nothing}
    ${storage?.receipts ? html`<p>${nt('cookies.receipt')}</p>` : nothing}
    <p class="current">
      ${record ? sentence('cookies.decided', { date: dateText(record.updatedAt), id: html`<code>${record.consentId}</code>` }) : nt('cookies.notDecided')}
    </p>
    <p>${context.settingsControl}</p>
    ${categories.map((item) => category(item, context))}
    ${patterns ? html`<p>${nt('cookies.pattern')}</p>` : nothing}
  `;
}
