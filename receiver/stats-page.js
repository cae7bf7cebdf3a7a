// @ts-check
// The statistics page: plain HTML with charts drawn on the server as SVG, so that the page needs
// no script (it works under the strictest Content Security Policy, prints, and reads the same in
// every browser). d3-scale and d3-shape do the geometry (scales with round ticks, stacked bars,
// lines with gaps); every chart is followed by its numbers as a table, for screen readers and
// for anyone who wants the exact figures.
import { scaleBand, scaleLinear } from 'd3-scale';
import { line, stack } from 'd3-shape';
import { ACTIONS } from './stats.js';

/** @typedef {import('./stats.js').Stats} Stats @typedef {import('./stats.js').Action} Action @typedef {import('./stats.js').Group} Group */

/** Action names and colours (Okabe–Ito, told apart with colour blindness too; each at least 3:1 against white). */
const LOOK = {
  'accept-all': { label: 'Accept all', colour: '#007a5a' },
  'reject-all': { label: 'Reject all', colour: '#c24e00' },
  custom: { label: 'Custom', colour: '#0072b2' },
  withdraw: { label: 'Withdrawal', colour: '#a8447f' },
};
const CATEGORY_COLOURS = ['#0072b2', '#c24e00', '#007a5a', '#a8447f', '#8a6d00', '#3d6ea8', '#000000'];

const WIDTH = 760;
const HEIGHT = 240;
const MARGIN = { top: 12, right: 16, bottom: 28, left: 44 };

const escape = (/** @type {unknown} */ text) =>
  String(text).replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
const percent = (/** @type {number} */ share) => `${Math.round(share * 100)} %`;
const share = (/** @type {number} */ part, /** @type {number} */ whole) => (whole ? part / whole : 0);

/** Day labels along the x axis: at most about eight, evenly spread. */
function dayTicks(/** @type {string[]} */ days) {
  const every = Math.max(1, Math.ceil(days.length / 8));
  return days.filter((_, index) => index % every === 0);
}

/** "2025-05-12" as "12 May". */
const shortDay = (/** @type {string} */ day) => new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/**
 * Axes and grid for a chart with days along x.
 * @param {import('d3-scale').ScaleBand<string>} x
 * @param {import('d3-scale').ScaleLinear<number, number>} y
 * @param {(value: number) => string} format
 */
function axes(x, y, format) {
  const grid = y
    .ticks(5)
    .map((tick) => `<g class="tick"><line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(tick)}" y2="${y(tick)}"/><text x="${MARGIN.left - 6}" y="${y(tick)}" dy="0.32em" text-anchor="end">${escape(format(tick))}</text></g>`)
    .join('');
  const days = dayTicks(x.domain())
    .map((day) => `<text x="${(x(day) ?? 0) + x.bandwidth() / 2}" y="${HEIGHT - 8}" text-anchor="middle">${escape(shortDay(day))}</text>`)
    .join('');
  return `<g class="axis">${grid}${days}</g>`;
}

/** Decisions per day, stacked by action. */
function decisionsChart(/** @type {Stats} */ stats) {
  const x = scaleBand(stats.days, [MARGIN.left, WIDTH - MARGIN.right]).padding(0.15);
  const y = scaleLinear([0, Math.max(1, ...stats.perDay.map((day) => day.total))], [HEIGHT - MARGIN.bottom, MARGIN.top]).nice();
  const layers = stack()
    .keys(ACTIONS)
    .value((day, key) => /** @type {any} */ (day).actions[key])(/** @type {any[]} */ (stats.perDay));
  const bars = layers
    .map((layer) => {
      const rects = layer.map((point) => {
        const [low, high] = point;
        const { day } = /** @type {any} */ (point.data);
        return high > low ? `<rect x="${x(day)}" width="${x.bandwidth()}" y="${y(high)}" height="${y(low) - y(high)}"/>` : '';
      });
      return `<g fill="${LOOK[/** @type {Action} */ (layer.key)].colour}">${rects.join('')}</g>`;
    })
    .join('');
  return svg('decisions', `Decisions per day over ${stats.days.length} days: ${stats.total} in all.`, `${axes(x, y, (tick) => String(tick))}${bars}`);
}

