#!/usr/bin/env node
// Writes, from the custom-elements manifest, the types that let React 19,
// Preact, Solid, Vue 3 and Svelte check the plain tags, `<sp-compare a="kafka">`:
// one file per framework, each adding the elements to that framework's own
// map of known tags, so a user's one type import is all it takes.
//
//   node scripts/generate-framework-types.mjs [manifest] [out dir]
//   (defaults: dist/custom-elements.json and dist/types/)
//
// The files import the element and event classes from `../classes.js`, the
// package's side-effect-free entry, as the out dir sits inside dist/.
//
// Frameworks set properties, and a user writes strings: `limit="5"` becomes
// `el.limit = "5"`. So a prop takes what its attribute takes as well as what
// its property takes: a number also as a string of digits, a list also as
// one string. Each framework's own naming rules decide which names are
// offered (see the per-framework writers below).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** The frameworks, in the order the files are written. */
export const FRAMEWORKS = ['react', 'preact', 'solid', 'vue', 'svelte'];

const VALID_TAG = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

// ---------------------------------------------------------------------------
// Reading the manifest

/** Splits a type's text at its top-level `|`, leaving unions inside brackets, generics and strings whole. */
function unionMembers(text) {
  const members = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quote) {
      if (char === '\\') i += 1;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'" || char === '`') quote = char;
    else if ('([{<'.includes(char)) depth += 1;
    else if (')]}>'.includes(char)) depth -= 1;
    else if (char === '|' && depth === 0) {
      members.push(text.slice(start, i));
      start = i + 1;
    }
  }
  members.push(text.slice(start));
  return members.map((member) => member.trim()).filter(Boolean);
}

/** `(A | B)` without its brackets, when they enclose all of it; `(A) | (B)` stays. */
function stripParens(text) {
  if (!text.startsWith('(') || !text.endsWith(')')) return text;
  let depth = 0;
  for (let i = 0; i < text.length - 1; i += 1) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')') depth -= 1;
    if (depth === 0) return text;
  }
  return text.slice(1, -1).trim();
}

/**
 * What a framework may pass for a value of the manifest type `text`, as a
 * list of TypeScript types, or null when the text names a type this script
 * cannot spell out on its own (an alias such as `Theme`).
 */
function accepted(text) {
  const out = [];
  for (const raw of unionMembers(stripParens(text.trim()))) {
    const member = stripParens(raw);
    const array = /^(?:readonly\s+)?(.+)\[\]$/s.exec(member) ?? /^(?:Readonly)?Array<(.+)>$/s.exec(member);
    if (unionMembers(member).length > 1) {
      const inner = accepted(member);
      if (inner === null) return null;
      out.push(...inner);
    } else if (member === 'undefined' || member === 'null') continue;
    else if (member === 'string' || member === 'boolean' || member === 'true' || member === 'false') out.push(member);
    else if (member === 'number') out.push('number', '`${number}`');
    else if (member === '`${number}`') out.push(member);
    else if (/^-?\d+(?:\.\d+)?$/.test(member)) out.push(member, `'${member}'`);
    else if (/^'(?:[^'\\]|\\.)*'$/.test(member)) out.push(member);
    else if (/^"(?:[^"\\]|\\.)*"$/.test(member)) out.push(`'${JSON.parse(member).replace(/[\\']/g, '\\$&')}'`);
    else if (array) {
      const items = accepted(array[1]);
      if (items === null) return null;
      // An attribute holds a list as one string; the property takes either.
      const item = unique(items);
      out.push('string', `readonly ${item.length === 1 ? item[0] : `(${item.join(' | ')})`}[]`);
    } else return null;
  }
  return out;
}

const unique = (list) => [...new Set(list)];

/**
 * The type of the prop for one attribute and its property. The property's
 * type leads, since frameworks set properties and the setter takes what the
 * attribute takes; an attribute typed only `string` (any attribute's value is
 * text) adds nothing to it. A property typed with an alias only the package
 * can name, such as `Theme`, is named through the class: `SpCompare['theme']`.
 */
