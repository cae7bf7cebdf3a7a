// The five example notices of demo/notices/, each a config modelled on one kind of company in
// the seed notices, rendered in Swedish and English: every topic its seed covers is there, no
// sentence mentions a practice the config does not declare, and each config is complete and
// consistent. And the bakery of the issue, whose notice used to assert a newsletter, a web
// shop and credit checks it never had.
import { expect } from '@open-wc/testing';
import { checkNotice } from '../../src/ui/notice/check.js';
import { useLanguage } from '../../src/ui/i18n/translator.js';
import { setupNotice } from '../support/notice.js';
import { BAKERY, BAKERY_FALSE_SENTENCES, EXAMPLES, PRACTICES, TOPICS, loadExample, type ExampleConfig, type Language } from '../support/notice-examples.js';

const LANGUAGES: Language[] = ['sv', 'en'];
const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** The notice's text as a person reads it: the whole of it, and by section (or "intro"). */
async function rendered(config: ExampleConfig, language: Language) {
  const { root, section, element } = await setupNotice({ language, input: config });
  return {
    element,
    all: squash(root.textContent),
    of: (id: string): string => squash(id === 'intro' ? root.querySelector('.intro')?.textContent : root.getElementById(id) && section(id).textContent),
  };
}

describe('the example notices', () => {
  after(() => useLanguage('en', 'en'));

  for (const name of EXAMPLES) {
    describe(name, () => {
      let config: ExampleConfig;
      before(async () => {
        config = await loadExample(name);
      });

      it('is complete and consistent: nothing missing, every kind of data kept for a stated period, no contradiction', () => {
        expect(checkNotice(config)).to.deep.equal({ missing: [], withoutRetention: [], contradictions: [] });
      });

      for (const language of LANGUAGES) {
        it(`covers every topic of its seed notice, in ${language}, accessibly`, async () => {
          const notice = await rendered(config, language);
          for (const topic of TOPICS[name]) {
            const text = notice.of(topic.section);
            for (const phrase of topic[language]) expect(text, `${topic.topic} (#${topic.section})`).to.include(phrase);
          }
          await expect(notice.element).to.be.accessible();
        });

        it(`mentions no practice its config does not declare, and each one it does, in ${language}`, async () => {
          const { all } = await rendered(config, language);
          const lower = all.toLocaleLowerCase(language);
          for (const practice of PRACTICES) {
            const phrases = practice[language].map((phrase) => phrase.toLocaleLowerCase(language));
            if (practice.declared(config)) {
              // The table's phrases are the notice's real words: a declared practice shows in one of them.
              expect(phrases.some((phrase) => lower.includes(phrase)), `${practice.practice} is declared and shown`).to.equal(true);
            } else {
              for (const phrase of phrases) expect(lower, `${practice.practice}: "${phrase}"`).to.not.include(phrase);
            }
          }
        });
      }
    });
  }
});

describe('the bakery of the issue (no newsletter, no web shop, no e-mail marketing, no credit checks, GA4 through the preset)', () => {
  after(() => useLanguage('en', 'en'));

  for (const language of LANGUAGES) {
    it(`renders none of the sentences that were not true for it, in ${language}`, async () => {
      const { all } = await rendered(BAKERY, language);
      const lower = all.toLocaleLowerCase(language);
      for (const phrase of BAKERY_FALSE_SENTENCES[language]) expect(lower, phrase).to.not.include(phrase.toLocaleLowerCase(language));
      for (const practice of PRACTICES.filter((p) => !p.declared(BAKERY))) {
        for (const phrase of practice[language]) expect(lower, `${practice.practice}: "${phrase}"`).to.not.include(phrase.toLocaleLowerCase(language));
      }
    });
  }

  it('is told by checkNotice which kinds of data it keeps for no stated period', () => {
    expect(checkNotice(BAKERY)).to.deep.equal({ missing: [], withoutRetention: ['identity', 'contact', 'usage', 'notes'], contradictions: [] });
  });
});
