// The Custom Elements Manifest (dist/custom-elements.json, named by `customElements` in
// package.json): what editors, Storybook and the README's tables (scripts/element-docs.mjs)
// read about samtycke's elements. `npm run build` makes it with @custom-elements-manifest/analyzer,
// the format's reference tool, from the JSDoc on each element (@summary, @csspart,
// @cssproperty, @event, @slot). Three small plugins fit it to how samtycke is built:
// - theme: the custom properties documented on a shared style (themeStyles) go to every element
//   that lists that style in its `static styles`, so they are written once, next to their CSS;
// - plain DOM: the floating settings button is made by a function in the loader (no Lit, no
//   class, to stay small); a JSDoc block with `@customElement` there describes it;
// - public only: the manifest keeps the elements and what a page can use of them (no helper
//   modules, no private or protected members).

/** `@tag text` pairs of the JSDoc blocks right above `node` (TypeScript keeps them as `jsDoc`). */
function jsDocTags(ts, node) {
  return (node.jsDoc ?? []).flatMap((block) =>
    (block.tags ?? []).map((tag) => ({
      tag: tag.tagName.text,
      text: (typeof tag.comment === 'string' ? tag.comment : ts.getTextOfJSDocComment(tag.comment) ?? '').trim(),
    })),
  );
}

/** `[--name=default] - description` or `name - description`, as in the analyzer's own JSDoc. */
function namedEntry(text) {
  const match = /^(?:\[([^\]=]+)(?:=([^\]]*))?\]|(\S+))\s*(?:-\s*)?([\s\S]*)$/.exec(text);
  if (!match) return { name: text };
  const [, optional, fallback, plain, description] = match;
  return {
    name: (optional ?? plain).trim(),
    ...(fallback !== undefined ? { default: fallback.trim() } : {}),
    ...(description.trim() ? { description: description.trim().replace(/\s+/g, ' ') } : {}),
  };
}

const entryTags = { csspart: 'cssParts', part: 'cssParts', cssproperty: 'cssProperties', cssprop: 'cssProperties', event: 'events', fires: 'events', slot: 'slots' };

/** Adds the entries of `tags` to a declaration; an entry already there by name is kept. */
function addEntries(declaration, tags) {
  for (const { tag, text } of tags) {
    const list = entryTags[tag];
    if (!list) continue;
    declaration[list] ??= [];
    const entry = namedEntry(text);
    if (!declaration[list].some((known) => known.name === entry.name)) declaration[list].push(entry);
  }
}

/** Custom properties documented on shared styles, given to the elements that use those styles. */
function themePlugin() {
  const documentedStyles = new Map();
  return {
    name: 'samtycke: shared styles’ custom properties',
    collectPhase({ ts, node }) {
      if (!ts.isVariableStatement(node)) return;
      const tags = jsDocTags(ts, node).filter(({ tag }) => entryTags[tag] === 'cssProperties');
      if (!tags.length) return;
      for (const variable of node.declarationList.declarations) documentedStyles.set(variable.name.getText(), tags);
    },
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const styles = node.members.find(
        (member) => ts.isPropertyDeclaration(member) && member.name.getText() === 'styles' && member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword),
      );
      const value = styles?.initializer;
      if (!value) return;
      const names = ts.isArrayLiteralExpression(value) ? value.elements.map((element) => element.getText()) : [value.getText()];
      const declaration = moduleDoc.declarations.find((known) => known.name === node.name.getText());
      for (const name of names) if (documentedStyles.has(name)) addEntries(declaration, documentedStyles.get(name));
    },
  };
}

/** Elements made in plain DOM by a function whose JSDoc names the tag with `@customElement`. */
function plainDomElementPlugin() {
  return {
    name: 'samtycke: elements made in plain DOM',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isFunctionDeclaration(node) || !node.name) return;
      const tags = jsDocTags(ts, node);
      const tagName = tags.find(({ tag }) => tag === 'customElement')?.text;
      if (!tagName) return;
      const name = tagName.replace(/(^|-)(\w)/g, (_, _dash, letter) => letter.toUpperCase());
      const declaration = {
        kind: 'class',
        name,
        description: `Made by \`${node.name.getText()}()\` in plain DOM; there is no class \`${name}\`.`,
        summary: tags.find(({ tag }) => tag === 'summary')?.text,
        customElement: true,
        tagName,
        members: [],
      };
      addEntries(declaration, tags);
      moduleDoc.declarations.push(declaration);
      moduleDoc.exports.push({ kind: 'custom-element-definition', name: tagName, declaration: { name, module: moduleDoc.path } });
    },
  };
}

/** A class registered as an element (a base class such as ModalDialog has no tag of its own). */
const isElement = (declaration) => declaration.customElement === true && Boolean(declaration.tagName);

/** Keeps the elements and their public members; drops helper modules and references to them. */
function publicOnlyPlugin() {
  return {
    name: 'samtycke: public elements only',
    packageLinkPhase({ customElementsManifest }) {
      const manifest = customElementsManifest;
      manifest.readme = 'README.md';
      manifest.modules = manifest.modules.filter((module) => module.declarations?.some(isElement));
      const kept = new Set(manifest.modules.map((module) => module.path));
      const dangling = (reference) => reference?.module !== undefined && !kept.has(reference.module);
      for (const module of manifest.modules) {
        module.declarations = module.declarations.filter(isElement);
        const names = new Set(module.declarations.map((declaration) => declaration.name));
        module.exports = module.exports?.filter((entry) => names.has(entry.declaration?.name));
        for (const declaration of module.declarations) {
          declaration.members = declaration.members?.filter((member) => !member.privacy || member.privacy === 'public');
          if (dangling(declaration.superclass)) delete declaration.superclass;
          for (const list of ['members', 'attributes', 'events']) {
            for (const entry of declaration[list] ?? []) if (dangling(entry.inheritedFrom)) delete entry.inheritedFrom;
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/ui/**/*.ts', 'src/loader/settings-button.ts'],
  exclude: ['**/*.d.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json names the manifest itself; the analyzer would rewrite the whole file on every build.
  packagejson: false,
  plugins: [themePlugin(), plainDomElementPlugin(), publicOnlyPlugin()],
};
