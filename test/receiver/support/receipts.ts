// Receipts as the widget makes them, for the receiver's tests and benchmark.
import { createHash, randomUUID } from 'node:crypto';
import type { Receipt } from '../../../src/engine/receipts/receipt.js';

/** The hash the widget gives a layer's texts. */
export function hashOf(texts: string[]): string {
  return createHash('sha256').update(JSON.stringify(texts.map((text) => text.replace(/\s+/g, ' ').trim()))).digest('hex');
}

export const BANNER_TEXTS = ['Cookies on this site', 'We use cookies  for statistics\n and marketing.', 'Accept all', 'Reject all', 'Customize'];

/** A valid receipt; `changes` replace fields (shown is merged). */
export function makeReceipt(changes: Partial<Omit<Receipt, 'shown'>> & { shown?: Partial<Receipt['shown']> } = {}): Receipt {
  const { shown, ...rest } = changes;
  const createdAt = new Date().toISOString();
  return {
    id: randomUUID(),
    consentId: randomUUID(),
    createdAt,
    expiresAt: new Date(Date.parse(createdAt) + 365 * 86_400_000).toISOString(),
    revision: 1,
    language: 'en',
    choices: { categories: { necessary: true, analytics: true, marketing: false }, services: { 'analytics:ga': true } },
    action: 'custom',
    source: 'preferences',
    ...rest,
    shown: { widgetVersion: '0.1.0', layer: 'banner', textHash: hashOf(BANNER_TEXTS), pageUrl: 'https://www.example.se/kaffe/', ...shown },
  };
}

/** An accept-all, reject-all or custom decision's receipt, choices to match. */
export function decision(action: 'accept-all' | 'reject-all' | 'custom', changes: Parameters<typeof makeReceipt>[0] = {}): Receipt {
  const all = action === 'accept-all';
  const categories = action === 'custom' ? { necessary: true, analytics: true, marketing: false } : { necessary: true, analytics: all, marketing: all };
  return makeReceipt({ action, source: 'banner', choices: { categories, services: { 'analytics:ga': categories.analytics } }, ...changes });
}