/** The opt-in rate of each category, one line per category. */
function optInChart(/** @type {Stats} */ stats) {
  const x = scaleBand(stats.days, [MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleLinear([0, 1], [HEIGHT - MARGIN.bottom, MARGIN.top]);
  /** @type {import('d3-shape').Line<{ day: string, rate: number | null }>} */
  const path = line();
  path.defined((point) => point.rate !== null).x((point) => (x(point.day) ?? 0) + x.bandwidth() / 2).y((point) => y(point.rate ?? 0));
  const lines = stats.categories
    .map((category, index) => {
      const colour = CATEGORY_COLOURS[index % CATEGORY_COLOURS.length];
      // A day with a decision between days without one has no neighbours to join: a dot shows it.
      const dots = category.perDay
        .filter((point) => point.rate !== null)
        .map((point) => `<circle cx="${(x(point.day) ?? 0) + x.bandwidth() / 2}" cy="${y(point.rate ?? 0)}" r="2.5"/>`)
        .join('');
      return `<g stroke="${colour}" fill="${colour}"><path fill="none" stroke-width="2" d="${path(category.perDay) ?? ''}"/>${dots}</g>`;
    })
    .join('');
  const description = stats.categories.map((category) => `${category.name} ${percent(category.rate)}`).join(', ');
  return svg('opt-in', `Share of decisions that allowed each category, per day: ${description || 'no decisions'}.`, `${axes(x, y, (tick) => percent(tick))}${lines}`);
}

/** @param {string} id @param {string} description @param {string} content */
function svg(id, description, content) {
  return `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${id}-title ${id}-desc"><desc id="${id}-desc">${escape(description)}</desc>${content}</svg>`;
}

/** One bar split by action shares, with a legend that gives the numbers. */
function shareBar(/** @type {Record<Action, number>} */ actions, /** @type {number} */ total) {
  let left = 0;
  const parts = ACTIONS.filter((action) => actions[action])
    .map((action) => {
      const width = share(actions[action], total) * 100;
      const part = `<span style="left:${left}%;width:${width}%;background:${LOOK[action].colour}"></span>`;
      left += width;
      return part;
    })
    .join('');
  return `<div class="share" aria-hidden="true">${parts}</div>`;
}

function legend(/** @type {Record<Action, number>} */ actions, /** @type {number} */ total) {
  return `<ul class="legend">${ACTIONS.map(
    (action) => `<li><span class="swatch" style="background:${LOOK[action].colour}"></span>${LOOK[action].label}: <strong>${percent(share(actions[action], total))}</strong> (${actions[action]})</li>`,
  ).join('')}</ul>`;
}

function groupTable(/** @type {string} */ caption, /** @type {string} */ heading, /** @type {Group[]} */ groups) {
  const rows = groups
    .map(
      (group) =>
        `<tr><th scope="row">${escape(group.key)}</th><td>${group.total}</td>${ACTIONS.map((action) => `<td>${percent(share(group.actions[action], group.total))}</td>`).join('')}<td class="bar">${shareBar(group.actions, group.total)}</td></tr>`,
    )
    .join('');
  return `<table><caption>${caption}</caption><thead><tr><th scope="col">${heading}</th><th scope="col">Decisions</th>${ACTIONS.map((action) => `<th scope="col">${LOOK[action].label}</th>`).join('')}<th scope="col"><span class="visually-hidden">Shares</span></th></tr></thead><tbody>${rows || `<tr><td colspan="${ACTIONS.length + 3}">No decisions in this period.</td></tr>`}</tbody></table>`;
}

function dayTable(/** @type {Stats} */ stats) {
  const rows = stats.perDay
    .filter((day) => day.total)
    .map((day) => `<tr><th scope="row">${day.day}</th><td>${day.total}</td>${ACTIONS.map((action) => `<td>${day.actions[action]}</td>`).join('')}${stats.categories.map((category) => `<td>${percentOrDash(category.perDay.find((point) => point.day === day.day)?.rate)}</td>`).join('')}</tr>`)
    .join('');
  const categoryHeadings = stats.categories.map((category) => `<th scope="col">${escape(category.name)} allowed</th>`).join('');
  return `<details><summary>Every day's numbers</summary><table><caption>Decisions per day, and the share that allowed each category</caption><thead><tr><th scope="col">Day (UTC)</th><th scope="col">Decisions</th>${ACTIONS.map((action) => `<th scope="col">${LOOK[action].label}</th>`).join('')}${categoryHeadings}</tr></thead><tbody>${rows || '<tr><td colspan="2">No decisions in this period.</td></tr>'}</tbody></table></details>`;
}

const percentOrDash = (/** @type {number | null | undefined} */ rate) => (rate === null || rate === undefined ? '–' : percent(rate));

/**
 * The whole page.
 * @param {Stats} stats
 * @param {{ days: number, choices: number[] }} period the days shown, and the periods to offer
 */
export function statsPage(stats, { days, choices }) {
  const periods = choices
    .map((choice) => (choice === days ? `<strong aria-current="page">${choice} days</strong>` : `<a href="?days=${choice}">${choice} days</a>`))
    .join(' · ');
  const categoryLegend = stats.categories
    .map((category, index) => `<li><span class="swatch" style="background:${CATEGORY_COLOURS[index % CATEGORY_COLOURS.length]}"></span>${escape(category.name)}: <strong>${percent(category.rate)}</strong> allowed (${category.allowed} of ${category.count})</li>`)
    .join('');
  const alwaysOn = stats.alwaysOn.length ? `<p>Always on (required): ${stats.alwaysOn.map(escape).join(', ')}.</p>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Consent statistics – samtycke</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; margin: 0 auto; padding: 1rem 1.25rem 3rem; max-width: 52rem; }
  h1 { font-size: 1.6rem; margin-bottom: 0.25rem; } h2 { font-size: 1.2rem; margin-top: 2.25rem; }
  a { color: #0b57d0; } .period { color: #444; }
  .total { font-size: 2.4rem; font-weight: 700; margin: 0; }
  .chart { width: 100%; height: auto; display: block; }
  .chart text { font-size: 12px; fill: #444; } .chart .tick line { stroke: #d9d9d9; }
  .legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; }
  .swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 2px; margin-right: 0.4em; vertical-align: -0.1em; }
  .share { position: relative; height: 1.6rem; background: #eee; border-radius: 4px; overflow: hidden; min-width: 6rem; }
  .share span { position: absolute; top: 0; bottom: 0; }
  table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; font-variant-numeric: tabular-nums; }
  caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
  th, td { text-align: right; padding: 0.3rem 0.5rem; border-bottom: 1px solid #e3e3e3; } th[scope=row], thead th:first-child { text-align: left; }
  td.bar { width: 30%; }
  details { margin-top: 1rem; } summary { cursor: pointer; color: #0b57d0; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  @media print { a { color: inherit; } details { display: block; } }
</style>
</head>
<body>
<main>
<h1>Consent statistics</h1>
<p class="period">Decisions made from ${stats.from.slice(0, 10)} to ${new Date(Date.parse(stats.to) - 1).toISOString().slice(0, 10)} (UTC), by the visitors' clocks. Show: ${periods}</p>
<p class="total">${stats.total} <span style="font-size:1rem;font-weight:400">${stats.total === 1 ? 'decision' : 'decisions'}</span></p>

<h2 id="shares-title">What visitors chose</h2>
${shareBar(stats.actions, stats.total)}
${legend(stats.actions, stats.total)}

<h2 id="decisions-title">Decisions per day</h2>
${decisionsChart(stats)}

<h2 id="opt-in-title">Opt-in rate per category</h2>
${optInChart(stats)}
<ul class="legend">${categoryLegend || '<li>No decisions in this period.</li>'}</ul>
${alwaysOn}
${dayTable(stats)}

<h2>By language</h2>
${groupTable('Decisions by the language the banner spoke', 'Language', stats.byLanguage)}

<h2>By source</h2>
${groupTable('Decisions by where they were made', 'Source', stats.bySource)}
</main>
</body>
</html>
`;
}
