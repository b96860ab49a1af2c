#!/usr/bin/env node
// Writes what editors read about the elements, from the custom-elements
// manifest:
//
//   node scripts/write-editor-data.mjs [--outdir dist] [--manifest <outdir>/custom-elements.json]
//
// - vscode.html-custom-data.json, VS Code's HTML custom data
//   (custom-element-vs-code-integration): tags, attributes with their allowed
//   values and defaults, descriptions with events, slots, parts and custom
//   properties. A user lists it in "html.customData".
// - web-types.json, JetBrains' web-types (custom-element-jet-brains-integration):
//   the same, plus properties and events for JavaScript, and the custom
//   properties and parts for CSS. package.json's "web-types" points at it.
//
// Links go to the element's section of the README on the repository that
// package.json names, when it names one on GitHub.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

function option(args, name, fallback) {
  const at = args.indexOf(`--${name}`);
  return at < 0 ? fallback : args[at + 1];
}

/** `https://github.com/owner/repo` from package.json's repository, if it is on GitHub. */
function repositoryPage(pkg) {
  const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const match = /github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(url ?? '');
  return match ? `https://github.com/${match[1]}/${match[2]}` : undefined;
}

/** The manifest as the integrations read it: an element's description is its summary, then the rest. */
function forEditors(manifest) {
  const copy = structuredClone(manifest);
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      declaration.editorDescription = [declaration.summary, declaration.description].filter(Boolean).join('\n\n');
    }
  }
  return copy;
}

const withDefault = (description, fallback) => (fallback === undefined ? description : `${description ?? ''} Default: \`${fallback}\`.`.trim());

const THEMED = / (Light|Dark) theme default: `([^`]*)`\./g;

/** "Text colour. Default: `currentColor`; in the light theme `#1f2328`; in the dark theme `#f0f6fc`." */
function propertyDescription(property) {
  const themed = [...(property.description ?? '').matchAll(THEMED)].map(([, theme, value]) => `; in the ${theme.toLowerCase()} theme \`${value}\``);
  const description = (property.description ?? '').replace(THEMED, '');
  if (property.default === undefined) return description;
  return `${description} Default: \`${property.default}\`${themed.join('')}.`.trim();
}

export async function editorData(manifest, pkg) {
  // Both integrations read package.json from the working directory as they load.
  process.chdir(ROOT);
  const { getVsCodeHtmlCustomData } = await import('custom-element-vs-code-integration');
  const { getWebTypesData } = await import('custom-element-jet-brains-integration');

  const page = repositoryPage(pkg);
  const link = (tag) => (page ? { name: 'Documentation', url: `${page}#${tag}` } : undefined);
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  const elements = declarations.filter((declaration) => declaration.tagName);
  const attributeOf = (tag, name) => elements.find((element) => element.tagName === tag)?.attributes?.find((attribute) => attribute.name === name);
  const shared = {
    descriptionSrc: 'editorDescription',
    // The only method, the static define(name), is no instance's: the README shows it.
    hideMethodDocs: true,
    hideLogs: true,
  };

  const vscode = JSON.parse(
    getVsCodeHtmlCustomData(forEditors(manifest), {
      ...shared,
      referencesTemplate: (_, tag) => [link(tag)].filter(Boolean),
    }),
  );
  for (const tag of vscode.tags) {
    for (const attribute of tag.attributes) {
      const declared = attributeOf(tag.name, attribute.name);
      attribute.description = withDefault(attribute.description, declared?.default);
      // Written bare, `<sp-timeline sparks-only>`: VS Code offers no value for it.
      if (declared?.type?.text === 'boolean') attribute.valueSet = 'v';
    }
  }

  const webTypes = JSON.parse(
    getWebTypesData(forEditors(manifest), {
      ...shared,
      // The element classes are exported from the package's main entry.
      modulePathTemplate: () => pkg.name,
      referenceTemplate: (_, tag) => link(tag),
    }),
  );
  for (const element of webTypes.contributions.html.elements) {
    if (!element['doc-url']) delete element['doc-url'];
    for (const attribute of element.attributes) {
      if (attribute.value?.default === undefined) delete attribute.value?.default;
    }
  }
  // One entry per custom property and part, however many elements share it,
  // described as the class that declares it for all of them does.
  const css = webTypes.contributions.css;
  const properties = new Map();
  for (const element of elements) {
    for (const property of element.cssProperties ?? []) {
      if (properties.has(property.name)) continue;
      const declaring = declarations.find((declaration) => declaration.name === property.inheritedFrom?.name);
      const general = declaring?.cssProperties?.find((candidate) => candidate.name === property.name) ?? property;
      properties.set(property.name, { name: property.name, description: propertyDescription(general) });
    }
  }
  css.properties = [...properties.values()];
  css['pseudo-elements'] = [...new Map(css['pseudo-elements'].map((part) => [part.name, part])).values()];

  return { vscode, webTypes };
}

async function main(args) {
  const outdir = resolve(option(args, 'outdir', join(ROOT, 'dist')));
  const manifestPath = resolve(option(args, 'manifest', join(outdir, 'custom-elements.json')));
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const { vscode, webTypes } = await editorData(manifest, pkg);
  mkdirSync(outdir, { recursive: true });
  writeFileSync(join(outdir, 'vscode.html-custom-data.json'), `${JSON.stringify(vscode, null, 2)}\n`);
  writeFileSync(join(outdir, 'web-types.json'), `${JSON.stringify(webTypes, null, 2)}\n`);
  console.log(`Wrote vscode.html-custom-data.json and web-types.json to ${outdir}, for ${vscode.tags.map((tag) => `<${tag.name}>`).join(', ')}.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error.message);
    process.exitCode = 1;
  });
}
