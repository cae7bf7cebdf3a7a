import { expect } from '@open-wc/testing';
import { readPresentation } from '../../src/ui/presentation.js';
import { checkedConfig, siteInput } from '../support/config.js';

/** What the UI stage prints about the parts of a config it shows. */
const messages = (input: Record<string, unknown>): string[] =>
  readPresentation(checkedConfig({ ...siteInput, ...input })).problems.map((problem) => problem.message);

describe('readPresentation: what the UI shows', () => {
  it('replaces a theme of null with "auto", and says so', () => {
    expect(readPresentation(checkedConfig({ ...siteInput, theme: null })).presentation.theme).to.equal('auto');
    expect(messages({ theme: null })).to.deep.equal(['config.theme is null; expected one of "auto", "light", "dark". Using "auto".']);
    expect(messages({ theme: 'dark' })).to.deep.equal([]);
  });
});
