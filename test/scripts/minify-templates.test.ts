// The build's minifier of Lit templates (scripts/minify-templates-plugin.mjs): what it removes
// must never change what a visitor sees, so the cases where a space means something are kept.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { minifyCss, minifyHtml, minifyTemplatesPlugin } from '../../scripts/minify-templates-plugin.mjs';

describe('minifying the text of css`` and html`` templates', () => {
  it('removes comments and the spaces around braces, semicolons, commas and after a property’s colon', () => {
    assert.equal(minifyCss('\n  /* a comment */\n  :host {\n    display: flex;\n    margin: 0 auto 0.75rem;\n  }\n  h2,\n  p {\n    margin: 0;\n  }\n'), ':host{display:flex;margin:0 auto .75rem}h2,p{margin:0}');
  });

  it('keeps the spaces that mean something: descendant combinators, calc(), value lists, media queries', () => {
    assert.equal(minifyCss('.a :focus-visible {}'), '.a :focus-visible{}');
    assert.equal(minifyCss(':host([open]) [part="banner"] { x: 1 }'), ':host([open]) [part="banner"]{x:1}');
    assert.equal(minifyCss('inline-size: min(60rem, 100% - 1.5rem);'), 'inline-size:min(60rem,100% - 1.5rem);');
    assert.equal(minifyCss('@container choices (inline-size < 31rem) {'), '@container choices (inline-size < 31rem){');
    assert.equal(minifyCss('box-shadow: 0 0.5rem 2rem rgb(0 0 0 / 0.25);'), 'box-shadow:0 .5rem 2rem rgb(0 0 0 / .25);');
    assert.equal(minifyCss('width: 10.5rem; color: #0a0a0a'), 'width:10.5rem;color:#0a0a0a');
  });

  it('makes a run of whitespace with a line break one space in HTML, and leaves spaces within a line', () => {
    assert.equal(minifyHtml('\n      <p>Two  words\n        <a href="#">link</a>\n      </p>\n'), ' <p>Two  words <a href="#">link</a> </p> ');
  });

  it('changes only the static text of templates: expressions, other strings and comments stay as written', () => {
    const source = [
      "const other = 'a {\\n  b: c;\\n}';",
      '// css`not a template`',
      'const styles = css`\n  :host {\n    ${light}\n    color: red;\n  }\n`;',
      'const view = html`\n  <p class=${`x  ${y}`}>\n    ${text}\n  </p>\n`;',
      'const theme = unsafeCSS(`\n  --_a: 1;\n`);',
    ].join('\n');
    const plugin = minifyTemplatesPlugin();
    const result = plugin.transform(source, '/project/src/ui/example.ts') as { code: { toString(): string } };
    assert.equal(
      result.code.toString(),
      [
        "const other = 'a {\\n  b: c;\\n}';",
        '// css`not a template`',
        'const styles = css`:host{${light} color:red}`;',
        'const view = html` <p class=${`x  ${y}`}> ${text} </p> `;',
        'const theme = unsafeCSS(`--_a:1;`);',
      ].join('\n'),
    );
  });

  it('leaves what a template could break alone: no shipped template has <pre>, <textarea> or white-space: pre', () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    assert.ok(files.length > 50);
    for (const file of files) assert.doesNotMatch(readFileSync(join('src', file), 'utf8'), /<pre|<textarea|white-space:\s*pre/, file);
  });
});
