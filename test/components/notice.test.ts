// <samtycke-notice> in Swedish and English, with the site's facts, the consent config and the
// visitor's choice filled in as the UI stage does: real i18next with the real locale files.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { uniformGrants } from '../../src/core/choices.js';
import { consentState, recordDecision } from '../../src/core/decision.js';
import { useLanguage } from '../../src/ui/i18n/translator.js';
import { deepFocus, NOTICE_WORDS, RIGHT_IDS, SECTION_IDS, setupNotice, type Language } from '../support/notice.js';

const text = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

for (const language of ['en', 'sv'] as Language[]) {
  const words = NOTICE_WORDS[language];

  describe(`<samtycke-notice> in ${language}`, () => {
    after(() => useLanguage('en', 'en'));

    it('has every section, in order, each with a heading the contents link to by the same id in every language', async () => {
      const { element, root, headings } = await setupNotice({ language });
      expect(element.lang).to.equal(language);
      expect(headings('section > h2')).to.deep.equal(words.sections);
      expect([...root.querySelectorAll('section > h2')].map((h) => h.id)).to.deep.equal(SECTION_IDS);
      expect(text(root.querySelector('nav h2'))).to.equal(words.contents);
      const links = [...root.querySelectorAll<HTMLAnchorElement>('nav a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        ...SECTION_IDS.slice(0, SECTION_IDS.indexOf('rights') + 1).map((id) => `#${id}`),
        ...RIGHT_IDS.map((id) => `#${id}`),
        ...SECTION_IDS.slice(SECTION_IDS.indexOf('rights') + 1).map((id) => `#${id}`),
      ]);
      for (const link of links) expect(root.getElementById(link.hash.slice(1)), link.hash).to.not.equal(null);
    });

    it("names the controller with its details and says there is no data protection officer", async () => {
      const { section } = await setupNotice({ language });
      const controller = text(section('controller'));
      for (const fact of ['Norrsken Kafferosteri AB', '559876-5432', 'Skolgatan 31, 903 27 Umeå', 'integritet@norrsken-kaffe.example', '090-123 45 67']) {
        expect(controller).to.include(fact);
      }
      expect(controller).to.include(words.noDpo);
      expect(section('controller').querySelector('a[href="mailto:integritet@norrsken-kaffe.example"]')).to.not.equal(null);
    });

    it('lists the kinds of data, their sources, each purpose with its legal basis and interest, recipients, transfers, retention and security', async () => {
      const { section } = await setupNotice({ language });
      expect(section('personal-data').querySelectorAll('ul')[0]!.children).to.have.length(5);
      expect(text(section('personal-data'))).to.include(words.ownKind);
      expect(section('personal-data').querySelectorAll('ul')[1]!.children).to.have.length(4);
      const purposes = [...section('purposes').querySelectorAll('.cards > li')].map(text);
      expect(purposes).to.have.length(4);
      words.bases.forEach((basis, index) => expect(purposes[index]).to.include(basis));
      expect(purposes[2]).to.include(words.interest);
      expect(text(section('recipients'))).to.include('Exempelfrakt AB');
      expect(text(section('transfers'))).to.include(words.transfer);
      expect(text(section('retention'))).to.include(words.bookkeeping);
      expect(section('security').querySelector('ul')!.children).to.have.length(2);
      expect(text(section('changes'))).to.include(words.version);
    });

    it('explains every right, how to use it, and how to complain to IMY', async () => {
      const { root, section, headings } = await setupNotice({ language });
      expect(headings('#rights ~ section > h3')).to.deep.equal(words.rights);
      expect([...root.querySelectorAll('#rights ~ section > h3')].map((h) => h.id)).to.deep.equal(RIGHT_IDS);
      for (const id of RIGHT_IDS) expect(text(section(id)).length, id).to.be.greaterThan(words.rights[0]!.length + 60);
      expect(section('rights').querySelector(':scope > p > a[href="mailto:integritet@norrsken-kaffe.example"]'), 'how to use a right').to.not.equal(null);
      const complaint = text(section('right-complaint'));
      for (const fact of [words.imy, 'Box 8114, 104 20 Stockholm', 'imy@imy.se', '08-657 61 00', 'www.imy.se']) expect(complaint).to.include(fact);
      expect(section('right-complaint').querySelector('a[href^="https://www.imy.se"]')).to.not.equal(null);
      expect(section('right-withdrawal').querySelector('button')?.textContent).to.equal(words.change);
    });

    it('has a cookie section made from the consent config: every category, service, provider, cookie and lifetime', async () => {
      const { section, headings } = await setupNotice({ language });
      const cookies = section('cookies');
      expect(headings('#cookies ~ section > h3')).to.deep.equal(words.categories);
      for (const [category, rows] of Object.entries(words.rows)) {
        const table = section(`cookies-${category}`).querySelector('table')!;
        const headers = [...table.querySelectorAll('th')].map(text);
        expect(headers.slice(0, 3)).to.deep.equal(words.cookieHeaders);
        const cells = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map(text));
        expect(cells, category).to.deep.equal(rows);
      }
      const services = [...cookies.querySelectorAll('.cards > li')].map(text);
      expect(services).to.have.length(3);
      expect(services[2]).to.include('Meta Pixel').and.include(words.provider);
      expect(text(cookies)).to.include('samtycke');
    });

    it("shows the visitor's current choice and follows it when it changes", async () => {
      const { element, section, config } = await setupNotice({ language });
      const choice = (what: string) => text(section('cookies').querySelector(what));
      expect(choice('[data-category=necessary]')).to.equal(words.alwaysOn);
      expect(choice('[data-category=analytics]')).to.equal(words.refused);
      expect(choice('[data-service="marketing:meta"]')).to.equal(words.refused);
      expect(choice('.current')).to.equal(words.notDecided);

      const record = recordDecision(config, null, uniformGrants(config, true), { intent: 'accept-all', source: 'banner', language });
      document.dispatchEvent(new CustomEvent('samtycke-change', { detail: consentState(config, record) }));
      await element.updateComplete;
      expect(choice('[data-category=analytics]')).to.equal(words.allowed);
      expect(choice('[data-service="marketing:meta"]')).to.equal(words.allowed);
      expect(choice('.current')).to.include(words.decidedOn).and.include(record.consentId);
    });

    it('asks for the cookie preferences from the cookie section and from the right to withdraw consent', async () => {
      const { element, section } = await setupNotice({ language });
      for (const id of ['cookies', 'right-withdrawal']) {
        const button = section(id).querySelector('button')!;
        const asked = oneEvent(element, 'samtycke-customize');
        button.click();
        expect((await asked).detail.opener, id).to.equal(button);
      }
    });

    it('is accessible, undecided and decided', async () => {
      const { element } = await setupNotice({ language });
      await expect(element).to.be.accessible();
      const decided = await setupNotice({ language, decided: 'reject-all' });
      await expect(decided.element).to.be.accessible();
    });

    it('is usable with the keyboard: a link in the contents moves focus to its section, and the settings control answers Enter', async () => {
      const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
      const { element, root } = await setupNotice({ language });
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepFocus(), 'the first link of the contents').to.equal(root.querySelector('nav a'));
      const rightsLink = root.querySelector<HTMLAnchorElement>('nav a[href="#rights"]')!;
      rightsLink.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(deepFocus()).to.equal(root.getElementById('rights'));
      expect(location.hash).to.equal('#rights');
      history.replaceState(null, '', location.pathname + location.search);

      // From the heading on, Tab reaches the e-mail link, then the withdrawal control.
      await sendKeys({ press: 'Tab' });
      expect(deepFocus()).to.equal(root.querySelector('#rights ~ p > a[href^="mailto:"]'));
      const withdraw = root.querySelector<HTMLButtonElement>('#right-withdrawal ~ p > button')!;
      withdraw.focus();
      const asked = oneEvent(element, 'samtycke-customize');
      await sendKeys({ press: 'Enter' });
      expect((await asked).detail.opener).to.equal(withdraw);
    });
  });
}

