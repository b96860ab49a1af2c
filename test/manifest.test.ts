import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import '../src/builder/define.js';

// The manifest, the editors' data made from it and the README's tables, made
// by the build's own commands into a scratch folder (test/server/manifest-check.mjs).

interface Step {
  step: string;
  code: number | null;
  stdout: string;
  stderr: string;
}
interface Named {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string; references?: { name: string; module: string }[] };
  inheritedFrom?: { name: string };
}
interface Member extends Named {
  kind: 'field' | 'method';
  static?: boolean;
  privacy?: string;
  attribute?: string;
}
interface Attribute extends Named {
  fieldName?: string;
}
interface Declaration extends Named {
  kind: string;
  tagName?: string;
  summary?: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations: Declaration[]; exports: { kind: string; name: string; declaration: { name: string; module: string } }[] }[];
}
interface VsCodeData {
  tags: {
    name: string;
    description: string;
    attributes: { name: string; description?: string; values: { name: string }[]; valueSet?: string }[];
    references: { name: string; url: string }[];
  }[];
}
interface WebTypes {
  name: string;
  contributions: {
    html: {
      elements: {
        name: string;
        description: string;
        'doc-url'?: string;
        attributes: { name: string; description?: string; value: { type: string; default?: string } }[];
        events: { name: string; type: string }[];
        js: { properties: { name: string; type: string }[] };
        source?: { symbol: string; module: string };
      }[];
    };
    css: { properties: { name: string; description: string }[]; 'pseudo-elements': { name: string }[] };
  };
}
interface Build {
  outdir: string;
  steps: Step[];
  manifest: Manifest | null;
  vscode: VsCodeData | null;
  webTypes: WebTypes | null;
}

/** The widgets, which share the base element's attributes, events and slot. */
const WIDGETS = ['sp-compare', 'sp-timeline', 'sp-velocity-badge'];
/** Every element the package registers: the widgets and the embed builder. */
const TAGS = [...WIDGETS, 'sp-embed-builder'];
const COMMON_ATTRIBUTES = ['endpoint', 'theme', 'loading', 'lang', 'dir'];
const OWN_ATTRIBUTES: Record<string, string[]> = {
  'sp-compare': ['a', 'b', 'sections', 'alternatives', 'limit', 'heading-level', 'lines'],
  'sp-timeline': ['products', 'limit', 'sparks-only', 'heading-level', 'lines'],
  'sp-velocity-badge': ['product'],
  'sp-embed-builder': ['endpoint', 'loader'],
};

let built: Build;
const manifest = () => built.manifest!;
const element = (tag: string) => manifest().modules.flatMap((module) => module.declarations).find((declaration) => declaration.tagName === tag)!;
const declaration = (name: string) => manifest().modules.flatMap((module) => module.declarations).find((candidate) => candidate.name === name)!;
const attribute = (tag: string, name: string) => element(tag).attributes!.find((candidate) => candidate.name === name)!;
const readmeCheck = (readme?: string) => executeServerCommand<Step, { readme?: string }>('manifest-readme-check', readme === undefined ? {} : { readme });

