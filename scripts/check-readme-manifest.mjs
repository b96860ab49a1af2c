#!/usr/bin/env node
// Checks that the tables of the elements' API in docs/elements.md (the
// reference the README links to) say what the
// custom-elements manifest says, and exits 1 with each difference:
//
//   node scripts/check-readme-manifest.mjs [--manifest dist/custom-elements.json] [--readme <page>]
//
// Without --readme, it reads docs/elements.md and docs/embed-builder.md.
//
// The tables read, under "## Elements", about the widgets (the elements built
// on SparkpulseElement; another element has only its own tables):
// - the properties and what they accept (every property that has an attribute);
// - "Attributes every element has", then one table per element (`<sp-compare>`):
//   names and defaults; a default in code is the attribute's default, "(none)",
//   "off" or words mean it has none;
// - "Events": each event's class and its fields;
// - "Parts": the parts of every element, then each element's own;
// - "Custom properties": each property with its default (the host look's)
//   and its defaults in the light and dark themes.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
/** The class every widget extends: what the README says of "every element" is said of its subclasses. */
const WIDGET_BASE = 'SparkpulseElement';

// ---------------------------------------------------------------- README

/** The cells of a table row, split at `|` outside code spans. */
function cells(line) {
  const out = [];
  let current = '';
  let code = false;
  for (const char of line.trim().replace(/^\||\|$/g, '')) {
    if (char === '`') code = !code;
    if (char === '|' && !code) {
      out.push(current.trim());
      current = '';
    } else current += char;
  }
  out.push(current.trim());
  return out;
}

const codeSpans = (text) => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]);

/** The first table under each heading, by the heading's text, as rows of cells (header row left out). */
export function readmeTables(markdown) {
  const tables = new Map();
  let heading;
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^```/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const title = /^#{2,4}\s+(.*)$/.exec(line);
    if (title) {
      heading = title[1].trim();
      continue;
    }
    if (!heading || !line.startsWith('|')) {
      if (heading && tables.has(heading) && !tables.get(heading).done && tables.get(heading).rows.length) tables.get(heading).done = true;
      continue;
    }
    const table = tables.get(heading) ?? { rows: [], done: false };
    tables.set(heading, table);
    if (table.done || /^\|\s*-{3,}/.test(line)) continue;
    table.rows.push(cells(line));
  }
  return new Map([...tables].map(([name, table]) => [name, table.rows.slice(1)]));
}

/** An attribute's default as the README writes it: a value in code, or none. */
function readmeDefault(cell) {
  const spans = codeSpans(cell);
  return spans.length === 1 && cell.trim() === `\`${spans[0]}\`` ? spans[0] : undefined;
}

// ---------------------------------------------------------------- manifest

function elementsOf(manifest) {
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  const classNamed = (name) => declarations.find((declaration) => declaration.name === name);
  const isWidget = (declaration) => {
    for (let next = declaration; next; next = classNamed(next.superclass?.name)) if (next.superclass?.name === WIDGET_BASE) return true;
    return false;
  };
  return { elements: declarations.filter((declaration) => declaration.tagName), classNamed, isWidget };
}

const themeDefault = (property, theme) => new RegExp(`${theme} theme default: \`([^\`]+)\``).exec(property.description ?? '')?.[1];

// ---------------------------------------------------------------- comparing

