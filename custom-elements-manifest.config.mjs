// `cem analyze` reads this file; `npm run manifest` writes dist/custom-elements.json,
// and `cem analyze --outdir <folder>` (a folder inside the repository) writes
// it elsewhere, as the tests do. The manifest describes what the package
// ships, for editors, frameworks and documentation tools, so the plugins below:
//
// - point every module at the file in dist/ that the npm build makes from it;
// - keep only the public API of the elements: attributes written as
//   attributes, public properties typed as they accept values, events with
//   their classes, parts, the slot, CSS custom properties and `define(name)`;
// - read each element's CSS custom properties, and their defaults (in the
//   host look, and in the light and dark themes), from the element's own
//   stylesheets;
// - fail the analysis, naming the class and what to write, when the JSDoc and
//   the code disagree.
//
// Type aliases (`Theme`) are expanded with TypeScript's checker, so the
// analysis runs on one TypeScript program rather than on loose files.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(fileURLToPath(import.meta.url));
const SRC = 'src/';
const OUT = 'dist/';

/** Callbacks the browser calls, not API: a page never calls them. */
const LIFECYCLE = new Set(['connectedCallback', 'disconnectedCallback', 'adoptedCallback', 'attributeChangedCallback']);

/** The checker of the program the analyzer reads; set by overrideModuleCreation. */
let checker;

/** What the analysis phase learns from the code, by class name, for the link phases. */
const classFacts = new Map();
/** `define('sp-compare', SpCompare)` calls: the registering module, the tag and the class's module. */
const definitions = [];
/** Modules imported for their side effects, by importing module. */
const sideEffectImports = new Map();
/** `'sp-load': SpLoadEvent` from `interface GlobalEventHandlersEventMap`. */
const eventMap = new Map();
/** Every module's imports of other modules of src/, types left out: what loading it loads. */
const moduleImports = new Map();
/** The source modules the npm package ships: its entry modules and all they import. */
let shipped = new Set();

const posix = (path) => path.split(sep).join('/');

/** `src/compare/sp-compare.ts`, however the analyzer or an import spelled it, or undefined outside src/. */
function sourcePath(specifier, fromModule) {
  if (!specifier) return undefined;
  let path = specifier.replace(/^\/+/, '');
  if (specifier.startsWith('.')) path = posix(join(dirname(fromModule), specifier));
  path = path.replace(/\.(js|ts)$/, '.ts');
  return path.startsWith(SRC) ? path : undefined;
}

/** The file the npm build makes from a source module: vite keeps src/'s layout in dist/. */
const shippedPath = (source) => `${OUT}${source.slice(SRC.length).replace(/\.ts$/, '.js')}`;

/** What the JSDoc and the code disagree on, all of it reported at the end of the analysis. */
const problems = [];

function fail(message) {
  problems.push(message);
}

/**
 * Ends the analysis before anything is written when the JSDoc and the code
 * disagree: a manifest that misleads editors is worse than none.
 */