describe('the custom elements manifest', function () {
  before(async function () {
    // The analysis runs the TypeScript checker over src/: a few seconds.
    this.timeout(30_000);
    built = await executeServerCommand<Build, undefined>('manifest-build');
  });

  it('is analyzed, validated and made into editor data without a problem', () => {
    for (const step of built.steps) expect(step.code, `${step.step}:\n${step.stderr}${step.stdout}`).to.equal(0);
    expect(built.steps.map((step) => step.step)).to.deep.equal(['cem analyze', 'validate-manifest', 'write-editor-data']);
    expect(built.outdir).to.match(/^\.cache\/manifest\//);
  });

  it('points every module at the .js file the package ships in dist/', () => {
    const paths = manifest().modules.map((module) => module.path);
    for (const path of paths) expect(path).to.match(/^dist\/.+\.js$/);
    expect(paths).to.include.members(['dist/compare/sp-compare.js', 'dist/timeline/sp-timeline.js', 'dist/badge/sp-velocity-badge.js', 'dist/classes.js']);
    expect(JSON.stringify(manifest())).not.to.match(/\bsrc\//);
  });

  it('defines each element from the module a page imports to register it', () => {
    for (const tag of TAGS) {
      const entry = manifest().modules.find((module) => module.path === `dist/${tag}.js`)!;
      expect(entry.exports.map((item) => `${item.kind} ${item.name}`)).to.include(`custom-element-definition ${tag}`);
    }
  });

  it('keeps only the public API: attributes, documented properties and the static define(name)', () => {
    for (const tag of TAGS) {
      const members = element(tag).members!;
      for (const member of members) {
        expect(member.privacy ?? 'public', `${tag} ${member.name}`).to.equal('public');
        expect(member.name).not.to.match(/^#/);
        expect(member.description, `${tag} ${member.name} has JSDoc`).to.be.a('string').and.not.be.empty;
        if (member.kind === 'method') expect(member).to.include({ name: 'define', static: true });
      }
      const names = members.map((member) => member.name);
      for (const internal of ['client', 'unwatch', 'data', 'localize', 'prerendered', 'words', 'near']) expect(names).not.to.include(internal);
      expect(names).to.include('define');
    }
  });

  it('lists every attribute of each element, lang, dir and heading-level included', () => {
    for (const tag of TAGS) {
      const names = element(tag).attributes!.map((item) => item.name);
      const common = WIDGETS.includes(tag) ? COMMON_ATTRIBUTES : [];
      expect(names, tag).to.have.members([...new Set([...OWN_ATTRIBUTES[tag], ...common])]);
    }
  });

  it('types attributes as the text they hold, with the choices spelled out', () => {
    expect(attribute('sp-compare', 'theme').type!.text).to.equal(`'inherit' | 'light' | 'dark' | 'auto'`);
    expect(attribute('sp-timeline', 'loading').type!.text).to.equal(`'eager' | 'lazy'`);
    expect(attribute('sp-velocity-badge', 'dir').type!.text).to.equal(`'ltr' | 'rtl'`);
    expect(attribute('sp-timeline', 'products').type!.text).to.equal('string');
    expect(attribute('sp-timeline', 'products').description).to.include('separated by commas or spaces');
    expect(attribute('sp-compare', 'limit').type!.text).to.equal('string');
    expect(attribute('sp-compare', 'limit').description).to.include('decimal digits');
    expect(attribute('sp-compare', 'heading-level').type!.text).to.equal(`'1' | '2' | '3' | '4' | '5' | '6'`);
    expect(attribute('sp-timeline', 'sparks-only').type!.text).to.equal('boolean');
    for (const tag of TAGS) {
      for (const item of element(tag).attributes!) expect(item.type!.text, `${tag} ${item.name}`).to.match(/^(string|boolean|'[^']*'( \| '[^']*')*)$/);
    }
  });

  it('types properties as what they accept, aliases expanded', () => {
    const field = (tag: string, name: string) => element(tag).members!.find((member) => member.name === name)!;
    expect(field('sp-timeline', 'products').type!.text).to.equal('string | readonly string[]');
    expect(field('sp-compare', 'sections').type!.text).to.equal('string | readonly string[]');
    expect(field('sp-compare', 'limit').type!.text).to.equal('number | `${number}`');
    expect(field('sp-timeline', 'sparksOnly').type!.text).to.equal('string | boolean');
    expect(field('sp-velocity-badge', 'theme').type!.text).to.equal(`'inherit' | 'light' | 'dark' | 'auto'`);
  });

  it('gives each attribute the default the element really uses', () => {
    for (const tag of TAGS) {
      const el = document.createElement(tag) as unknown as Record<string, unknown>;
      for (const item of element(tag).attributes!) {
        if (!item.fieldName) continue;
        const value = el[item.fieldName];
        const text = Array.isArray(value) ? value.join(' ') : value === undefined || value === false ? '' : String(value);
        expect(text || undefined, `<${tag}> ${item.name}`).to.equal(item.default);
      }
    }
  });

  it('types each event with its class, whose fields are in the manifest too', () => {
    for (const tag of WIDGETS) {
      const events = Object.fromEntries(element(tag).events!.map((event) => [event.name, event.type]));
      expect(events['sp-load']).to.deep.equal({ text: 'SpLoadEvent', references: [{ name: 'SpLoadEvent', module: 'dist/element/events.js' }] });
      expect(events['sp-error']).to.deep.equal({ text: 'SpErrorEvent', references: [{ name: 'SpErrorEvent', module: 'dist/element/events.js' }] });
    }
    expect(declaration('SpLoadEvent').members).to.deep.include({
      kind: 'field',
      name: 'empty',
      type: { text: 'boolean' },
      readonly: true,
      description: 'True when the product (or every product) is not tracked, so the empty state shows.',
    });
    expect(declaration('SpErrorEvent').members!.map((member) => [member.name, member.type!.text])).to.deep.equal([['error', 'Error']]);
  });

  it('documents the default slot, the fallback content, on every widget', () => {
    for (const tag of WIDGETS) {
      const slot = element(tag).slots!.find((candidate) => candidate.name === '');
      expect(slot?.description, tag).to.include('Fallback content');
    }
  });

  it('lists every custom property each element reads, with its default (the host look’s) and its light and dark defaults', () => {
    const base = ['text', 'muted', 'bg', 'surface', 'border', 'accent', 'error'].map((name) => `--sp-color-${name}`);
    const sizes = ['--sp-font', '--sp-font-size', '--sp-space', '--sp-radius'];
    const names = (tag: string) => element(tag).cssProperties!.map((property) => property.name);
    expect(names('sp-compare')).to.have.members([...base, '--sp-color-spark', ...sizes]);
    expect(names('sp-timeline')).to.have.members([...base, '--sp-color-spark', ...sizes]);
    expect(names('sp-velocity-badge')).to.have.members([...base, ...sizes, '--sp-badge-width']);
    const property = (tag: string, name: string) => element(tag).cssProperties!.find((candidate) => candidate.name === name)!;
    expect(property('sp-compare', '--sp-color-text').default).to.equal('currentColor');
    expect(property('sp-compare', '--sp-color-text').description).to.match(/ Light theme default: `#1f2328`\. Dark theme default: `#f0f6fc`\.$/);
    expect(property('sp-timeline', '--sp-color-border').default).to.equal('color-mix(in srgb, currentColor 83%, transparent)');
    expect(property('sp-velocity-badge', '--sp-font-size').default).to.equal('medium');
    expect(property('sp-velocity-badge', '--sp-font-size').description).to.include('0.875');
    expect(property('sp-velocity-badge', '--sp-badge-width').default).to.equal('14em');
    expect(property('sp-timeline', '--sp-space').default).to.equal('1em');
    expect(property('sp-timeline', '--sp-radius').default).to.equal('8px');
    expect(property('sp-timeline', '--sp-font').default).to.equal('inherit');
    expect(property('sp-timeline', '--sp-font').description).to.match(/Light theme default: `system-ui, sans-serif`\. Dark theme default: `system-ui, sans-serif`\.$/);
  });

  it('gives VS Code each attribute with its allowed values, description and default, and a link', () => {
    const tag = (name: string) => built.vscode!.tags.find((candidate) => candidate.name === name)!;
    expect(built.vscode!.tags.map((candidate) => candidate.name)).to.have.members(TAGS);
    const theme = tag('sp-compare').attributes.find((item) => item.name === 'theme')!;
    expect(theme.values.map((value) => value.name)).to.deep.equal(['inherit', 'light', 'dark', 'auto']);
    expect(theme.description).to.include('prefers-color-scheme').and.include('Default: `inherit`.');
    const level = tag('sp-timeline').attributes.find((item) => item.name === 'heading-level')!;
    expect(level.values.map((value) => value.name)).to.deep.equal(['1', '2', '3', '4', '5', '6']);
    expect(tag('sp-timeline').attributes.find((item) => item.name === 'sparks-only')!.valueSet).to.equal('v');
    expect(tag('sp-velocity-badge').description).to.include('velocity').and.include('--sp-badge-width');
    for (const { name, references } of built.vscode!.tags) {
      for (const reference of references) expect(reference.url, name).to.match(new RegExp(`^https://\\S+#${name}$`));
    }
  });

  it('gives JetBrains editors the attributes, properties, events and custom properties', () => {
    const webTypes = built.webTypes!;
    expect(webTypes.name).to.equal('@sparkpulse/widgets');
    const compare = webTypes.contributions.html.elements.find((candidate) => candidate.name === 'sp-compare')!;
    expect(compare.attributes.find((item) => item.name === 'loading')!.value).to.deep.equal({ type: `'eager' | 'lazy'`, default: 'eager' });
    expect(compare.attributes.find((item) => item.name === 'sections')!.value.default).to.equal('glance whatis editorial alternatives activity faq');
    expect(compare.js.properties.find((item) => item.name === 'sections')!.type).to.equal('string | readonly string[]');
    expect(compare.events).to.deep.include({ name: 'sp-error', type: 'SpErrorEvent', description: 'A document could not be loaded; `error` says why.' });
    expect(compare.source).to.deep.equal({ symbol: 'SpCompare', module: '@sparkpulse/widgets' });
    if (compare['doc-url']) expect(compare['doc-url']).to.match(/^https:\/\/\S+#sp-compare$/);
    const names = webTypes.contributions.css.properties.map((property) => property.name);
    expect(names).to.have.lengthOf(new Set(names).size);
    expect(webTypes.contributions.css.properties).to.deep.include({
      name: '--sp-color-bg',
      description: 'Background; by default none. Default: `transparent`; in the light theme `#ffffff`; in the dark theme `#0d1117`.',
    });
  });
});

describe('the analysis behind the manifest', function () {
  this.timeout(30_000);

  const analyzeEdited = (edits: { file: string; find: string; replace: string }[]) =>
    executeServerCommand<Step, { edits: typeof edits }>('manifest-analyze-edited', { edits });

  it('writes no manifest, and says what to add, when the JSDoc misses what the code has', async () => {
    const run = await analyzeEdited([
      { file: 'badge/sp-velocity-badge.ts', find: ' * @cssproperty --sp-badge-width - The badge\'s width, in every state.\n', replace: '' },
      { file: 'badge/sp-velocity-badge.ts', find: '@attr {string} product - ', replace: '@attr product - ' },
      { file: 'element/sp-element.ts', find: '@fires {SpErrorEvent} sp-error', replace: '@fires {SpLoadEvent} sp-error' },
    ]);
    expect(run.code).to.equal(1);
    expect(run.stderr).to.include('The custom elements manifest was not written');
    expect(run.stderr).to.include('<sp-velocity-badge> (SpVelocityBadge) reads --sp-badge-width in its styles, with no @cssprop for it');
    expect(run.stderr).to.include('the attribute "product" has no type written as an attribute. Add `@attr {string} product - …`');
    expect(run.stderr).to.include('@fires sp-error says {SpLoadEvent}, but GlobalEventHandlersEventMap says SpErrorEvent');
  });
});

describe("the tables of the elements in docs/elements.md", function () {
  this.timeout(30_000);

  it('agree with the manifest', async () => {
    const run = await readmeCheck();
    expect(run.code, run.stderr).to.equal(0);
  });

  it('are reported, with each difference, when they drift from the manifest', async () => {
    const readme = (await Promise.all(['/docs/elements.md', '/docs/embed-builder.md'].map(async (page) => (await fetch(page)).text()))).join('\n');
    const drifted = readme
      .replace('| every element | `loading`, `empty`, `error`, `retry` |', '| every element | `loading`, `empty`, `error` |')
      .replace('| `limit` | `12` | how many items to show, at most 200 |', '| `limit` | `10` | how many items to show, at most 200 |')
      .replace(/^\| `--sp-radius` .*\n/m, '');
    expect(drifted).not.to.equal(readme);
    const run = await readmeCheck(drifted);
    expect(run.code).to.equal(1);
    expect(run.stderr).to.include('"Parts", <sp-compare> (with "every element"): the manifest has ');
    expect(run.stderr).to.match(/the manifest has [^;]*\bretry\b/);
    expect(run.stderr).to.include('<sp-timeline> limit default: README "10", manifest "12"');
    expect(run.stderr).to.include('"Custom properties": the manifest has --sp-radius; the README does not');
  });
});