describe('<samtycke-notice> language and place', () => {
  after(() => useLanguage('en', 'en'));

  it('switches language live and keeps its lang attribute right', async () => {
    const { element, root } = await setupNotice({ language: 'en' });
    expect(text(root.getElementById('rights'))).to.equal('Your rights');
    await useLanguage('sv', 'en');
    await element.updateComplete;
    expect(element.lang).to.equal('sv');
    expect(text(root.getElementById('rights'))).to.equal('Dina rättigheter');
    expect(text(root.getElementById('right-complaint')?.closest('section'))).to.include('Integritetsskyddsmyndigheten (IMY)');
  });

  it('puts its headings one level under where it sits', async () => {
    const { root } = await setupNotice({ level: 3 });
    expect(root.querySelectorAll('h2')).to.have.length(0);
    expect(root.querySelectorAll('section > h3')).to.have.length(SECTION_IDS.length);
    expect(root.querySelectorAll('#rights ~ section > h4')).to.have.length(RIGHT_IDS.length);
  });

  it('lands on the section the address names, such as privacy.html#right-erasure', async () => {
    history.replaceState(null, '', '#right-erasure');
    try {
      const { element, root } = await setupNotice();
      await element.updateComplete;
      expect(deepFocus()).to.equal(root.getElementById('right-erasure'));
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });
});
