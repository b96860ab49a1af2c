#!/usr/bin/env node
// Checks the custom-elements manifest before it ships, and exits 1 naming
// every problem:
//
//   node scripts/validate-manifest.mjs [--manifest dist/custom-elements.json] [--dist dist] [--package package.json]
//
// 1. @wc-toolkit/cem-validator: package.json points at the manifest and
//    publishes it; every element has a tag, a module in the output and a
//    definition.
// 2. The manifest schema (custom-elements-manifest 2.1.0), with ajv.
// 3. What tools need from this package in particular: modules in dist/ as
//    .js, only the public API, attributes typed as attribute text, typed
//    events whose classes are in the manifest, every CSS custom property with
//    its default, and descriptions everywhere a reader looks.
//
// With --dist, every module must also be a file there (after `npm run build:npm`);
// without it, the source it is built from must exist.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { validateCem } from '@wc-toolkit/cem-validator';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/** Members that are the element's machinery, never API: they leaked into earlier manifests. */
const NEVER_PUBLIC = ['client', 'unwatch', 'data', 'localize', 'prerendered', 'words', 'near', 'renderedElsewhere'];

function option(args, name, fallback) {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = args[at + 1];
  if (!value || value.startsWith('--')) throw new Error(`--${name} needs a value`);
  return value;
}

function schemaProblems(manifest) {
  const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'custom-elements-manifest', 'schema.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  if (validate(manifest)) return [];
  return validate.errors.map((error) => `schema: ${error.instancePath || '(root)'} ${error.message}`);
}

/** Attribute text is a string: plain, a present-or-absent flag, or one of some words. */
const ATTRIBUTE_TYPE = /^(string|boolean|'[^']*'( \| '[^']*')*)$/;

