// vanilla-cookieconsent v3, as its "Getting started" page says: the stylesheet in <head>, a
// module cookieconsent-config.js at the end of <body> that imports cookieconsent.umd.js and
// calls CookieConsent.run; gated scripts are type="text/plain" data-category="…".
import { page } from '../page.js';
import { privacyPolicyUrl, texts } from '../texts.js';
import { escape, version, type Tool } from './tool.js';

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

export const vanillaCookieconsent = (): Tool => ({
  id: 'vanilla-cookieconsent',
  label: `vanilla-cookieconsent ${version('vanilla-cookieconsent')}`,
  scripted: true,
  customizes: true,
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
