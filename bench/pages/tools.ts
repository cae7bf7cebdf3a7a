// The tools the bench compares, each embedded on the same page the way its own documentation
// says, with the same three categories (necessary, analytics, marketing), the same English
// texts (./texts.ts) and the same gated analytics script (/assets/analytics.js) held back in
// the tool's own gating style. Files a tool needs besides its package (its config) are
// generated here from the same texts, so that they cannot drift apart.
import { readFileSync } from 'node:fs';
import { page } from './page.js';
import { privacyPolicyUrl, texts } from './texts.js';

export type ToolId = 'static' | 'samtycke' | 'samtycke-baseline' | 'vanilla-cookieconsent' | 'klaro';

export interface Tool {
  id: ToolId;
  /** Name and version, as the report prints it. */
  label: string;
  /** False for the static floor: no script, so nothing to accept, gate or return to. */
  scripted: boolean;
  /** The page, as served at /<id>/. */
  html: string;
  /** Files served at /<id>/<name> (configs the site owner writes). */
  files: Record<string, string>;
  /** Folders served under URL prefixes: the tool's published files. */
  mounts: Record<string, string>;
  /** Is this request the widget's own (its code, styles and config), rather than the page's? */
  ownsRequest(url: URL): boolean;
}

const version = (name: string): string =>
  JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;

const escape = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

// ---------------------------------------------------------------------------------------
// The floor: the banner as plain HTML and CSS in the page, no script. Nothing can show a
// banner sooner; its buttons do nothing.
const staticBanner = `<style>
    .static-banner { position: fixed; inset: auto 0 0 0; z-index: 10; display: grid; gap: 0.75rem;
      width: min(60rem, 100% - 1.5rem); margin: 0 auto 0.75rem; padding: 1.25rem; box-sizing: border-box;
      border: 1px solid #d8cdbd; border-radius: 0.9rem; background: #fff; box-shadow: 0 0.5rem 2rem rgb(0 0 0 / 0.25); }
    .static-banner h2 { margin: 0; font-size: 1.125em; }
    .static-banner p { margin: 0; }
    .static-banner .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
    .static-banner button { flex: 1 1 8rem; padding: 0.6rem 1rem; border: 0; border-radius: 0.5rem; color: #fff; background: #8a4b1f; font: inherit; font-weight: 600; }
  </style>`;

const staticTool = (): Tool => ({
  id: 'static',
  label: 'static HTML banner (floor)',
  scripted: false,
  html: page('static banner', {
    head: staticBanner,
    gated: '',
    settingsLink: `<a href="#">${texts.settings}</a>`,
    bodyEnd: `<section class="static-banner" aria-labelledby="static-banner-title">
    <h2 id="static-banner-title">${escape(texts.title)}</h2>
    <p>${escape(texts.description)}</p>
    <div class="actions">
      <button type="button">${texts.acceptAll}</button>
      <button type="button">${texts.rejectAll}</button>
      <button type="button">${texts.customize}</button>
    </div>
    <a href="${privacyPolicyUrl}">${texts.noticeLink}</a>
  </section>`,
  }),
  files: {},
  mounts: {},
  ownsRequest: () => false,
});

// ---------------------------------------------------------------------------------------
// samtycke: the built dist/, embedded exactly as the README's "Add it to your site" says.
const samtyckeConfig = {
  revision: 1,
  endpoint: '/api/consent',
  privacyPolicyUrl,
  categories: { necessary: { required: true }, analytics: {}, marketing: {} },
};

/** samtycke from `dist` (this repo's dist/, or another build to compare with: --baseline). */
const samtycke = (id: 'samtycke' | 'samtycke-baseline' = 'samtycke', dist = 'dist'): Tool => ({
  id,
  label: id === 'samtycke' ? `samtycke ${version('..')} (this repo's dist/)` : `samtycke baseline (${dist})`,
  scripted: true,
  html: page(id, {
    head: `<script type="application/json" id="samtycke-config">
    ${JSON.stringify(samtyckeConfig)}
  </script>
  <script src="/${id}/dist/samtycke.js" defer></script>`,
    gated: '<script type="text/plain" data-consent="analytics" src="/assets/analytics.js"></script>',
    settingsLink: `<a href="#" data-samtycke-open>${texts.settings}</a>`,
    bodyEnd: '',
  }),
  files: {},
  mounts: { [`/${id}/dist/`]: dist },
  ownsRequest: (url) => url.pathname.startsWith(`/${id}/dist/`) || url.pathname === samtyckeConfig.endpoint,
});