function reportProblems() {
  if (!problems.length) return;
  console.error(`The custom elements manifest was not written (custom-elements-manifest.config.mjs):\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
  process.exit(1);
}

// ---------------------------------------------------------------- JSDoc

/** The block tags of a node's JSDoc, as `{ tag, text }`, text as written after the tag name. */
function jsDocTags(node) {
  const tags = [];
  for (const doc of node.jsDoc ?? []) {
    const lines = doc
      .getText()
      .replace(/^\/\*\*|\*\/$/g, '')
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, ''));
    for (const line of lines) {
      const start = /^@(\w+)\s*(.*)$/.exec(line.trim());
      if (start) tags.push({ tag: start[1], text: start[2] });
      else if (tags.length && line.trim()) tags[tags.length - 1].text += ` ${line.trim()}`;
    }
  }
  return tags;
}

/** `{type} [name=default] - description`, each part optional, as the analyzer reads block tags. */
function tagParts(text) {
  const match = /^(?:\{([^}]*)\}\s*)?(?:\[([^\]=]+)(?:=([^\]]*))?\]|([^\s[]+))?\s*(?:-\s+)?([\s\S]*)$/.exec(text.trim());
  const [, type, optionalName, fallback, name, description] = match;
  const plainName = optionalName ?? name;
  return {
    type: type?.trim(),
    name: plainName === '-' ? '' : plainName?.trim(),
    default: fallback?.trim(),
    description: (plainName === '-' ? text.trim().replace(/^(\{[^}]*\}\s*)?-\s*/, '') : description).trim() || undefined,
  };
}

// ---------------------------------------------------------------- types

const TYPE_FLAGS = (ts) =>
  ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType;

/** A type as a reader should see it: aliases expanded (`Theme` → `'light' | 'dark' | 'auto'`). */
function typeText(ts, node) {
  const type = checker.getTypeAtLocation(node);
  return inSourceOrder(type, checker.typeToString(type, undefined, TYPE_FLAGS(ts)), node.type);
}

/** A getter's type, as typeText gives a node's. */
function returnTypeText(ts, member) {
  const type = checker.getReturnTypeOfSignature(checker.getSignatureFromDeclaration(member));
  return inSourceOrder(type, checker.typeToString(type, undefined, TYPE_FLAGS(ts)), member.type);
}

/**
 * A union of string literals in the order its source writes them: the
 * checker prints members in the order it first met each literal anywhere in
 * the program, so an unrelated file could turn `'eager' | 'lazy'` around.
 * The source is the alias's declaration and, for `(typeof LIST)[number]`,
 * LIST's declaration.
 */
function inSourceOrder(type, text, annotation) {
  if (!isStringLiteralUnion(text)) return text;
  const sources = [];
  const symbols = [type.aliasSymbol];
  // `Loading`, written on the parameter or getter, when the checker keeps no alias for it.
  if (annotation) symbols.push(checker.getSymbolAtLocation(annotation.typeName ?? annotation));
  for (const symbol of symbols) {
    for (const declaration of symbol?.declarations ?? []) {
      sources.push(declaration.getText());
      for (const [, list] of declaration.getText().matchAll(/typeof\s+([\w$]+)/g)) {
        const listSymbol = checker.resolveName(list, declaration, 0xffffffff, false);
        for (const listDeclaration of listSymbol?.declarations ?? []) sources.push(listDeclaration.getText());
      }
    }
  }
  const source = sources.join('\n');
  const at = (member) => (source.includes(member) ? source.indexOf(member) : Infinity);
  return text.split(' | ').sort((x, y) => at(x) - at(y)).join(' | ');
}

const isStringLiteralUnion = (text) => /^'[^']*'( \| '[^']*')*$/.test(text ?? '');

// ---------------------------------------------------------------- styles

/** The declaration an identifier names, through imports. */
function declarationOf(ts, identifier) {
  let symbol = checker.getSymbolAtLocation(identifier);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return symbol?.valueDeclaration ?? symbol?.declarations?.[0];
}

/**
 * The CSS text of a styles expression: `css` templates, the styles they
 * interpolate, arrays of them. What cannot be read (a media query built with
 * unsafeCSS) stands as an opaque word, which names no custom property.
 */
function cssText(ts, expression, unread) {
  if (!expression) return '';
  if (ts.isArrayLiteralExpression(expression)) return expression.elements.map((element) => cssText(ts, element, unread)).join('\n');
  if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression)) return cssText(ts, expression.expression, unread);
  if (ts.isIdentifier(expression)) {
    const declaration = declarationOf(ts, expression);
    if (declaration && ts.isVariableDeclaration(declaration)) return cssText(ts, declaration.initializer, unread);
    if (!declaration) unread.push(expression.text);
    return '_';
  }
  if (ts.isTaggedTemplateExpression(expression) && expression.tag.getText() === 'css') {
    const { template } = expression;
    if (ts.isNoSubstitutionTemplateLiteral(template)) return template.text;
    return template.head.text + template.templateSpans.map((span) => cssText(ts, span.expression, unread) + span.literal.text).join('');
  }
  return '_';
}

/** `var(--name, fallback)` at `start` (the index of `var(`), with the index after its `)`. */
function readVar(text, start) {
  let depth = 0;
  for (let i = start + 3; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) {
      const inner = text.slice(start + 4, i);
      const comma = inner.indexOf(',');
      const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
      return { name, fallback: comma < 0 ? undefined : inner.slice(comma + 1).trim(), end: i + 1 };
    }
  }
  return { name: '', end: text.length };
}

function varsIn(value) {
  const found = [];
  for (let i = value.indexOf('var('); i >= 0; i = value.indexOf('var(', i + 1)) {
    const read = readVar(value, i);
    found.push(read);
    // A fallback may hold vars of its own.
    if (read.fallback) found.push(...varsIn(read.fallback));
  }
  return found;
}

/**
 * The `--sp-*` custom properties a stylesheet reads, with their fallbacks:
 * `{ '--sp-color-text': { host: 'currentColor', light: '#1f2328', dark: '#f0f6fc' } }`.
 * A property counts when a declaration uses it, directly or through a private
 * `--_*` token that some declaration uses. Fallbacks inside a rule for the
 * light theme (`.root--light`) are its light default, for the dark theme
 * (`.root--dark`, `prefers-color-scheme: dark`) its dark default (a rule for
 * both gives both), and any other its default, the host look's.
 */
/** Which defaults a rule's fallbacks are, from its selectors: `['light', 'dark']`, or `['host']`. */
function themesOf(selectors) {
  const keys = [];
  if (/root--light/.test(selectors)) keys.push('light');
  if (/root--dark|prefers-color-scheme:\s*dark/.test(selectors)) keys.push('dark');
  return keys.length ? keys : ['host'];
}

function customPropertiesOf(css, owner) {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const blocks = [];
  const tokens = new Map();
  const usedTokens = new Set();
  const direct = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char !== '{' && char !== '}' && char !== ';') continue;
    const chunk = text.slice(start, i).trim();
    start = i + 1;
    if (char === '{') {
      blocks.push(chunk);
      continue;
    }
    if (chunk.includes(':') && !chunk.startsWith('@')) {
      const property = chunk.slice(0, chunk.indexOf(':')).trim();
      const value = chunk.slice(chunk.indexOf(':') + 1);
      const vars = varsIn(value).map((found) => ({ ...found, keys: themesOf(blocks.join(' ')) }));
      if (property.startsWith('--_')) tokens.set(property, [...(tokens.get(property) ?? []), ...vars]);
      else direct.push(...vars);
    }
    if (char === '}') blocks.pop();
  }
  const reads = [...direct];
  const pending = direct.filter((found) => found.name.startsWith('--_')).map((found) => found.name);
  while (pending.length) {
    const token = pending.pop();
    if (usedTokens.has(token)) continue;
    usedTokens.add(token);
    for (const found of tokens.get(token) ?? []) {
      reads.push(found);
      if (found.name.startsWith('--_')) pending.push(found.name);
    }
  }
  const properties = new Map();
  for (const { name, fallback, keys } of reads) {
    if (!name.startsWith('--sp-')) continue;
    const entry = properties.get(name) ?? {};
    for (const key of keys) {
      if (fallback !== undefined && entry[key] !== undefined && entry[key] !== fallback) {
        fail(`${owner} reads ${name} with two ${key} fallbacks, ${entry[key]} and ${fallback}: give it one.`);
      }
      if (fallback !== undefined) entry[key] = fallback;
    }
    properties.set(name, entry);
  }
  return properties;
}

// ---------------------------------------------------------------- analysis

/** Everything about a class that the manifest needs and the analyzer does not read. */
function analyzeClass(ts, node) {
  const name = node.name?.getText();
  if (!name) return;
  const facts = { accessors: new Map(), attributeTags: new Map(), parameterFields: [], styles: undefined };
  for (const member of node.members) {
    const memberName = member.name && ts.isIdentifier(member.name) ? member.name.text : undefined;
    if (ts.isSetAccessorDeclaration(member) && memberName) {
      const parameter = member.parameters[0];
      facts.accessors.set(memberName, { ...facts.accessors.get(memberName), set: typeText(ts, parameter) });
    }
    if (ts.isGetAccessorDeclaration(member) && memberName) {
      facts.accessors.set(memberName, { ...facts.accessors.get(memberName), get: returnTypeText(ts, member) });
    }
    if (ts.isPropertyDeclaration(member) && memberName === 'styles' && member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) {
      const unread = [];
      facts.styles = customPropertiesOf(cssText(ts, member.initializer, unread), name);
      if (unread.length) {
        fail(`${name}'s styles name ${unread.join(', ')}, which cannot be found: is the module there?`);
        facts.styles = undefined;
      }
    }
    if (ts.isConstructorDeclaration(member)) {
      // Fields declared as constructor parameters (`readonly empty: boolean`): an event's data.
      for (const parameter of member.parameters) {
        const modifiers = parameter.modifiers?.map((m) => m.kind) ?? [];
        const hidden = modifiers.includes(ts.SyntaxKind.PrivateKeyword) || modifiers.includes(ts.SyntaxKind.ProtectedKeyword);
        if (!modifiers.length || hidden) continue;
        const doc = ts.getJSDocCommentsAndTags(parameter).find(ts.isJSDoc);
        facts.parameterFields.push({
          kind: 'field',
          name: parameter.name.getText(),
          type: { text: typeText(ts, parameter) },
          ...(modifiers.includes(ts.SyntaxKind.ReadonlyKeyword) ? { readonly: true } : {}),
          ...(doc?.comment ? { description: ts.getTextOfJSDocComment(doc.comment) } : {}),
        });
      }
    }
  }
  for (const { tag, text } of jsDocTags(node)) {
    if (tag === 'attr' || tag === 'attribute') {
      const parts = tagParts(text);
      facts.attributeTags.set(parts.name, parts);
    }
  }
  classFacts.set(name, facts);
}

