import { expect } from '@open-wc/testing';
import { chooseLanguage, matchLanguage } from '../../src/core/language.js';
import { readSettings } from '../../src/core/settings.js';

const supported = ['en', 'sv'];
const auto = { language: 'auto', fallbackLanguage: 'en' };

describe('chooseLanguage', () => {
  it('uses the configured language when it is not "auto"', () => {
    expect(chooseLanguage({ ...auto, language: 'sv' }, supported, 'en', [])).to.equal('sv');
  });

  it('then the page\'s <html lang>, with regional variants matched to their language', () => {
    expect(chooseLanguage(auto, supported, 'sv-SE', ['en-US'])).to.equal('sv');
    expect(chooseLanguage(auto, supported, 'en_GB', ['sv'])).to.equal('en');
  });

  it('then the browser\'s languages, in order of preference', () => {
    expect(chooseLanguage(auto, supported, 'de', ['fi', 'sv-FI', 'en'])).to.equal('sv');
    expect(chooseLanguage(auto, supported, '', ['sv-FI'])).to.equal('sv');
  });

  it('then the fallback', () => {
    expect(chooseLanguage({ ...auto, fallbackLanguage: 'sv' }, supported, 'de', ['fi'])).to.equal('sv');
  });

  it('matches language tags without regard to case', () => {
    expect(matchLanguage('SV-se', ['en', 'sv'])).to.equal('sv');
    expect(matchLanguage('no', ['en', 'sv'])).to.equal(undefined);
  });

  it('reads the config the way the engine checks it: a language samtycke has no texts for is "auto"', () => {
    expect(readSettings({ language: 'sv-SE', fallbackLanguage: 'de' }, supported)).to.include({ language: 'auto', fallbackLanguage: 'en' });
    expect(readSettings({ language: 'sv', fallbackLanguage: 'sv' }, supported)).to.include({ language: 'sv', fallbackLanguage: 'sv' });
    expect(readSettings({ language: null }, ['fi', 'sv'])).to.include({ language: 'auto', fallbackLanguage: 'fi' });
  });
});
