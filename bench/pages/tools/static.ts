// The floor: the banner as plain HTML and CSS in the page, no script. Nothing can show a
// banner sooner; its buttons do nothing.
import { page } from '../page.js';
import { privacyPolicyUrl, texts } from '../texts.js';
import { escape, type Tool } from './tool.js';

const styles = `<style>
    .static-banner { position: fixed; inset: auto 0 0 0; z-index: 10; display: grid; gap: 0.75rem;
      width: min(60rem, 100% - 1.5rem); margin: 0 auto 0.75rem; padding: 1.25rem; box-sizing: border-box;
      border: 1px solid #d8cdbd; border-radius: 0.9rem; background: #fff; box-shadow: 0 0.5rem 2rem rgb(0 0 0 / 0.25); }
    .static-banner h2 { margin: 0; font-size: 1.125em; }
    .static-banner p { margin: 0; }
    .static-banner .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
    .static-banner button { flex: 1 1 8rem; padding: 0.6rem 1rem; border: 0; border-radius: 0.5rem; color: #fff; background: #8a4b1f; font: inherit; font-weight: 600; }
  </style>`;

export const staticBanner = (): Tool => ({
  id: 'static',
  label: 'static HTML banner (floor)',
  scripted: false,
  customizes: false,
  html: page('static banner', {
    head: styles,
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
