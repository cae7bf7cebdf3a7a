// tarteaucitron.js, as its README and installation guide say: tarteaucitron.min.js and the
// tarteaucitron.init({…}) call in <head> (parser-blocking, as written there), the texts in
// tarteaucitronCustomText before init, and the services at the end of <body>:
// `(tarteaucitron.job = tarteaucitron.job || []).push('<service>')`. The init parameters are
// the README's, with a banner at the bottom and the services grouped by category. The
// script then fetches its stylesheet, its English texts (lang/) and its catalogue of
// services (tarteaucitron.services.min.js, ~35 KB gzipped) from its own folder, once the
// window's load event has fired.
//
// tarteaucitron asks per service, grouped by type: one "custom service" (its README's
// "Create custom service") per category here, the analytics one adding the gated script
// with tarteaucitron.addScript when allowed; the mandatory line stands for necessary cookies.
import { page } from '../page.js';
import { privacyPolicyUrl, texts } from '../texts.js';
import { version, type Tool } from './tool.js';

const customText = () => {
  const [necessary, analytics, marketing] = texts.categories;
  return {
    middleBarHead: texts.title,
    alertBigPrivacy: texts.description,
    acceptAll: texts.acceptAll,
    denyAll: texts.rejectAll,
    personalize: texts.customize,
    privacyUrl: texts.noticeLink,
    title: texts.preferences.title,
    disclaimer: texts.preferences.intro,
    allowAll: texts.acceptAll,
    save: texts.preferences.save,
    close: texts.preferences.close,
    icon: texts.settings,
    mandatoryTitle: necessary!.label,
    mandatoryText: necessary!.description,
    analytic: { title: analytics!.label, details: analytics!.description },
    ads: { title: marketing!.label, details: marketing!.description },
  };
};

const parameters = {
  privacyUrl: privacyPolicyUrl,
  bodyPosition: 'bottom',
  hashtag: '#tarteaucitron',
  cookieName: 'tarteaucitron',
  orientation: 'bottom',
  groupServices: true,
  showDetailsOnClick: true,
  serviceDefaultState: 'wait',
  showAlertSmall: false,
  showTitleBanner: true,
  cookieslist: false,
  cookieslistEmbed: false,
  showIcon: true,
  iconPosition: 'BottomRight',
  adblocker: false,
  DenyAllCta: true,
  AcceptAllCta: true,
  highPrivacy: true,
  alwaysNeedConsent: false,
  handleBrowserDNTRequest: false,
  removeCredit: false,
  moreInfoLink: true,
  useExternalCss: false,
  useExternalJs: false,
  readmoreLink: '',
  mandatory: true,
  mandatoryCta: true,
  googleConsentMode: true,
  bingConsentMode: true,
  pianoConsentMode: true,
  pianoConsentModeEssential: false,
  softConsentMode: false,
  dataLayer: false,
  serverSide: false,
  partnersList: false,
};

const services = `tarteaucitron.services.sitestatistics = {
    key: 'sitestatistics',
    type: 'analytic',
    name: ${JSON.stringify(texts.categories[1]!.label)},
    needConsent: true,
    cookies: [],
    js: function () {
      'use strict';
      tarteaucitron.addScript('/assets/analytics.js');
    },
  };
  tarteaucitron.services.sitemarketing = {
    key: 'sitemarketing',
    type: 'ads',
    name: ${JSON.stringify(texts.categories[2]!.label)},
    needConsent: true,
    cookies: [],
    js: function () {},
  };
  (tarteaucitron.job = tarteaucitron.job || []).push('sitestatistics', 'sitemarketing');`;

export const tarteaucitron = (): Tool => ({
  id: 'tarteaucitron',
  label: `tarteaucitron.js ${version('tarteaucitronjs')}`,
  scripted: true,
  customizes: true,
  html: page('tarteaucitron.js', {
    head: `<script src="/vendor/tarteaucitron/tarteaucitron.min.js"></script>
  <script>
  tarteaucitronForceLanguage = 'en';
  tarteaucitronCustomText = ${JSON.stringify(customText())};
  tarteaucitron.init(${JSON.stringify(parameters)});
  </script>`,
    gated: '',
    settingsLink: `<a href="#tarteaucitron">${texts.settings}</a>`,
    bodyEnd: `<script>
  ${services}
  </script>`,
  }),
  files: {},
  mounts: { '/vendor/tarteaucitron/': 'node_modules/tarteaucitronjs' },
  ownsRequest: (url) => url.pathname.startsWith('/vendor/tarteaucitron/'),
});
