// Klaro 0.7, as its docs say: config.js (a global klaroConfig) and klaro.js (styles
// included), both deferred in <head>, config first; gated scripts are
// type="text/plain" data-type="text/javascript" data-name="<service>" data-src="…".
// Klaro asks per service, grouped by purpose: one service per category here.
import { page } from '../page.js';
import { privacyPolicyUrl, texts } from '../texts.js';
import { version, type Tool } from './tool.js';

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

export const klaro = (): Tool => ({
  id: 'klaro',
  label: `Klaro ${version('klaro')}`,
  scripted: true,
  customizes: true,
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
