// @ts-check
// Whether a body is a receipt as docs/receipt.schema.json describes it, with ajv (the JSON
// Schema validator most of the ecosystem uses, and the one the project's tests already used):
// the schema stays the one source of truth for the widget, the docs and the receiver. It is
// imported as a JSON module, not read from disk, so that the build puts it inside
// dist/receiver/ with ajv (vite.receiver.config.ts).
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import schema from '../docs/receipt.schema.json' with { type: 'json' };

// ajv's packages are CommonJS with a default export that Node's ESM loader wraps once more.
const Ajv = /** @type {typeof Ajv2020} */ (/** @type {any} */ (Ajv2020).default ?? Ajv2020);
const withFormats = /** @type {typeof addFormats} */ (/** @type {any} */ (addFormats).default ?? addFormats);
const validate = withFormats(new Ajv({ allErrors: true })).compile(schema);

/**
 * @typedef {{ widgetVersion: string, layer: 'banner' | 'preferences' | 'placeholder' | 'none', textHash: string | null, pageUrl: string, texts?: string[] }} Shown
 * @typedef {{ id: string, consentId: string, createdAt: string, expiresAt: string, revision: number, language: string,
 *   choices: { categories: Record<string, boolean>, services: Record<string, boolean> },
 *   action: 'accept-all' | 'reject-all' | 'custom' | 'withdraw', source: string, shown: Shown }} Receipt
 */

/**
 * @param {unknown} body a parsed JSON body
 * @returns {{ receipt: Receipt } | { problem: string }} the receipt, or what is wrong with it, in words
 */
export function checkReceipt(body) {
  if (validate(body)) return { receipt: /** @type {Receipt} */ (body) };
  const problems = (validate.errors ?? []).map((problem) => `${problem.instancePath || 'the receipt'} ${problem.message}`);
  return { problem: `Not a receipt as docs/receipt.schema.json describes it: ${[...new Set(problems)].join('; ')}.` };
}
