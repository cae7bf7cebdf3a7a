// Osano cookieconsent 3.1 (the open-source "Cookie Consent" by Osano, npm `cookieconsent`),
// as its download wizard writes it: the stylesheet in <head>; the script and a
// `window.cookieconsent.initialise({…})` call, here at the end of <body>, where the popup's
// container (document.body) exists. Some copies of the wizard's code wrap that call in a
// window `load` listener, which would make the banner wait for the page's hero image; not
// done here. An "opt-in" banner at the bottom, with the layout that shows a header.
//
// It has one consent, not categories, and no preferences: no "Customize". It gates nothing
// itself; its documentation ("JavaScript API", the opt-in example of the callback hooks) has
// the site enable cookies in onInitialise (a returning visitor's stored answer) and
// onStatusChange (a new answer) when `this.hasConsented()`: here that adds the analytics
// script, as a site would add Google Analytics.
import { page } from '../page.js';
import { privacyPolicyUrl, texts } from '../texts.js';
import { version, type Tool } from './tool.js';

const osanoConfig = {
  type: 'opt-in',
  position: 'bottom',
  theme: 'block',
  layout: 'basic-header',
  // The tab that lets a visitor change the answer later, like samtycke's settings button.
  revokable: true,
  palette: { popup: { background: '#ffffff', text: '#2b2118' }, button: { background: '#8a4b1f', text: '#ffffff' } },
  content: {
    header: texts.title,
    message: texts.description,
    allow: texts.acceptAll,
    deny: texts.rejectAll,
    link: texts.noticeLink,
    href: privacyPolicyUrl,
    target: '_self',
  },
};

// The gate: the documented callbacks, loading the script once (a new answer can follow the
// stored one on the same page).
const initialise = `window.cookieconsent.initialise(Object.assign(${JSON.stringify(osanoConfig, null, 2)}, {
  onInitialise: function () {
    if (this.hasConsented()) loadAnalytics();
  },
  onStatusChange: function () {
    if (this.hasConsented()) loadAnalytics();
  },
}), function (popup) {
  window.cookiePopup = popup;
});
function loadAnalytics() {
  if (document.getElementById('analytics')) return;
  var script = document.createElement('script');
  script.id = 'analytics';
  script.src = '/assets/analytics.js';
  document.body.appendChild(script);
}`;

export const osanoCookieconsent = (): Tool => ({
  id: 'osano-cookieconsent',
  label: `Osano cookieconsent ${version('cookieconsent')}`,
  scripted: true,
  customizes: false,
  html: page('Osano cookieconsent', {
    head: '<link rel="stylesheet" type="text/css" href="/vendor/cookieconsent/cookieconsent.min.css">',
    gated: '',
    // The instance the initialise call hands back reopens the banner.
    settingsLink: `<a href="#" onclick="cookiePopup.revokeChoice(); return false">${texts.settings}</a>`,
    bodyEnd: `<script src="/vendor/cookieconsent/cookieconsent.min.js" data-cfasync="false"></script>
  <script>
${initialise}
  </script>`,
  }),
  files: {},
  mounts: { '/vendor/cookieconsent/': 'node_modules/cookieconsent/build' },
  ownsRequest: (url) => url.pathname.startsWith('/vendor/cookieconsent/'),
});
