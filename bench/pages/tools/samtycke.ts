// samtycke: the built dist/, embedded exactly as the README's "Add it to your site" says.
import { page } from '../page.js';
import { privacyPolicyUrl, texts } from '../texts.js';
import { version, type Tool } from './tool.js';

const samtyckeConfig = {
  revision: 1,
  endpoint: '/api/consent',
  privacyPolicyUrl,
  categories: { necessary: { required: true }, analytics: {}, marketing: {} },
};

/** samtycke from `dist` (this repo's dist/, or another build to compare with: --baseline). */
export const samtycke = (id: 'samtycke' | 'samtycke-baseline' = 'samtycke', dist = 'dist'): Tool => ({
  id,
  label: id === 'samtycke' ? `samtycke ${version('..')} (this repo's dist/)` : `samtycke baseline (${dist})`,
  scripted: true,
  customizes: true,
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
