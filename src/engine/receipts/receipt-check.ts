// Whether a value read from the outbox is a whole receipt entry, as outbox.ts wrote it: every
// field the delivery and getReceipts() rely on, of the right kind. Fields added later (or by
// a newer version) are let through; a missing or mistyped one makes the entry absent.
import { ACTIONS, SOURCES } from '../../core/decision.js';
import { isObject, type Entries } from '../../core/problems.js';
import type { ReceiptEntry } from './receipt.js';

const STATUSES: readonly unknown[] = ['pending', 'sent', 'refused', 'kept'];
const LAYERS: readonly unknown[] = ['banner', 'preferences', 'placeholder', 'none'];

const text = (value: unknown): value is string => typeof value === 'string' && value !== '';
const time = (value: unknown): boolean => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const flags = (value: unknown): boolean => isObject(value) && Object.values(value).every((flag) => typeof flag === 'boolean');

function isReceipt(receipt: Entries): boolean {
  const { choices, shown } = receipt;
  return (
    text(receipt.id) && text(receipt.consentId) && time(receipt.createdAt) && time(receipt.expiresAt) &&
    Number.isSafeInteger(receipt.revision) && text(receipt.language) &&
    isObject(choices) && flags(choices.categories) && flags(choices.services) &&
    ACTIONS.includes(receipt.action) && SOURCES.includes(receipt.source) &&
    isObject(shown) && text(shown.widgetVersion) && LAYERS.includes(shown.layer) &&
    (shown.textHash === null || text(shown.textHash)) && text(shown.pageUrl)
  );
}

export function isReceiptEntry(value: unknown): value is ReceiptEntry {
  return (
    isObject(value) && isObject(value.receipt) && isReceipt(value.receipt) &&
    STATUSES.includes(value.status) && Number.isSafeInteger(value.attempts) && (value.attempts as number) >= 0 && time(value.updatedAt) &&
    (value.httpStatus === undefined || Number.isInteger(value.httpStatus)) && (value.error === undefined || typeof value.error === 'string')
  );
}
