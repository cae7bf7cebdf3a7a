import { expect } from '@open-wc/testing';
import { languages } from '@samtycke-build/languages';
import { explain } from '../../../src/engine/explain.js';
import { DEFAULT_TIMING } from '../../../src/engine/receipts/delivery.js';
import { readDelivery } from '../../../src/engine/receipts/check-delivery-config.js';

const page = 'https://www.example.se/kaffe/index.html';
const read = (input: Record<string, unknown>, at = page) => {
  const { settings, problems } = readDelivery(input, at);
  return { settings, messages: explain(problems, languages).map((problem) => problem.message) };
};

describe('the receipt settings in the config', () => {
  it('without endpoint or transport: receipts are only kept, and nothing is said', () => {
    expect(read({})).to.deep.equal({
      settings: { endpoint: null, headers: {}, transport: null, timing: DEFAULT_TIMING, wanted: false },
      messages: [],
    });
    expect(read({ endpoint: null }).settings.wanted).to.equal(false);
  });

  it('resolves a relative endpoint against the page', () => {
    expect(read({ endpoint: '/api/consent' }).settings).to.deep.include({ endpoint: 'https://www.example.se/api/consent', wanted: true });
    expect(read({ endpoint: 'https://receipts.example.com/v1' }).settings.endpoint).to.equal('https://receipts.example.com/v1');
  });

  it('explains an endpoint a browser cannot post to, and keeps receipts waiting for a fixed one', () => {
    for (const endpoint of [42, 'javascript:alert(1)', 'http://[nope', 'https://anna:hemligt@example.se/api', 'http://example.se/api']) {
      const { settings, messages } = read({ endpoint });
      expect(settings, String(endpoint)).to.deep.include({ endpoint: null, wanted: true });
      expect(messages, String(endpoint)).to.have.length(1);
      expect(messages[0]).to.match(/^config\.endpoint is .+; expected an http\(s\) address/);
      expect(messages[0]).to.contain('receipts wait in this browser and are sent once the endpoint is fixed');
    }
    expect(read({ endpoint: 'http://example.se/api' }, 'http://example.se/').settings.endpoint, 'http is fine on an http page').to.equal('http://example.se/api');
  });

  it('takes a transport function, which replaces the endpoint', () => {
    const transport = () => undefined;
    const { settings, messages } = read({ transport, endpoint: '/api/consent' });
    expect(settings).to.deep.include({ transport, endpoint: null, wanted: true });
    expect(messages).to.deep.equal(['config.endpoint is "/api/consent"; expected an endpoint or a transport, not both. Using the transport.']);
  });

  it('explains a transport that is not a function', () => {
    const { settings, messages } = read({ transport: 'fetch', endpoint: '/api/consent' });
    expect(settings).to.deep.include({ transport: null, endpoint: 'https://www.example.se/api/consent' });
    expect(messages).to.deep.equal([
      'config.transport is "fetch"; expected a function (receipt) => Promise, given in window.samtyckeConfig or start(config). Using the endpoint if there is one; otherwise receipts wait in this browser.',
    ]);
  });

  it('keeps the good headers and explains each bad one', () => {
    const { settings, messages } = read({
      endpoint: '/api/consent',
      headers: { 'X-Site': 'kafferosteriet', 'Bad Name': 'x', 'X-Number': 5, 'X-Lines': 'a\r\nInjected: 1', 'Content-Type': 'text/xml', 'idempotency-key': 'mine' },
    });
    expect(settings.headers).to.deep.equal({ 'X-Site': 'kafferosteriet' });
    expect(messages.map((message) => message.split(' is ')[0])).to.deep.equal([
      'config.headers.Bad Name',
      'config.headers.X-Number',
      'config.headers.X-Lines',
      'config.headers.Content-Type',
      'config.headers.idempotency-key',
    ]);
    expect(messages[0]).to.contain('Using nothing: this header is not sent.');
    expect(read({ headers: ['X-Site'] }).messages).to.deep.equal([
      'config.headers is ["X-Site"]; expected an object from header name to text, such as { "X-Site": "shop" }. Using no extra headers.',
    ]);
  });

  it('reads receiptRetry, and explains values that cannot be used', () => {
    expect(read({ receiptRetry: { baseDelay: 50, maxDelay: 500 } }).settings.timing).to.deep.equal({ baseDelay: 50, maxDelay: 500 });
    expect(read({ receiptRetry: { maxDelay: 60_000 } }).settings.timing).to.deep.equal({ baseDelay: 2000, maxDelay: 60_000 });
    for (const receiptRetry of [5, { baseDelay: 0 }, { baseDelay: 500, maxDelay: 100 }, { maxDelay: Infinity }, { baseDelay: '1s' }]) {
      const { settings, messages } = read({ receiptRetry });
      expect(settings.timing, JSON.stringify(receiptRetry)).to.deep.equal(DEFAULT_TIMING);
      expect(messages[0]).to.match(/^config\.receiptRetry is .+; expected \{ "baseDelay": ms, "maxDelay": ms \}/);
    }
  });
});
