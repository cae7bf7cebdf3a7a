// @ts-check
// The statistics a site owner reads off the log: decisions per day by what they did, the share
// of accept-all, reject-all and custom, the opt-in rate of each category over time, and the same
// by language and by source. Counted by the database (stats in store/*.js); put together here.

/** @typedef {import('./store/rows.js').StatsRows} StatsRows */

/** The actions, in the order they are shown. */
export const ACTIONS = /** @type {const} */ (['accept-all', 'reject-all', 'custom', 'withdraw']);
/** @typedef {typeof ACTIONS[number]} Action */

/** How many days the page shows unless asked for another period, and the most it shows. */
export const DEFAULT_DAYS = 30;
export const MAX_DAYS = 3660;
const DAY = 86_400_000;

/**
 * The period of the last `days` days, today (UTC) included: [from, to).
 * @param {number} days
 * @param {Date} [now]
 */
export function lastDays(days, now = new Date()) {
  const to = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + DAY;
  return { from: new Date(to - days * DAY).toISOString(), to: new Date(to).toISOString() };
}

/** @returns {Record<Action, number>} */
const noActions = () => ({ 'accept-all': 0, 'reject-all': 0, custom: 0, withdraw: 0 });

/**
 * @typedef {{ key: string, total: number, actions: Record<Action, number> }} Group
 * @typedef {{ name: string, allowed: number, count: number, rate: number, perDay: Array<{ day: string, rate: number | null, count: number }> }} CategoryTrend
 * @typedef {{ from: string, to: string, days: string[], total: number, actions: Record<Action, number>,
 *   perDay: Array<{ day: string, total: number, actions: Record<Action, number> }>,
 *   categories: CategoryTrend[], alwaysOn: string[], byLanguage: Group[], bySource: Group[] }} Stats
 */

/**
 * @param {StatsRows} rows what the database counted in the period
 * @param {{ from: string, to: string }} period
 * @returns {Stats}
 */
export function summarize(rows, { from, to }) {
  /** @type {string[]} */
  const days = [];
  for (let time = Date.parse(from); time < Date.parse(to); time += DAY) days.push(new Date(time).toISOString().slice(0, 10));

  const perDay = new Map(days.map((day) => [day, { day, total: 0, actions: noActions() }]));
  const actions = noActions();
  let total = 0;
  for (const { day, action, count } of rows.byDay) {
    const entry = perDay.get(day);
    if (!entry || !(action in actions)) continue;
    entry.actions[/** @type {Action} */ (action)] += count;
    entry.total += count;
    actions[/** @type {Action} */ (action)] += count;
    total += count;
  }

  /** @type {Map<string, { allowed: number, count: number, days: Map<string, { allowed: number, count: number }> }>} */
  const categories = new Map();
  for (const { day, category, allowed, count } of rows.categoriesByDay) {
    const entry = categories.get(category) ?? { allowed: 0, count: 0, days: new Map() };
    categories.set(category, entry);
    entry.allowed += allowed;
    entry.count += count;
    entry.days.set(day, { allowed, count });
  }
  const trends = [...categories].map(([name, entry]) => ({
    name,
    allowed: entry.allowed,
    count: entry.count,
    rate: entry.allowed / entry.count,
    perDay: days.map((day) => {
      const counts = entry.days.get(day);
      return { day, rate: counts ? counts.allowed / counts.count : null, count: counts?.count ?? 0 };
    }),
  }));
  // A category allowed in every decision, reject-all included, is a required one: not a choice.
  const required = (/** @type {CategoryTrend} */ trend) => trend.allowed === trend.count && actions['reject-all'] > 0;

  return {
    from,
    to,
    days,
    total,
    actions,
    perDay: [...perDay.values()],
    categories: trends.filter((trend) => !required(trend)),
    alwaysOn: trends.filter(required).map((trend) => trend.name),
    byLanguage: groups(rows.byLanguage),
    bySource: groups(rows.bySource),
  };
}

/**
 * @param {Array<{ key: string, action: string, count: number }>} rows
 * @returns {Group[]} largest first
 */
function groups(rows) {
  /** @type {Map<string, Group>} */
  const found = new Map();
  for (const { key, action, count } of rows) {
    const group = found.get(key) ?? { key, total: 0, actions: noActions() };
    found.set(key, group);
    if (action in group.actions) group.actions[/** @type {Action} */ (action)] += count;
    group.total += count;
  }
  return [...found.values()].sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
}