function analyzeDefineCall(ts, node, modulePath) {
  const [tag, element] = node.arguments;
  if (node.expression.getText() !== 'define' || !tag || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) return;
  const declaration = declarationOf(ts, element);
  if (!declaration) return;
  definitions.push({
    module: modulePath,
    tagName: tag.text,
    className: element.text,
    classModule: posix(relative(ROOT, declaration.getSourceFile().fileName)),
  });
}

/** The program's files, walked once: the analyzer's own files carry no type information. */
let program;
let rootFiles = [];

function analyzeProgram(ts) {
  for (const path of rootFiles) {
    const source = program.getSourceFile(join(ROOT, path));
    const imported = new Set();
    moduleImports.set(path, imported);
    const visit = (node) => {
      const specifier =
        (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) || (ts.isExportDeclaration(node) && !node.isTypeOnly)
          ? node.moduleSpecifier
          : ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword
            ? node.arguments[0]
            : undefined;
      if (specifier && ts.isStringLiteral(specifier)) {
        const target = sourcePath(specifier.text, path);
        if (target) imported.add(target);
      }
      if (ts.isClassDeclaration(node)) analyzeClass(ts, node);
      else if (ts.isCallExpression(node)) analyzeDefineCall(ts, node, path);
      else if (ts.isImportDeclaration(node) && !node.importClause) {
        const target = sourcePath(node.moduleSpecifier.text, path);
        if (target) sideEffectImports.set(path, [...(sideEffectImports.get(path) ?? []), target]);
      } else if (ts.isInterfaceDeclaration(node) && node.name.text === 'GlobalEventHandlersEventMap') {
        for (const member of node.members) {
          if (ts.isPropertySignature(member) && member.type) eventMap.set(member.name.getText().replace(/^['"]|['"]$/g, ''), member.type.getText());
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  shipped = new Set();
  const load = (path) => {
    if (shipped.has(path)) return;
    shipped.add(path);
    for (const next of moduleImports.get(path) ?? []) load(next);
  };
  for (const entry of entryModules()) load(entry);
}

const analysis = {
  name: 'sparkpulse-analysis',
  initialize({ ts }) {
    analyzeProgram(ts);
  },

  /**
   * Per class, before inheritance copies anything down: properties typed as
   * they accept values, attributes typed as attributes, events with their
   * data. Inherited copies then carry the same.
   */
  moduleLinkPhase({ moduleDoc }) {
    // What the package does not ship is left out of the manifest, unchecked.
    if (!shipped.has(moduleDoc.path)) return;
    for (const declaration of moduleDoc.declarations ?? []) {
      const facts = classFacts.get(declaration.name);
      if (declaration.kind !== 'class' || !facts) continue;
      const owner = `${declaration.name} (${moduleDoc.path})`;

      for (const member of declaration.members ?? []) {
        const accessor = facts.accessors.get(member.name);
        if (member.kind !== 'field' || !accessor?.set) continue;
        member.type = { text: accessor.set };
        // A property that takes many forms reads back in one: say which.
        if (accessor.get && accessor.get !== accessor.set && member.description && !member.description.includes('Reads back as')) {
          member.description = `${member.description} Reads back as \`${accessor.get}\`.`;
        }
      }

      for (const [name, parts] of facts.attributeTags) {
        let attribute = declaration.attributes?.find((candidate) => candidate.name === name);
        if (!attribute) {
          attribute = { name };
          (declaration.attributes ??= []).push(attribute);
        }
        if (parts.type) attribute.type = { text: parts.type };
        if (parts.description) attribute.description = parts.description;
        if (parts.default !== undefined) attribute.default = parts.default;
        else delete attribute.default;
      }
      for (const attribute of declaration.attributes ?? []) {
        const field = declaration.members?.find((member) => member.name === attribute.fieldName);
        if (field && field.privacy && field.privacy !== 'public') continue;
        const written = facts.attributeTags.get(attribute.name);
        if (written?.type) continue;
        // Choices are the same words as attribute and as property.
        if (isStringLiteralUnion(field?.type?.text)) {
          attribute.type = { text: field.type.text };
          continue;
        }
        fail(
          `${owner}: the attribute "${attribute.name}" has no type written as an attribute. ` +
            `Add \`@attr {string} ${attribute.name} - …\` (or \`{'a' | 'b'}\`, \`{boolean}\`) to the class's JSDoc.`,
        );
      }

      if (facts.parameterFields.length) {
        declaration.members = [...(declaration.members ?? []).filter((member) => !facts.parameterFields.some((field) => field.name === member.name)), ...facts.parameterFields];
      }

      for (const event of declaration.events ?? []) {
        const mapped = eventMap.get(event.name);
        if (mapped && event.type?.text && event.type.text !== mapped) {
          fail(`${owner}: @fires ${event.name} says {${event.type.text}}, but GlobalEventHandlersEventMap says ${mapped}.`);
        }
        if (!event.type?.text && mapped) event.type = { text: mapped };
      }
    }
  },
};

// ---------------------------------------------------------------- the package

/** The package's entry modules, as source paths: the ones package.json's exports name in dist/. */
function entryModules() {
  const { exports } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const targets = [];
  const walk = (value) => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(exports);
  return new Set(
    targets
      .map((target) => target.replace(/^\.\//, ''))
      .filter((target) => target.startsWith(OUT) && target.endsWith('.js'))
      .map((target) => `${SRC}${target.slice(OUT.length).replace(/\.js$/, '.ts')}`),
  );
}

function isPublicMember(member) {
  if (member.privacy && member.privacy !== 'public') return false;
  if (member.name.startsWith('#') || LIFECYCLE.has(member.name)) return false;
  if (member.kind === 'method') return member.static === true && member.name === 'define';
  return member.kind === 'field' && !member.static;
}

/** The sentences that give a custom property's defaults in the themes, at the end of its description. */
const THEME_DEFAULTS = /( (Light|Dark) theme default: `[^`]*`\.)+$/;

/** Each element's CSS custom properties: what its stylesheets read, described by its JSDoc, with defaults from the styles. */
function settleCustomProperties(declaration, superclasses) {
  const reads = [declaration, ...superclasses].map((klass) => classFacts.get(klass.name)?.styles).find(Boolean);
  if (!reads) return;
  const owner = `<${declaration.tagName ?? declaration.name}> (${declaration.name})`;
  const documented = declaration.cssProperties ?? [];
  const missing = [...reads.keys()].filter((name) => !documented.some((property) => property.name === name));
  if (missing.length) {
    fail(`${owner} reads ${missing.join(', ')} in its styles, with no @cssprop for ${missing.length > 1 ? 'them' : 'it'}: add \`@cssprop ${missing[0]} - what it sets\` to the JSDoc.`);
  }
  const unread = documented.filter((property) => !reads.has(property.name) && !property.inheritedFrom);
  if (unread.length) {
    fail(`${owner} documents ${unread.map((property) => property.name).join(', ')}, which its styles never read: remove the @cssprop, or use the property.`);
  }
  declaration.cssProperties = documented
    .filter((property) => reads.has(property.name))
    .map((property) => {
      const { host, light, dark } = reads.get(property.name);
      const { inheritedFrom, ...rest } = property;
      const description = (rest.description ?? '').replace(THEME_DEFAULTS, '');
      const themed = [
        light !== undefined && light !== host ? ` Light theme default: \`${light}\`.` : '',
        dark !== undefined && dark !== host ? ` Dark theme default: \`${dark}\`.` : '',
      ].join('');
      return {
        ...rest,
        ...(description ? { description: `${description}${themed}` } : {}),
        ...(host !== undefined ? { default: host } : {}),
        ...(inheritedFrom ? { inheritedFrom } : {}),
      };
    });
}

/** Every `{ name, module }` reference in the manifest, pointed at what ships; references outside src/ stay. */
function repointReferences(value, fromModule) {
  if (Array.isArray(value)) return value.forEach((item) => repointReferences(item, fromModule));
  if (!value || typeof value !== 'object') return;
  if (typeof value.module === 'string' && typeof value.name === 'string') {
    const source = sourcePath(value.module, fromModule);
    if (source) value.module = shippedPath(source);
  }
  for (const [key, child] of Object.entries(value)) if (key !== 'module') repointReferences(child, fromModule);
}

const publicApi = {
  name: 'sparkpulse-public-api',
  packageLinkPhase({ customElementsManifest }) {
    const manifest = customElementsManifest;
    manifest.modules = manifest.modules.filter((module) => shipped.has(module.path));
    const classes = new Map();
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) if (declaration.kind === 'class') classes.set(declaration.name, { declaration, module });
    }
    const chain = (declaration) => {
      const found = [];
      for (let next = classes.get(declaration.superclass?.name); next; next = classes.get(next.declaration.superclass?.name)) found.push(next.declaration);
      return found;
    };

    // Which classes stay: the elements, the classes they extend, the events they fire.
    const elements = [...classes.values()].filter(({ declaration }) => declaration.tagName);
    const kept = new Set();
    for (const { declaration } of elements) {
      kept.add(declaration);
      for (const superclass of chain(declaration)) kept.add(superclass);
      for (const event of declaration.events ?? []) {
        if (!event.type?.text) fail(`<${declaration.tagName}> fires ${event.name} with no type: write \`@fires {SpLoadEvent} ${event.name} - …\`.`);
        else if (classes.has(event.type.text)) kept.add(classes.get(event.type.text).declaration);
      }
    }

    for (const declaration of kept) {
      const { name } = declaration;
      declaration.members = (declaration.members ?? []).filter(isPublicMember);
      const fields = new Set(declaration.members.map((member) => member.name));
      declaration.attributes = (declaration.attributes ?? []).filter((attribute) => !attribute.fieldName || fields.has(attribute.fieldName));
      for (const key of ['attributes', 'members', 'events', 'slots', 'cssParts', 'cssProperties']) {
        if (declaration[key] && !declaration[key].length) delete declaration[key];
      }
      if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
      settleCustomProperties(declaration, chain(declaration));
      // `extends Event`: a global, not something of this module.
      const superclass = declaration.superclass;
      const module = classes.get(name).module;
      if (superclass?.module && sourcePath(superclass.module, module.path) === module.path && !classes.has(superclass.name)) {
        declaration.superclass = { name: superclass.name, package: 'global:' };
      }
    }

    for (const definition of definitions) {
      const element = classes.get(definition.className)?.declaration;
      if (element?.tagName && element.tagName !== definition.tagName) {
        fail(`${definition.className} has @tag ${element.tagName}, but ${definition.module} defines it as ${definition.tagName}.`);
      }
    }

    // The modules that stay: the ones declaring what stays, and the package's entry modules.
    const entries = entryModules();
    const keptModules = manifest.modules.filter(
      (module) => entries.has(module.path) || (module.declarations ?? []).some((declaration) => kept.has(declaration)),
    );
    for (const module of keptModules) module.declarations = (module.declarations ?? []).filter((declaration) => kept.has(declaration));
    const keptByPath = new Map(keptModules.map((module) => [module.path, module]));
    for (const module of keptModules) {
      module.exports = (module.exports ?? []).filter((entry) => {
        if (entry.kind !== 'js') return false;
        const target = keptByPath.get(sourcePath(entry.declaration?.module, module.path) ?? module.path);
        if (entry.name === '*') return Boolean(target);
        return Boolean(target?.declarations.some((declaration) => declaration.name === entry.declaration.name));
      });
      // An entry registers the elements whose define modules it imports, however deeply.
      const seen = new Set();
      const visit = (path) => {
        if (seen.has(path)) return;
        seen.add(path);
        for (const next of sideEffectImports.get(path) ?? []) visit(next);
      };
      visit(module.path);
      for (const definition of definitions.filter((candidate) => seen.has(candidate.module))) {
        module.exports.push({
          kind: 'custom-element-definition',
          name: definition.tagName,
          declaration: { name: definition.className, module: definition.classModule },
        });
      }
    }
    manifest.modules = keptModules;

    for (const module of manifest.modules) {
      repointReferences(module.declarations, module.path);
      repointReferences(module.exports, module.path);
    }
    // Event types point at their classes, for tools that follow references.
    const modulesOf = new Map(manifest.modules.flatMap((module) => module.declarations.map((declaration) => [declaration.name, module])));
    for (const module of manifest.modules) {
      for (const declaration of module.declarations) {
        for (const event of declaration.events ?? []) {
          const target = modulesOf.get(event.type?.text);
          if (target) event.type.references = [{ name: event.type.text, module: shippedPath(target.path) }];
        }
      }
    }
    for (const module of manifest.modules) module.path = shippedPath(module.path);
    // The schema scripts/validate-manifest.mjs checks it against.
    manifest.schemaVersion = '2.1.0';
    delete manifest.readme;
    reportProblems();
  },
};

export default {
  globs: ['src/**/*.ts'],
  // Node-only code (the command, server rendering) declares no elements.
  exclude: ['src/cli/**', 'src/node/**', 'src/ssr/**', 'src/**/*.d.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json already names dist/custom-elements.json; a test's --outdir must not rewrite it.
  packagejson: false,

  /** One program for all modules, so that plugins can ask the type checker. */
  overrideModuleCreation({ ts, globs: found }) {
    // The glob's order follows the file system's; sorted, the manifest (and the
    // editors' data made from it) is the same from run to run, so a rebuild
    // rewrites none of them.
    const globs = [...found].sort();
    const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    rootFiles = globs;
    program = ts.createProgram(
      globs.map((glob) => join(ROOT, glob)),
      { ...config?.options, noEmit: true },
    );
    checker = program.getTypeChecker();
    // The analyzer names modules by their files' names, as the globs spell them.
    return globs.map((glob) => ts.createSourceFile(glob, readFileSync(join(ROOT, glob), 'utf8'), ts.ScriptTarget.ES2015, true));
  },

  plugins: [analysis, publicApi],
};
