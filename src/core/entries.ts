// The two checks every reader of the config shares, in a module of their own: the first layer
// (dist/samtycke-banner.js) needs them, and the sentences of problems.ts belong to the engine,
// not to the files a first visit downloads before the banner shows.

export type Entries = Record<string, unknown>;

export const isObject = (value: unknown): value is Entries =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Category and service names: used in `data-consent`, the mirror cookie and receipts. */
export const NAME = /^[A-Za-z][\w-]*$/;
