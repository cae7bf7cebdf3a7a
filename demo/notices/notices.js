// The example notices page: ?example=<name>&lang=sv|en picks one of the configs in this folder
// and the language, and starts samtycke with it through the ES module build (start(config)),
// the way a site that bundles its JavaScript would.
const EXAMPLES = {
  'engineering-software': 'Formvektor Engineering AB (engineering software, writes in English)',
  'saas-processor': 'Molnreda AB (cloud service, processor for its customers)',
  wholesaler: 'Nordvik Grossist AB (wholesaler)',
  'b2b-software': 'Karossdata Norden AB (software for companies, requests by post)',
  consultancy: 'Ljungberg Byggkonsult AB (consultancy with Google Analytics)',
};
const LANGUAGES = { sv: 'Svenska', en: 'English' };
const TITLES = { sv: 'Integritetspolicy', en: 'Privacy notice' };

const params = new URLSearchParams(location.search);
const example = Object.hasOwn(EXAMPLES, params.get('example') ?? '') ? params.get('example') : 'engineering-software';
const language = Object.hasOwn(LANGUAGES, params.get('lang') ?? '') ? params.get('lang') : 'en';

const list = document.querySelector('[data-examples]');
for (const [name, description] of Object.entries(EXAMPLES)) {
  const item = document.createElement('li');
  item.append(`${description}: `);
  Object.entries(LANGUAGES).forEach(([code, label], index) => {
    const link = document.createElement('a');
    link.href = `?example=${name}&lang=${code}`;
    link.lang = code;
    link.hreflang = code;
    link.textContent = label;
    if (name === example && code === language) link.setAttribute('aria-current', 'page');
    item.append(...(index ? [' · ', link] : [link]));
  });
  list.append(item);
}

const config = await (await fetch(new URL(`./${example}.json`, import.meta.url))).json();
document.documentElement.lang = language;
document.querySelector('[data-title]').textContent = `${TITLES[language]}: ${config.notice.controller.name}`;
// Each example keeps its visitor's choice in a cookie of its own, apart from the demo site's.
const { start } = await import('/dist/samtycke.mjs');
await start({ ...config, language, cookie: { name: `samtycke-${example}`, path: '/notices/' } });
