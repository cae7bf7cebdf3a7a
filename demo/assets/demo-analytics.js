// Stands in for Google Analytics in the demo: the pages include it as a gated script,
//   <script type="text/plain" data-consent="analytics:ga" src="/assets/demo-analytics.js"></script>
// so it runs only once the visitor allows statistics. It sets the cookies Google Analytics sets
// (samtycke deletes them when statistics are withdrawn) and sends nothing; it shows that it
// ran, on the page and on the console.
(() => {
  const twoYears = 'Max-Age=63072000; Path=/';
  document.cookie = `_ga=GA1.1.demo; ${twoYears}`;
  document.cookie = `_ga_DEMO=GS1.1.demo; ${twoYears}`;
  const swedish = document.documentElement.lang.startsWith('sv');
  const text = swedish ? 'Statistikskriptet körs' : 'Statistics script is running';
  const badge = document.createElement('span');
  badge.className = 'script-badge';
  badge.dataset.script = 'analytics';
  badge.textContent = text;
  (document.getElementById('script-badges') ?? document.body).append(badge);
  console.info(`[demo-analytics] ${text} (it stands in for Google Analytics; nothing is sent).`);
})();