/** What is wrong with the manifest (`problems`), and what is merely missing (`warnings`). */
export function manifestProblems(manifest, { dist, root = ROOT } = {}) {
  const problems = [];
  const warnings = [];
  const modules = manifest.modules ?? [];
  const byPath = new Map(modules.map((module) => [module.path, module]));
  const declared = (path, name) => {
    const module = byPath.get(path);
    return Boolean(module?.declarations?.some((d) => d.name === name) || module?.exports?.some((e) => e.name === name));
  };
  const where = (module, declaration) => `${declaration ? `${declaration.tagName ? `<${declaration.tagName}>` : declaration.name} ` : ''}(${module.path})`;

  for (const module of modules) {
    if (!/^dist\/.+\.js$/.test(module.path)) problems.push(`${module.path}: a module must be a .js file in dist/, as the package ships it`);
    const source = module.path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');
    if (dist && !existsSync(resolve(root, dist, module.path.replace(/^dist\//, '')))) problems.push(`${module.path} is not in ${dist}/: is the npm build there?`);
    if (!dist && !existsSync(resolve(root, source))) problems.push(`${module.path}: nothing builds it (${source} does not exist)`);

    // Every reference must land on something the manifest has.
    const references = [];
    const collect = (value) => {
      if (Array.isArray(value)) return value.forEach(collect);
      if (!value || typeof value !== 'object') return;
      if (typeof value.name === 'string' && typeof value.module === 'string') references.push(value);
      Object.values(value).forEach(collect);
    };
    collect(module.declarations);
    collect(module.exports);
    for (const reference of references) {
      if (reference.name === '*' ? !byPath.has(reference.module) : !declared(reference.module, reference.name)) {
        problems.push(`${module.path}: refers to ${reference.name} in ${reference.module}, which the manifest does not have`);
      }
    }

    for (const declaration of module.declarations ?? []) {
      const at = where(module, declaration);
      if (!declaration.description && !declaration.summary) problems.push(`${at}: no description`);
      for (const member of declaration.members ?? []) {
        if (member.privacy && member.privacy !== 'public') problems.push(`${at}: ${member.privacy} member ${member.name} is not API`);
        if (member.name.startsWith('#') || NEVER_PUBLIC.includes(member.name)) problems.push(`${at}: ${member.name} is internal, not API`);
        if (member.kind === 'method' && !(member.static && member.name === 'define')) problems.push(`${at}: method ${member.name}() is not API; only the static define(name) is`);
        if (member.kind === 'field' && !member.type?.text) problems.push(`${at}: property ${member.name} has no type`);
        if (!member.description) {
          const isEventData = /Event$/.test(declaration.name) && !declaration.tagName;
          (isEventData ? warnings : problems).push(`${at}: ${member.name} has no description (JSDoc)`);
        }
      }
      if (!declaration.tagName) continue;

      if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(declaration.tagName)) problems.push(`${at}: "${declaration.tagName}" is not a custom element name`);
      if (!modules.some((m) => m.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === declaration.tagName))) {
        problems.push(`${at}: no module defines it (no custom-element-definition export)`);
      }
      for (const attribute of declaration.attributes ?? []) {
        if (!ATTRIBUTE_TYPE.test(attribute.type?.text ?? '')) {
          problems.push(`${at}: attribute ${attribute.name} is typed ${JSON.stringify(attribute.type?.text)}; an attribute is text: string, boolean or 'a' | 'b'`);
        }
        if (!attribute.description) problems.push(`${at}: attribute ${attribute.name} has no description`);
        if (attribute.fieldName && !declaration.members?.some((member) => member.name === attribute.fieldName)) {
          problems.push(`${at}: attribute ${attribute.name} names the property ${attribute.fieldName}, which is not in the manifest`);
        }
      }
      for (const event of declaration.events ?? []) {
        const type = event.type?.text;
        if (!type) problems.push(`${at}: event ${event.name} has no type`);
        else if (!event.type.references?.some((reference) => declared(reference.module, type))) {
          problems.push(`${at}: event ${event.name} is typed ${type}, with no reference to its class in the manifest`);
        }
        if (!event.description) problems.push(`${at}: event ${event.name} has no description`);
      }
      for (const part of declaration.cssParts ?? []) if (!part.description) problems.push(`${at}: part ${part.name} has no description`);
      for (const slot of declaration.slots ?? []) if (!slot.description) problems.push(`${at}: slot "${slot.name}" has no description`);
      for (const property of declaration.cssProperties ?? []) {
        if (!property.name.startsWith('--sp-')) problems.push(`${at}: ${property.name} is not an --sp-* property`);
        if (!property.default) problems.push(`${at}: ${property.name} has no default`);
        if (!property.description) problems.push(`${at}: ${property.name} has no description`);
      }
      if (!declaration.members?.some((member) => member.kind === 'method' && member.static && member.name === 'define')) {
        problems.push(`${at}: the static define(name) is missing`);
      }
    }
  }
  return { problems, warnings };
}

/** The classes no entry of the package exports, so users could not import their types. */
function unexported(manifest, pkg) {
  const targets = [];
  const walk = (value) => (typeof value === 'string' ? targets.push(value.replace(/^\.\//, '')) : value && typeof value === 'object' && Object.values(value).forEach(walk));
  walk(pkg.exports);
  const byPath = new Map(manifest.modules.map((module) => [module.path, module]));
  const exportedBy = (module, name, seen = new Set()) => {
    if (!module || seen.has(module.path)) return false;
    seen.add(module.path);
    return (module.exports ?? []).some(
      (entry) => entry.kind === 'js' && (entry.name === name || (entry.name === '*' && exportedBy(byPath.get(entry.declaration.module), name, seen))),
    );
  };
  const entries = targets.map((target) => byPath.get(target)).filter(Boolean);
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => !entries.some((entry) => exportedBy(entry, declaration.name)))
      .map((declaration) => `${declaration.name} (${module.path}) is exported by no entry of package.json's exports, so users cannot import its type`),
  );
}

async function main(args) {
  const manifestPath = resolve(option(args, 'manifest', join(ROOT, 'dist', 'custom-elements.json')));
  const dist = option(args, 'dist', undefined);
  const packageJsonPath = option(args, 'package', join(ROOT, 'package.json'));
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const problems = [];

  try {
    await validateCem(manifest, {
      packageJsonPath,
      rules: {
        packageJson: { packageType: 'error', main: 'error', module: 'error', types: 'error', exports: 'error', customElementsProperty: 'error', publishedCem: 'error' },
        manifest: {
          schemaVersion: 'error',
          modulePath: 'error',
          definitionPath: 'error',
          // Wants a `typeDefinitionPath` under src/; our types sit beside the modules in dist/.
          typeDefinitionPath: 'off',
          // Wants each element's module to re-export its event types; they are exported from classes.js, checked below.
          exportTypes: 'off',
          tagName: 'error',
        },
      },
    });
  } catch (error) {
    problems.push(`@wc-toolkit/cem-validator: ${error.message} (its findings are listed above)`);
  }
  const own = manifestProblems(manifest, { dist });
  problems.push(...schemaProblems(manifest), ...own.problems);

  problems.push(...unexported(manifest, JSON.parse(readFileSync(packageJsonPath, 'utf8'))));

  for (const warning of own.warnings) console.warn(`warning: ${warning}`);
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  if (problems.length) {
    console.error(`${manifestPath} has ${problems.length} problem${problems.length > 1 ? 's' : ''}:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
    process.exitCode = 1;
    return;
  }
  console.log(`${manifestPath}: valid, ${elements.map((element) => `<${element.tagName}>`).join(', ')}.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error.message);
    process.exitCode = 1;
  });
}