// ---------------------------------------------------------------------------------------
// vanilla-cookieconsent v3, as its "Getting started" page says: the stylesheet in <head>, a
// module cookieconsent-config.js at the end of <body> that imports cookieconsent.umd.js and
// calls CookieConsent.run; gated scripts are type="text/plain" data-category="…".
const vanillaConfig = () => {
  const [necessary, analytics, marketing] = texts.categories;
  const config = {
    guiOptions: {
      consentModal: { layout: 'bar', position: 'bottom', equalWeightButtons: true, flipButtons: false },
      preferencesModal: { layout: 'box', equalWeightButtons: true, flipButtons: false },
    },
    categories: { necessary: { enabled: true, readOnly: true }, analytics: {}, marketing: {} },
    language: {
      default: 'en',
      translations: {
        en: {
          consentModal: {
            title: texts.title,
            description: escape(texts.description),
            acceptAllBtn: texts.acceptAll,
            acceptNecessaryBtn: texts.rejectAll,
            showPreferencesBtn: texts.customize,
            footer: `<a href="${privacyPolicyUrl}">${texts.noticeLink}</a>`,
          },
          preferencesModal: {
            title: texts.preferences.title,
            acceptAllBtn: texts.acceptAll,
            acceptNecessaryBtn: texts.rejectAll,
            savePreferencesBtn: texts.preferences.save,
            closeIconLabel: texts.preferences.close,
            sections: [
              { description: escape(texts.preferences.intro) },
              ...[necessary!, analytics!, marketing!].map((category) => ({
                title: category.label,
                description: escape(category.description),
                linkedCategory: category.name,
              })),
              { description: `<a href="${privacyPolicyUrl}">${texts.noticeLink}</a>` },
            ],
          },
        },
      },
    },
  };
  return `// cookieconsent-config.js, as the vanilla-cookieconsent v3 docs ("Getting started") write it.
import '/vendor/vanilla-cookieconsent/cookieconsent.umd.js';

CookieConsent.run(${JSON.stringify(config, null, 2)});
`;
};

const vanilla = (): Tool => ({
  id: 'vanilla-cookieconsent',
  label: `vanilla-cookieconsent ${version('vanilla-cookieconsent')}`,
  scripted: true,
  html: page('vanilla-cookieconsent', {
    head: '<link rel="stylesheet" href="/vendor/vanilla-cookieconsent/cookieconsent.css">',
    gated: '<script type="text/plain" data-category="analytics" src="/assets/analytics.js"></script>',
    settingsLink: `<a href="#" data-cc="show-preferencesModal">${texts.settings}</a>`,
    bodyEnd: '<script type="module" src="/vanilla-cookieconsent/cookieconsent-config.js"></script>',
  }),
  files: { 'cookieconsent-config.js': vanillaConfig() },
  mounts: { '/vendor/vanilla-cookieconsent/': 'node_modules/vanilla-cookieconsent/dist' },
  ownsRequest: (url) => url.pathname.startsWith('/vendor/vanilla-cookieconsent/') || url.pathname.startsWith('/vanilla-cookieconsent/'),
});

// ---------------------------------------------------------------------------------------
// Klaro 0.7, as its docs say: config.js (a global klaroConfig) and klaro.js (styles
// included), both deferred in <head>, config first; gated scripts are
// type="text/plain" data-type="text/javascript" data-name="<service>" data-src="…".
// Klaro asks per service, grouped by purpose: one service per category here.
const klaroConfig = () => {
  const [necessary, analytics, marketing] = texts.categories;
  const purposes = Object.fromEntries(
    [necessary!, analytics!, marketing!].map((category) => [category.name, { title: category.label, description: category.description }]),
  );
  const config = {
    version: 1,
    elementID: 'klaro',
    styling: { theme: ['light', 'bottom', 'wide'] },
    lang: 'en',
    htmlTexts: false,
    groupByPurpose: true,
    storageMethod: 'cookie',
    cookieName: 'klaro',
    cookieExpiresAfterDays: 365,
    default: false,
    mustConsent: false,
    acceptAll: true,
    hideDeclineAll: false,
    hideLearnMore: false,
    noticeAsModal: false,
    showNoticeTitle: true,
    privacyPolicy: privacyPolicyUrl,
    translations: {
      en: {
        consentNotice: {
          title: texts.title,
          description: `${texts.description} {privacyPolicy}`,
          learnMore: texts.customize,
        },
        privacyPolicy: { name: texts.noticeLink, text: '{privacyPolicy}' },
        consentModal: { title: texts.preferences.title, description: texts.preferences.intro },
        ok: texts.acceptAll,
        acceptAll: texts.acceptAll,
        decline: texts.rejectAll,
        save: texts.preferences.save,
        close: texts.preferences.close,
        purposes,
        site: { title: 'Site cookies', description: necessary!.description },
        statistics: { title: 'Statistics', description: analytics!.description },
        advertising: { title: 'Marketing', description: marketing!.description },
      },
    },
    services: [
      { name: 'site', purposes: ['necessary'], required: true },
      { name: 'statistics', purposes: ['analytics'] },
      { name: 'advertising', purposes: ['marketing'] },
    ],
  };
  return `// config.js, as Klaro's docs write it: a global klaroConfig, loaded before klaro.js.
var klaroConfig = ${JSON.stringify(config, null, 2)};
`;
};

const klaro = (): Tool => ({
  id: 'klaro',
  label: `Klaro ${version('klaro')}`,
  scripted: true,
  html: page('Klaro', {
    head: `<script defer type="text/javascript" src="/klaro/config.js"></script>
  <script defer type="text/javascript" src="/vendor/klaro/klaro.js"></script>`,
    gated: '<script type="text/plain" data-type="text/javascript" data-name="statistics" data-src="/assets/analytics.js"></script>',
    settingsLink: `<a href="#" onclick="klaro.show(); return false">${texts.settings}</a>`,
    bodyEnd: '',
  }),
  files: { 'config.js': klaroConfig() },
  mounts: { '/vendor/klaro/': 'node_modules/klaro/dist' },
  ownsRequest: (url) => url.pathname.startsWith('/vendor/klaro/') || url.pathname.startsWith('/klaro/'),
});

/** The tools in report order; with `baselineDist`, also samtycke built elsewhere, to compare before and after. */
export function tools(baselineDist?: string): Tool[] {
  return [staticTool(), samtycke(), ...(baselineDist ? [samtycke('samtycke-baseline', baselineDist)] : []), vanilla(), klaro()];
}
