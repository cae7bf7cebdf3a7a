import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { languages } from '@samtycke-build/languages';
import type { LoaderProblem } from '../../src/core/problems.js';
import { explainLoaderProblem } from '../../src/engine/explain.js';
import { unloadEmbeds } from '../../src/engine/withdraw.js';
import { createGate, type Gate } from '../../src/loader/gate.js';

declare global {
  interface Window {
    __ran?: string[];
  }
}

const known = new Set(['necessary', 'analytics', 'analytics:ga', 'marketing', 'marketing:youtube']);

let problems: LoaderProblem[] = [];
let blocked: Element[] = [];

/** A gate over the page whose decision allows what `allowed` holds (changeable by the test). */
function gateAllowing(allowed: Set<string>, nonce?: string): Gate {
  return createGate({
    allows: (key) => allowed.has(key),
    knows: (key) => known.has(key),
    nonce,
    report: (problem) => problems.push(problem),
    blocked: (embeds) => blocked.push(...embeds),
  });
}

const script = (src: string) => `/test/fixtures/gated/${src}`;

describe('Gate', () => {
  let gate: Gate | undefined;
  beforeEach(() => {
    window.__ran = [];
    problems = [];
    blocked = [];
  });
  afterEach(() => gate?.stop());

  it('runs nothing before consent', async () => {
    await fixture(html`<div>
      <script type="text/plain" data-consent="analytics">window.__ran.push('inline')</script>
      <script type="text/plain" data-consent="analytics" src=${script('first.js')}></script>
    </div>`);
    gate = gateAllowing(new Set(['necessary']));
    await gate.start();
    expect(window.__ran).to.deep.equal([]);
    expect(document.querySelectorAll('script[type="text/plain"][data-consent]')).to.have.length(2);
  });

  it('runs allowed scripts, inline and external, in document order even when an early one is slow', async () => {
    await fixture(html`<div>
      <script type="text/plain" data-consent="analytics" src=${script('first.js?delay=300')}></script>
      <script type="text/plain" data-consent="marketing">window.__ran.push('inline')</script>
      <script type="text/plain" data-consent="analytics" src=${script('second.js')}></script>
      <script type="text/plain" data-consent="marketing" src=${script('third.js?delay=100')}></script>
    </div>`);
    const allowed = new Set(['necessary']);
    gate = gateAllowing(allowed);
    await gate.start();
    allowed.add('analytics').add('marketing');
    await gate.apply();
    expect(window.__ran).to.deep.equal(['first', 'inline', 'second', 'third']);
    expect([...gate.ran].sort()).to.deep.equal(['analytics', 'marketing']);
  });

  it('starts allowed downloads in the decision\'s own task; a later decision waits for scripts still loading', async () => {
    await fixture(html`<div>
      <script type="text/plain" data-consent="analytics" src=${script('first.js?delay=300')}></script>
      <script type="text/plain" data-consent="analytics">window.__ran.push('inline')</script>
      <script type="text/plain" data-consent="marketing" src=${script('third.js')}></script>
    </div>`);
    const allowed = new Set(['necessary']);
    gate = gateAllowing(allowed);
    await gate.start();
    const active = (src: string) => document.querySelector(`script[src$="${src}"]:not([type="text/plain"])`);
    allowed.add('analytics');
    const first = gate.apply();
    // No await in between: the real script element (and so its download) is there already.
    expect(active('first.js?delay=300'), 'started at once').not.to.equal(null);
    allowed.add('marketing');
    const second = gate.apply();
    expect(active('third.js'), 'waits for the scripts the first decision started').to.equal(null);
    await Promise.all([first, second]);
    expect(window.__ran).to.deep.equal(['first', 'inline', 'third']);
  });

  it('runs only what the decision allows, and each script once', async () => {
    await fixture(html`<div>
      <script type="text/plain" data-consent="analytics">window.__ran.push('analytics')</script>
      <script type="text/plain" data-consent="marketing">window.__ran.push('marketing')</script>
      <script type="text/plain" data-consent="analytics:ga">window.__ran.push('ga')</script>
      <script type="text/plain" data-consent="marketing:youtube">window.__ran.push('youtube')</script>
    </div>`);
    const allowed = new Set(['necessary', 'analytics', 'analytics:ga']);
    gate = gateAllowing(allowed);
    await gate.start();
    await gate.apply();
    expect(window.__ran).to.deep.equal(['analytics', 'ga']);
  });

  it('carries attributes and the nonce over, and takes the real type from data-type', async () => {
    const container = await fixture(html`<div>
      <script type="text/plain" data-consent="analytics" id="tag" data-site="x" nonce="n0nce" crossorigin="anonymous" src=${script('first.js')}></script>
      <script type="text/plain" data-type="module" data-consent="analytics">window.dispatchEvent(new Event('module-ran'))</script>
    </div>`);
    const moduleRan = oneEvent(window, 'module-ran');
    gate = gateAllowing(new Set(['analytics']));
    await gate.start();
    const activated = container.querySelector<HTMLScriptElement>('#tag')!;
    expect(activated.type).to.equal('');
    expect(activated.getAttribute('data-site')).to.equal('x');
    expect(activated.crossOrigin).to.equal('anonymous');
    expect(activated.nonce).to.equal('n0nce');
    await moduleRan;
    expect(container.querySelector('script[type="module"]')!.getAttribute('data-consent')).to.equal('analytics');
    expect(window.__ran).to.deep.equal(['first']);
  });

  it('handles gated elements added to the page later', async () => {
    const container = await fixture(html`<div></div>`);
    const allowed = new Set(['analytics']);
    gate = gateAllowing(allowed);
    await gate.start();
    const ran = oneEvent(window, 'late-ran');
    const section = document.createElement('section');
    const late = document.createElement('script');
    late.type = 'text/plain';
    late.dataset.consent = 'analytics';
    late.text = "window.__ran.push('late'); window.dispatchEvent(new Event('late-ran'))";
    section.append(late);
    container.append(section);
    const blocked = document.createElement('script');
    blocked.type = 'text/plain';
    blocked.dataset.consent = 'marketing';
    blocked.text = "window.__ran.push('blocked')";
    container.append(blocked);
    await ran;
    expect(window.__ran).to.deep.equal(['late']);
    expect(blocked.isConnected && blocked.type).to.equal('text/plain');
  });

  it('keeps an element naming an unknown category blocked, and reports it by name', async () => {
    await fixture(html`<div><script type="text/plain" data-consent="statistics">window.__ran.push('unknown')</script></div>`);
    gate = gateAllowing(new Set([...known]));
    await gate.start();
    expect(window.__ran).to.deep.equal([]);
    expect(problems).to.have.length(1);
    const message = explainLoaderProblem(problems[0]!, languages);
    expect(message).to.contain('names "statistics", which is not a category').and.contain('data-consent="statistics"');
  });

  it('given the loader\'s nonce, runs only placeholders that carry it', async () => {
    await fixture(html`<div>
      <script type="text/plain" data-consent="analytics" nonce="abc">window.__ran.push('trusted')</script>
      <script type="text/plain" data-consent="analytics">window.__ran.push('injected')</script>
      <script type="text/plain" data-consent="analytics" nonce="other">window.__ran.push('wrong nonce')</script>
    </div>`);
    gate = gateAllowing(new Set(['analytics']), 'abc');
    await gate.start();
    expect(window.__ran).to.deep.equal(['trusted']);
    expect(problems.map((problem) => problem[0])).to.deep.equal(['missingNonce', 'missingNonce']);
    expect(explainLoaderProblem(problems[0]!, languages)).to.contain("lacks samtycke.js's nonce");
  });

  it('gives iframes their source once allowed, and the engine takes it away on withdrawal', async () => {
    const container = await fixture(html`<div>
      <iframe data-consent="marketing:youtube" data-src="about:blank#video" title="Video"></iframe>
      <img data-consent="analytics" data-src="/test/fixtures/pixel.svg" data-srcset="/test/fixtures/pixel.svg 2x" alt="" />
    </div>`);
    const allowed = new Set<string>();
    gate = gateAllowing(allowed);
    await gate.start();
    expect(container.querySelector('iframe')!.hasAttribute('src')).to.equal(false);
    expect(blocked, 'blocked embeds are reported, for placeholders').to.deep.equal([...container.querySelectorAll('iframe, img')]);
    allowed.add('marketing:youtube').add('analytics');
    await gate.apply();
    expect(container.querySelector('iframe')!.getAttribute('src')).to.equal('about:blank#video');
    expect(container.querySelector('img')!.getAttribute('srcset')).to.equal('/test/fixtures/pixel.svg 2x');

    allowed.delete('marketing:youtube');
    unloadEmbeds((key) => allowed.has(key));
    const iframe = container.querySelector('iframe')!;
    expect(iframe.hasAttribute('src'), 'unloaded').to.equal(false);
    expect(iframe.getAttribute('data-src'), 'ready to load again').to.equal('about:blank#video');
    expect(container.querySelector('img')!.getAttribute('src'), 'still allowed').to.equal('/test/fixtures/pixel.svg');

    allowed.add('marketing:youtube');
    await gate.apply();
    expect(container.querySelector('iframe')!.getAttribute('src'), 'loads again when allowed again').to.equal('about:blank#video');
  });

  it('takes a srcdoc off a gated iframe, keeps it as data-srcdoc unless there is a data-src, and gives it back with consent', async () => {
    const container = await fixture(html`<div>
      <iframe id="real" data-consent="marketing:youtube" data-src="about:blank#real" srcdoc=${'<p>facade</p>'} title="Real"></iframe>
      <iframe id="facade" data-consent="marketing:youtube" srcdoc=${'<p>facade only</p>'} title="Facade"></iframe>
    </div>`);
    const allowed = new Set<string>();
    gate = gateAllowing(allowed);
    await gate.start();
    const [real, facade] = [container.querySelector('#real')!, container.querySelector('#facade')!];
    expect([real.hasAttribute('srcdoc'), facade.hasAttribute('srcdoc')], 'taken off before consent').to.deep.equal([false, false]);
    expect(real.hasAttribute('data-srcdoc'), 'the real address replaces the facade').to.equal(false);
    expect(facade.getAttribute('data-srcdoc')).to.equal('<p>facade only</p>');
    expect(problems.map((problem) => problem[0])).to.deep.equal(['srcdoc', 'srcdoc']);
    expect(explainLoaderProblem(problems[0]!, languages)).to.contain('Write data-srcdoc instead: <iframe id="real"');

    allowed.add('marketing:youtube');
    await gate.apply();
    expect(real.getAttribute('src')).to.equal('about:blank#real');
    expect(real.hasAttribute('srcdoc')).to.equal(false);
    expect(facade.getAttribute('srcdoc')).to.equal('<p>facade only</p>');

    allowed.clear();
    unloadEmbeds((key) => allowed.has(key));
    const unloaded = container.querySelector('#facade')!;
    expect(unloaded.hasAttribute('srcdoc'), 'unloaded on withdrawal').to.equal(false);
    expect(unloaded.getAttribute('data-srcdoc'), 'ready to load again').to.equal('<p>facade only</p>');
  });
});
