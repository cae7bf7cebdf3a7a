// Minifies what the bundler's minifier leaves as it is: the text of Lit's css`` and html``
// templates (and unsafeCSS(`…`)), which it must keep character for character. Indentation,
// line breaks and comments there are a tenth of the banner's stage (dist/samtycke-banner.js),
// downloaded before the banner shows. Only whitespace and CSS comments go, where they cannot
// change what is drawn:
// - CSS: comments; whitespace runs become one space, none beside { } ; , and after a colon
//   that follows a property name (a space before a colon, a descendant combinator, stays);
//   no semicolon before }, no zero before a decimal point (0.75rem is .75rem).
// - HTML: a run of whitespace that holds a line break becomes one space (HTML renders a run
//   of whitespace as one space; no template of samtycke's has <pre>, <textarea> or a
//   `white-space: pre` rule); a line break inside an attribute value is whitespace as well.
// The templates are found with TypeScript's parser, so that strings, comments and nested
// templates that merely look like a template are left alone; the source map stays true.
import { RolldownMagicString } from 'rolldown';
import ts from 'typescript';

/**
 * CSS text with comments and needless whitespace removed: one static part of a css`` template,
 * `first` and `last` when nothing of the template comes before or after it (no expression).
 */
export function minifyCss(text, { first = true, last = true } = {}) {
  const minified = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/([\w-]): /g, '$1:')
    .replace(/;}/g, '}')
    .replace(/(^|[^\w.#-])0\.(\d)/g, '$1.$2');
  return (first ? minified.trimStart() : minified).replace(last ? /\s+$/ : /$^/, '');
}

/** HTML text with each run of whitespace that holds a line break made one space. */
export function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** The static parts of a template literal: [start, end] in the source, without the delimiters. */
function templateParts(template) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [[template.getStart() + 1, template.end - 1]];
  const parts = [[template.head.getStart() + 1, template.head.end - 2]];
  for (const span of template.templateSpans) {
    const literal = span.literal;
    const start = literal.getStart() + 1;
    const end = ts.isTemplateTail(literal) ? literal.end - 1 : literal.end - 2;
    parts.push([start, end]);
  }
  return parts;
}

/** The templates in `code` (TypeScript or JavaScript) to minify, with the minifier for each. */
function findTemplates(code, id) {
  const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'css' || node.tag.text === 'html')) {
      found.push({ template: node.template, minify: node.tag.text === 'css' ? minifyCss : minifyHtml });
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'unsafeCSS' && node.arguments.length === 1 && ts.isNoSubstitutionTemplateLiteral(node.arguments[0])) {
      found.push({ template: node.arguments[0], minify: minifyCss });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The Vite plugin: minifies the templates of samtycke's own modules (src/). */
export function minifyTemplatesPlugin() {
  return {
    name: 'samtycke-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/(?:css|html)`|unsafeCSS\(`/.test(code)) return null;
      const s = new RolldownMagicString(code);
      for (const { template, minify } of findTemplates(code, id)) {
        const parts = templateParts(template);
        for (const [index, [start, end]] of parts.entries()) {
          const text = code.slice(start, end);
          const minified = minify(text, { first: index === 0, last: index === parts.length - 1 });
          if (minified !== text && end > start) s.overwrite(start, end, minified);
        }
      }
      return s.hasChanged() ? { code: s } : null;
    },
  };
}
