import { expect } from '@open-wc/testing';
import { chooseLanguage, matchLanguage } from '../../src/core/language.js';

const base = { configured: 'auto', pageLanguage: '', browserLanguages: [] as string[], supported: ['en', 'sv'], fallback: 'en' };

describe('chooseLanguage', () => {
  it('uses the configured language when it is not "auto"', () => {
    expect(chooseLanguage({ ...base, configured: 'sv', pageLanguage: 'en' })).to.equal('sv');
  });

  it('then the page\'s <html lang>, with regional variants matched to their language', () => {
    expect(chooseLanguage({ ...base, pageLanguage: 'sv-SE', browserLanguages: ['en-US'] })).to.equal('sv');
    expect(chooseLanguage({ ...base, pageLanguage: 'en_GB', browserLanguages: ['sv'] })).to.equal('en');
  });

  it('then the browser\'s languages, in order of preference', () => {
    expect(chooseLanguage({ ...base, pageLanguage: 'de', browserLanguages: ['fi', 'sv-FI', 'en'] })).to.equal('sv');
  });

  it('then the fallback', () => {
    expect(chooseLanguage({ ...base, pageLanguage: 'de', browserLanguages: ['fi'], fallback: 'sv' })).to.equal('sv');
  });

  it('matches language tags without regard to case', () => {
    expect(matchLanguage('SV-se', ['en', 'sv'])).to.equal('sv');
    expect(matchLanguage('no', ['en', 'sv'])).to.equal(undefined);
  });
});
