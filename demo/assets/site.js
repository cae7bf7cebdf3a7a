// The demo site's own script (not gated: it sets no cookies and sends nothing). It shows live
// what samtycke allows, using only what a site owner can use: the samtycke-ready and
// samtycke-change events and window.samtycke. Texts come from the page's data-* attributes,
// so this file has no language of its own.
(() => {
  const box = document.querySelector('[data-consent-box]');

  function render() {
    const api = window.samtycke;
    if (!box || !api) return;
    for (const status of box.querySelectorAll('[data-consent-status]')) {
      const category = status.dataset.consentStatus;
      // `services` lists "category:service=Label" pairs, to tell "allowed" from "partly allowed".
      const services = (status.dataset.services ?? '').split(' ').filter(Boolean).map((pair) => pair.split('='));
      const allowedServices = services.filter(([key]) => api.isAllowed(key)).map(([, label]) => label);
      let state = api.isAllowed(category) ? 'allowed' : 'blocked';
      let text = status.dataset[state];
      if (state === 'allowed' && allowedServices.length < services.length) {
        state = 'partly';
        text = status.dataset.partly.replace('{services}', allowedServices.join(', '));
      }
      status.dataset.state = state === 'partly' ? 'allowed' : state;
      status.textContent = text;
    }
    const decision = box.querySelector('[data-decision]');
    if (decision) decision.textContent = api.getConsent().decided ? decision.dataset.decided : decision.dataset.undecided;
    // Without the API the button could do nothing, so it stays hidden until samtycke is there.
    for (const button of box.querySelectorAll('[data-forget]')) button.hidden = false;
  }

  document.addEventListener('samtycke-ready', render);
  document.addEventListener('samtycke-change', render);
  // In case this script runs after samtycke was ready (it is deferred after samtycke.js).
  window.samtycke?.ready.then(render);

  box?.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('[data-forget]')) void window.samtycke?.reset();
  });

  // The contact form is a demo: it checks its fields, then says that nothing was sent.
  const form = document.querySelector('[data-demo-form]');
  form?.addEventListener('submit', (event) => {
    event.preventDefault();
    const status = form.querySelector('[role="status"]');
    if (status) status.textContent = form.dataset.sentText ?? '';
    form.reset();
  });
})();
