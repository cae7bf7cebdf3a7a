// Names every object has (issue 16, item 15): "constructor", "toString", "__proto__" are not
// categories unless the config says so, wherever a config key or a consent key is looked up.
import { expect } from '@open-wc/testing';
import { cleanupRules } from '../../src/engine/cleanup.js';
import { readPresentation } from '../../src/ui/presentation.js';
import { checkedConfig, siteInput } from '../support/config.js';
import { captureConsole } from '../support/receipts.js';
import { loseCookie, loseStoredValue, openPage, within } from '../support/pages.js';

describe('names every object has', () => {
  afterEach(async () => {
    loseCookie('samtycke');
    await loseStoredValue();
  });

  it('a gated element naming one gets the "not a category" warning and stays blocked', async () => {
    const gated = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'marketing:constructor'].map((name) => {
      const script = document.createElement('script');
      script.type = 'text/plain';
      script.dataset.consent = name;
      script.text = `(window.ranPrototype ??= []).push(${JSON.stringify(name)})`;
      document.body.append(script);
      return script;
    });
    const seen: string[] = [];
    const { warn } = console;
    console.warn = (message: string) => void seen.push(message);
    await (async () => {
      const page = openPage(siteInput);
      await page.ready;
      await page.widget.decide('accept-all', 'api');
      page.close();
      await within(new Promise<void>((resolve) => {
        const check = (): unknown => (seen.filter((message) => message.includes('A gated element')).length >= 5 ? resolve() : setTimeout(check, 5));
        check();
      }), 5000, 'five warnings');
    })().finally(() => (console.warn = warn));
    const warnings = seen.filter((message) => message.includes('A gated element'));
    gated.forEach((script) => script.remove());
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'marketing:constructor']) {
      expect(warnings.join('\n')).to.contain(`A gated element names "${name}", which is not a category or "category:service" in the config, so it stays blocked`);
    }
    expect((window as { ranPrototype?: string[] }).ranPrototype).to.equal(undefined);
  });

  it('update() with one neither throws nor changes anything', async () => {
    const page = openPage(siteInput);
    await page.ready;
    const before = page.widget.getConsent();
    await captureConsole(async () => {
      const after = await page.widget.decide('custom', 'api', { toString: true, 'constructor:x': true });
      expect({ categories: after.categories, services: after.services }).to.deep.equal({ categories: before.categories, services: before.services });
    });
    page.close();
    expect(page.widget.isAllowed('toString')).to.equal(false);
    expect(page.widget.isAllowed('constructor')).to.equal(false);
  });

  it('a preset named like one is no preset: the config check says so, and withdrawal deletes nothing for it', () => {
    const config = checkedConfig({ categories: { marketing: { services: { pixel: { preset: 'constructor' }, tag: { preset: 'toString' } } } } });
    const messages = readPresentation(config).problems.map((problem) => problem.message).join('\n');
    expect(messages).to.contain('config.categories.marketing.services.pixel.preset is "constructor"; expected one of').and.contain('services.tag.preset is "toString"');
    expect(cleanupRules(config).map((rule) => rule.cookies.length)).to.deep.equal([0, 0]);
  });
});
