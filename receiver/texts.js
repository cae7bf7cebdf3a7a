// @ts-check
// The wording behind a receipt's textHash. The widget hashes the texts of the layer the visitor
// answered in: SHA-256 (lowercase hex) of the UTF-8 JSON array of those texts in order, each with
// its runs of white space made one space (src/engine/receipts/receipt.ts does the same in the
// browser). The receiver hashes the texts it is sent itself, so that a stored wording is proven
// to be the one a receipt names, whoever sent it.
import { createHash } from 'node:crypto';

/** A text as it is hashed: runs of white space made one space, no space at the ends. */
export const normalizeText = (/** @type {string} */ text) => text.replace(/\s+/g, ' ').trim();

/**
 * The hash of a layer's texts, as the widget makes it.
 * @param {readonly string[]} texts the layer's texts in order
 * @returns {string} 64 lowercase hex digits
 */
export function hashTexts(texts) {
  return createHash('sha256').update(JSON.stringify(texts.map(normalizeText))).digest('hex');
}

/** A textHash as the schema allows it. */
export const TEXT_HASH = /^[0-9a-f]{64}$/;

/**
 * Checks texts against the hash they are said to have.
 * @param {unknown} texts what was sent
 * @param {string} hash the hash a receipt (or the URL of a PUT) names
 * @returns {{ texts: string[] } | { problem: string }} the texts as they are stored (normalized), or why not
 */
export function checkTexts(texts, hash) {
  if (!Array.isArray(texts) || !texts.every((text) => typeof text === 'string')) {
    return { problem: 'the texts must be a JSON array of strings' };
  }
  const normalized = texts.map(normalizeText);
  const actual = hashTexts(normalized);
  if (actual !== hash) return { problem: `the texts hash to ${actual}, not to ${hash}` };
  return { texts: normalized };
}