/** Every way the README's tables and the manifest disagree, as lines to print. */
export function differences(markdown, manifest) {
  const tables = readmeTables(markdown);
  const { elements, classNamed, isWidget } = elementsOf(manifest);
  const widgets = elements.filter(isWidget);
  const out = [];
  const table = (heading) => {
    const rows = tables.get(heading);
    if (!rows) out.push(`README has no table under "${heading}"`);
    return rows ?? [];
  };
  const sets = (where, readme, manifestNames) => {
    const onlyManifest = [...manifestNames].filter((name) => !readme.has(name));
    const onlyReadme = [...readme].filter((name) => !manifestNames.has(name));
    if (onlyManifest.length) out.push(`${where}: the manifest has ${onlyManifest.join(', ')}; the README does not`);
    if (onlyReadme.length) out.push(`${where}: the README has ${onlyReadme.join(', ')}; the manifest does not`);
  };
  const same = (where, readme, manifestValue) => {
    if (readme !== manifestValue) out.push(`${where}: README ${readme === undefined ? 'none' : `"${readme}"`}, manifest ${manifestValue === undefined ? 'none' : `"${manifestValue}"`}`);
  };

  // The properties and what they accept.
  const accepted = new Set(table('Elements').flatMap(([names]) => codeSpans(names)));
  const properties = new Set(widgets.flatMap((element) => (element.members ?? []).filter((member) => member.attribute).map((member) => member.name)));
  sets('"Elements", the properties', accepted, properties);

  // Attributes and their defaults.
  const common = new Map(table('Attributes every element has').flatMap(([names, fallback]) => codeSpans(names).map((name) => [name, fallback])));
  for (const element of elements) {
    const heading = `\`<${element.tagName}>\``;
    if (!tables.has(heading)) out.push(`README has no "### ${heading}" section with its attributes`);
    const own = new Map((tables.get(heading) ?? []).flatMap(([names, fallback]) => codeSpans(names).map((name) => [name, fallback])));
    const readme = new Map([...(isWidget(element) ? common : []), ...own]);
    const attributes = new Map((element.attributes ?? []).map((attribute) => [attribute.name, attribute]));
    sets(`"${heading}"${isWidget(element) ? ' and "Attributes every element has"' : ''}`, new Set(readme.keys()), new Set(attributes.keys()));
    for (const [name, cell] of readme) {
      const attribute = attributes.get(name);
      if (attribute) same(`<${element.tagName}> ${name} default`, readmeDefault(cell), attribute.default);
    }
  }

  // Events.
  const events = new Map(table('Events').map(([name, className, fields]) => [codeSpans(name)[0], { className: codeSpans(className)[0], fields }]));
  for (const element of elements) {
    const fired = new Map((element.events ?? []).map((event) => [event.name, event]));
    sets(`"Events", <${element.tagName}>`, isWidget(element) ? new Set(events.keys()) : new Set([...events.keys()].filter((name) => fired.has(name))), new Set(fired.keys()));
    for (const [name, { className, fields }] of events) {
      const event = fired.get(name);
      if (!event) continue;
      same(`"Events", <${element.tagName}> ${name} class`, className, event.type?.text);
      const eventClass = classNamed(event.type?.text);
      const documented = new Set([...fields.matchAll(/`(\w+)`:/g)].map((match) => match[1]));
      const declared = new Set((eventClass?.members ?? []).filter((member) => member.kind === 'field').map((member) => member.name));
      sets(`"Events", ${name} fields`, documented, declared);
    }
  }

  // Parts.
  const partRows = new Map(table('Parts').map(([who, parts]) => [who, new Set(codeSpans(parts))]));
  const everyElement = partRows.get('every element') ?? new Set();
  for (const element of elements) {
    const own = partRows.get(`\`<${element.tagName}>\``);
    if (!own) out.push(`"Parts" has no row for \`<${element.tagName}>\``);
    const readme = new Set([...(isWidget(element) ? everyElement : []), ...(own ?? [])]);
    sets(`"Parts", <${element.tagName}>${isWidget(element) ? ' (with "every element")' : ''}`, readme, new Set((element.cssParts ?? []).map((part) => part.name)));
  }

  // Custom properties, with their defaults.
  const readmeProperties = new Map(
    table('Custom properties').map(([name, host, light, dark]) => [
      codeSpans(name)[0],
      { host: codeSpans(host ?? '')[0], light: codeSpans(light ?? '')[0], dark: codeSpans(dark ?? '')[0] },
    ]),
  );
  const manifestProperties = new Map();
  for (const element of elements) for (const property of element.cssProperties ?? []) manifestProperties.set(property.name, { element, property });
  sets('"Custom properties"', new Set(readmeProperties.keys()), new Set(manifestProperties.keys()));
  for (const element of elements) {
    for (const property of element.cssProperties ?? []) {
      const readme = readmeProperties.get(property.name);
      if (!readme) continue;
      same(`"Custom properties", ${property.name} default (<${element.tagName}>)`, readme.host, property.default);
      same(`"Custom properties", ${property.name} light default (<${element.tagName}>)`, readme.light, themeDefault(property, 'Light'));
      same(`"Custom properties", ${property.name} dark default (<${element.tagName}>)`, readme.dark, themeDefault(property, 'Dark'));
    }
  }
  return [...new Set(out)];
}

function option(args, name, fallback) {
  const at = args.indexOf(`--${name}`);
  return at < 0 ? fallback : args[at + 1];
}

function main(args) {
  const manifestPath = resolve(option(args, 'manifest', join(ROOT, 'dist', 'custom-elements.json')));
  // By default the reference pages the README links to: the elements' and the embed builder's.
  const pages = args.includes('--readme') ? [resolve(option(args, 'readme'))] : ['elements.md', 'embed-builder.md'].map((page) => join(ROOT, 'docs', page));
  const readmePath = pages.join(' and ');
  const found = differences(pages.map((page) => readFileSync(page, 'utf8')).join('\n'), JSON.parse(readFileSync(manifestPath, 'utf8')));
  if (found.length) {
    console.error(
      `${readmePath} and ${manifestPath} disagree; change the page, or the JSDoc the manifest is made from:\n` +
        found.map((line) => `- ${line}`).join('\n'),
    );
    process.exitCode = 1;
    return;
  }
  console.log(`${readmePath} ${pages.length > 1 ? 'agree' : 'agrees'} with ${manifestPath}.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