function propType(attribute, field, className) {
  const fromAttribute = attribute.type?.text ? accepted(attribute.type.text) : null;
  const attributeAdds = fromAttribute && !(field && fromAttribute.length === 1 && fromAttribute[0] === 'string');
  let fromField = [];
  if (field?.type?.text) fromField = accepted(field.type.text) ?? (className ? [`${className}['${field.name}']`] : []);
  else if (field && className && !fromAttribute) fromField = [`${className}['${field.name}']`];
  const type = unique([...fromField, ...(attributeAdds ? fromAttribute : [])]);
  // Any string takes in the strings a literal or `${number}` would name.
  const shown = type.includes('string') ? type.filter((member) => !/^['`]/.test(member)) : type;
  return shown.length > 0 ? shown.join(' | ') : 'string';
}

/** The names the package's entry (`classes`) exports, or null when the manifest does not say. */
function publicNames(manifest) {
  const entry = manifest.modules?.find((module) => /(?:^|\/)classes\.(?:d\.ts|ts|js)$/.test(module.path));
  if (!entry) return null;
  return new Set((entry.exports ?? []).filter((item) => item.kind === 'js').map((item) => item.name));
}

/**
 * Every custom element in the manifest, sorted by tag: its class, the props
 * (one per attribute, with its property) and the events.
 */
export function elementsOf(manifest) {
  const exported = publicNames(manifest);
  const isPublic = (name) => exported === null || exported.has(name);
  const declarations = (manifest.modules ?? []).flatMap((module) => module.declarations ?? []);
  const byTag = new Map();
  for (const module of manifest.modules ?? []) {
    for (const item of module.exports ?? []) {
      if (item.kind !== 'custom-element-definition' || !VALID_TAG.test(item.name)) continue;
      const declaration = declarations.find((candidate) => candidate.name === item.declaration?.name && candidate.customElement);
      if (declaration && !byTag.has(item.name)) byTag.set(item.name, declaration);
    }
  }
  for (const declaration of declarations) {
    if (declaration.customElement && VALID_TAG.test(declaration.tagName ?? '') && !byTag.has(declaration.tagName)) {
      byTag.set(declaration.tagName, declaration);
    }
  }

  return [...byTag]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([tag, declaration]) => {
      const className = isPublic(declaration.name) ? declaration.name : null;
      const fields = new Map(
        (declaration.members ?? [])
          .filter((member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public')
          .map((member) => [member.name, member]),
      );
      const props = [];
      for (const attribute of declaration.attributes ?? []) {
        if (props.some((prop) => prop.attribute === attribute.name)) continue;
        const field = fields.get(attribute.fieldName);
        props.push({
          attribute: attribute.name,
          field: field?.name ?? null,
          type: propType(attribute, field, className),
          description: attribute.description ?? field?.description ?? '',
          deprecated: attribute.deprecated ?? field?.deprecated,
        });
      }
      const events = [];
      for (const event of declaration.events ?? []) {
        if (!event.name || events.some((known) => known.name === event.name)) continue;
        const text = event.type?.text?.trim();
        // An event class the entry exports, else what the DOM's event map says the name carries.
        const imported = text && IDENTIFIER.test(text) && exported?.has(text) ? text : null;
        events.push({
          name: event.name,
          type: imported ?? `EventFor<'${event.name}'>`,
          imported,
          description: event.description ?? '',
          deprecated: event.deprecated,
        });
      }
      return {
        tag,
        className,
        description: declaration.summary || declaration.description || '',
        deprecated: declaration.deprecated,
        props,
        events,
      };
    });
}

// ---------------------------------------------------------------------------
// Writing TypeScript

const key = (name) => (IDENTIFIER.test(name) ? name : `'${name}'`);

/** A JSDoc comment, so that editors show the manifest's descriptions on hover. */
function doc(text, deprecated, indent) {
  const trimmed = String(text ?? '').trim().replace(/\*\//g, '*\\/');
  const body = trimmed ? trimmed.split('\n').map((line) => line.trimEnd()) : [];
  if (deprecated) body.push(`@deprecated${typeof deprecated === 'string' ? ` ${deprecated}` : ''}`);
  if (body.length === 0) return '';
  if (body.length === 1) return `${indent}/** ${body[0]} */\n`;
  return `${indent}/**\n${body.map((line) => `${indent} *${line ? ` ${line}` : ''}`).join('\n')}\n${indent} */\n`;
}

const camelize = (name) => name.replace(/-([a-z0-9])/g, (_, char) => char.toUpperCase());
/** How Solid turns a name on a custom element into the property it sets. */
const solidProperty = (name) => name.toLowerCase().replace(/-([a-z])/g, (_, char) => char.toUpperCase());

/** The element's class, or HTMLElement when the package does not export it. */
const elementType = (element) => element.className ?? 'HTMLElement';
const interfaceName = (element, suffix) => `${element.className ?? camelize(`-${element.tag}`)}${suffix}`;

/**
 * The members of one element's interface, as [name, type, description,
 * deprecated], for a framework that names props with `names(prop)` and
 * event handlers with `handler(event)`.
 */
function members(element, names, handler) {
  const out = [];
  for (const prop of element.props) {
    for (const name of names(prop)) {
      if (!out.some(([known]) => known === name)) out.push([name, prop.type, prop.description, prop.deprecated]);
    }
  }
  for (const event of element.events) {
    for (const [name, type] of handler(event)) {
      if (!out.some(([known]) => known === name)) out.push([name, type, event.description, event.deprecated]);
    }
  }
  return out;
}

function interfaceOf(name, base, list, description) {
  const omitted = list.map(([member]) => `'${member}'`).join(' | ');
  const body = list
    .map(([member, type, text, deprecated]) => `${doc(text, deprecated, '  ')}  ${key(member)}?: ${type} | undefined;`)
    .join('\n');
  const extendsClause = base ? ` extends Omit<${base}, ${omitted || 'never'}>` : '';
  return `${doc(description, false, '')}export interface ${name}${extendsClause} {\n${body}\n}\n`;
}

function imports(elements) {
  const names = new Set();
  for (const element of elements) {
    if (element.className) names.add(element.className);
    for (const event of element.events) if (event.imported) names.add(event.imported);
  }
  return [...names].sort();
}

const EVENT_FOR =
  '/** The event a name carries, as the DOM\'s event map declares it. */\n' +
  'type EventFor<Name extends string> = Name extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[Name] : Event;\n';

function header(framework, usage, elements, classes, extraImports) {
  const tags = elements.map((element) => `<${element.tag}>`).join(', ');
  const names = imports(elements);
  return (
    `// Generated by scripts/generate-framework-types.mjs from custom-elements.json; do not edit.\n` +
    `// ${framework} types for ${tags}. Use with one type import, e.g. in a .d.ts of your app:\n` +
    `//   ${usage}\n` +
    extraImports +
    (names.length > 0 ? `import type { ${names.join(', ')} } from '${classes}';\n` : '') +
    `\n${EVENT_FOR}`
  );
}

const bothNames = (prop) => unique([prop.attribute, prop.field ?? prop.attribute]);
const listener = (type) => `((event: ${type}) => void)`;
const plainHandler = (prefix) => (event) => [[`${prefix}${event.name}`, listener(event.type)]];

/**
 * A file that adds an attributes interface for each element to the map of
 * known tags `map` in `module`, inside `namespace JSX` for the JSX
 * frameworks: what React, Preact, Solid and Svelte share. `names` and
 * `handler` are the framework's own naming rules; `base(type)` is the
 * framework's attributes of an element of that type.
 */
function tagsFile(elements, classes, { title, framework, imports: typeImports, base, names, handler, module, map }) {
  let out = header(title, `import type {} from '@sparkpulse/widgets/types/${framework}';`, elements, classes, typeImports);
  for (const element of elements) {
    out += `\n${interfaceOf(interfaceName(element, 'Attributes'), base(elementType(element)), members(element, names, handler), element.description)}`;
  }
  const jsx = map === 'IntrinsicElements';
  const indent = jsx ? '      ' : '    ';
  out += jsx ? `\ndeclare module '${module}' {\n  namespace JSX {\n    interface ${map} {\n` : `\ndeclare module '${module}' {\n  interface ${map} {\n`;
  out += elements
    .map((element) => `${doc(element.description, element.deprecated, indent)}${indent}'${element.tag}': ${interfaceName(element, 'Attributes')};`)
    .join('\n');
  return `${out}\n${jsx ? '    }\n  }\n' : '  }\n'}}\n`;
}

/**
 * React 19 sets a property when the element has one by that name, else an
 * attribute, so both the attribute's and the property's name work; it turns
 * `onsp-load` into a listener for `sp-load`.
 */
function react(elements, classes) {
  return tagsFile(elements, classes, {
    title: 'React 19',
    framework: 'react',
    imports: `import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n`,
    base: (type) => `DetailedHTMLProps<HTMLAttributes<${type}>, ${type}>`,
    names: bothNames,
    handler: plainHandler('on'),
    module: 'react',
    map: 'IntrinsicElements',
  });
}

/** Preact, like React, sets a property when there is one, else an attribute, and takes `onsp-load`. */
function preact(elements, classes) {
  return tagsFile(elements, classes, {
    title: 'Preact',
    framework: 'preact',
    imports: `import type { HTMLAttributes } from 'preact';\n`,
    base: (type) => `HTMLAttributes<${type}>`,
    names: bothNames,
    handler: plainHandler('on'),
    module: 'preact',
    map: 'IntrinsicElements',
  });
}

/**
 * Solid sets a property for every name on a custom element, but lower-cases
 * the name first (`sparksOnly` would set `sparksonly`), so only names that
 * survive that are offered plain: the dashed attribute names. Properties are
 * offered as `prop:…`, and events as `on:…`.
 */
function solid(elements, classes) {
  const names = (prop) => {
    const plain = !prop.field || solidProperty(prop.attribute) === prop.field ? prop.attribute : `attr:${prop.attribute}`;
    return prop.field ? [plain, `prop:${prop.field}`] : [plain];
  };
  const handler = (event) => [
    [`on:${event.name}`, `${listener(event.type)} | (AddEventListenerOptions & { handleEvent(event: ${event.type}): void })`],
  ];
  return tagsFile(elements, classes, {
    title: 'Solid',
    framework: 'solid',
    imports: `import type { JSX } from 'solid-js';\n`,
    base: (type) => `JSX.HTMLAttributes<${type}>`,
    names,
    handler,
    module: 'solid-js',
    map: 'IntrinsicElements',
  });
}

/**
 * Vue matches `sparks-only` in a template to the prop `sparksOnly`, and
 * `@sp-load` to `onSpLoad`, so props are named as properties. The component
 * type is the one Vue's guide gives for custom elements: the element itself,
 * for template refs, with the props it takes.
 */
function vue(elements, classes) {
  let out = header(
    'Vue 3',
    `import type {} from '@sparkpulse/widgets/types/vue';`,
    elements,
    classes,
    `import type { EmitFn, HTMLAttributes, ReservedProps } from 'vue';\n`,
  );
  out +=
    '\n/** A custom element as a component: the element, for template refs, and the props and events it takes. */\n' +
    'type DefineCustomElement<Element extends HTMLElement, Props, Events extends Record<string, Event>> = new () => Element & {\n' +
    '  $props: HTMLAttributes & ReservedProps & Props;\n' +
    '  $emit: EmitFn<{ [Name in keyof Events]: (event: Events[Name]) => void }>;\n' +
    '};\n';
  const names = (prop) => [prop.field ?? camelize(prop.attribute)];
  const handler = (event) => [[`on${camelize(`-${event.name}`)}`, listener(event.type)]];
  for (const element of elements) {
    out += `\n${interfaceOf(interfaceName(element, 'Props'), null, members(element, names, handler), element.description)}`;
  }
  out += `\ndeclare module 'vue' {\n  interface GlobalComponents {\n`;
  out += elements
    .map((element) => {
      const events = element.events.map((event) => `'${event.name}': ${event.type}`).join('; ');
      return (
        `${doc(element.description, element.deprecated, '    ')}    '${element.tag}': DefineCustomElement<` +
        `${elementType(element)}, ${interfaceName(element, 'Props')}, ${events ? `{ ${events} }` : '{}'}>;`
      );
    })
    .join('\n');
  return `${out}\n  }\n}\n`;
}

/**
 * Svelte 5 sets a property when the element has one, else an attribute, and
 * takes `onsp-load`; Svelte 4 listens with `on:sp-load`. Both are offered.
 */
function svelte(elements, classes) {
  return tagsFile(elements, classes, {
    title: 'Svelte',
    framework: 'svelte',
    imports: `import type { HTMLAttributes } from 'svelte/elements';\n`,
    base: (type) => `HTMLAttributes<${type}>`,
    names: bothNames,
    handler: (event) => [
      [`on${event.name}`, listener(event.type)],
      [`on:${event.name}`, listener(event.type)],
    ],
    module: 'svelte/elements',
    map: 'SvelteHTMLElements',
  });
}

const WRITERS = { react, preact, solid, vue, svelte };

/** Each framework's file, by name, for the manifest `manifest`. */
export function frameworkTypes(manifest, { classes = '../classes.js' } = {}) {
  const elements = elementsOf(manifest);
  if (elements.length === 0) throw new Error('the manifest declares no custom element with a tag name');
  return Object.fromEntries(FRAMEWORKS.map((framework) => [`${framework}.d.ts`, WRITERS[framework](elements, classes)]));
}

/** Reads the manifest at `manifestPath` and writes every framework's file into `outDir`. */
export async function generateFrameworkTypes(manifestPath, outDir, options) {
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  const files = frameworkTypes(manifest, options);
  await mkdir(outDir, { recursive: true });
  await Promise.all(Object.entries(files).map(([name, text]) => writeFile(join(outDir, name), text)));
  return Object.keys(files).map((name) => join(outDir, name));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [manifestPath = join(root, 'dist', 'custom-elements.json'), outDir = join(root, 'dist', 'types')] = process.argv.slice(2);
  generateFrameworkTypes(resolve(manifestPath), resolve(outDir)).then(
    (written) => console.log(`generate-framework-types: wrote ${written.length} files to ${outDir}`),
    (error) => {
      console.error(`generate-framework-types: ${error.message}`);
      process.exitCode = 1;
    },
  );
}
