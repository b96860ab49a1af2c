/**
 * Every CSS custom property the manifest lists for an element changes how
 * that element looks in at least one of its states, so editors and
 * documentation tools offer no property that does nothing. The manifest is
 * made by the build's own command (test/server/manifest-check.mjs).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { endpoint, settled } from '../helpers.js';

interface Manifest {
  modules: { declarations: { tagName?: string; cssProperties?: { name: string }[] }[] }[];
}

/** A value unlike any default, for each kind of property. */
function unusual(property: string): string {
  if (property.startsWith('--sp-color-')) return 'rgb(1, 2, 3)';
  const values: Record<string, string> = {
    '--sp-font': 'monospace',
    '--sp-font-size': '31px',
    '--sp-space': '3.3em',
    '--sp-radius': '13px',
    '--sp-badge-width': '21em',
  };
  expect(values, `a test value for ${property}`).to.have.property(property);
  return values[property];
}

/** What a property could change: colours, type, spacing and box sizes. */
const LOOKS = [
  'color',
  'background-color',
  'border-top-color',
  'border-inline-start-color',
  'outline-color',
  'text-decoration-color',
  'font-family',
  'font-size',
  'padding-top',
  'padding-inline-start',
  'margin-top',
  'row-gap',
  'column-gap',
  'border-top-left-radius',
  'width',
  'height',
  'color-scheme',
];

/** How every element in the shadow root, and its ::before and ::after, looks now. */
function looks(host: Element): string {
  const parts: string[] = [];
  for (const el of host.shadowRoot!.querySelectorAll('*')) {
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(el, pseudo);
      parts.push(LOOKS.map((name) => style.getPropertyValue(name)).join('|'));
    }
  }
  return parts.join('\n');
}

type State = 'loading' | 'loaded' | 'empty' | 'error';

/** Each widget's markup in each state. */
const MARKUP: Record<string, (state: State) => string> = {
  'sp-compare': (state) => {
    // Products with sparks in their activity: the ⚡ mark is what --sp-color-spark colours.
    const [a, b] = state === 'empty' ? ['nope', 'nada'] : ['grafana', 'opentelemetry'];
    return `<sp-compare a="${a}" b="${b}" endpoint="${scenario(state)}"></sp-compare>`;
  },
  'sp-timeline': (state) =>
    `<sp-timeline products="${state === 'empty' ? 'nope' : 'grafana,opentelemetry'}" endpoint="${scenario(state)}"></sp-timeline>`,
  'sp-velocity-badge': (state) =>
    `<sp-velocity-badge product="${state === 'empty' ? 'nope' : 'kafka'}" endpoint="${scenario(state)}"></sp-velocity-badge>`,
};

function scenario(state: State): string {
  return endpoint({ loading: 'slow-5000', loaded: 'ok', empty: 'ok', error: 'status-500' }[state]);
}

async function mount(markup: string, state: State): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.style.width = '900px';
  container.innerHTML = markup;
  const el = container.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  const done = state === 'loading' ? undefined : settled(el);
  document.body.append(container);
  await el.updateComplete;
  await done;
  return el;
}

describe('the custom properties in the manifest', () => {
  let manifest: Manifest;

  before(async function () {
    this.timeout(30_000);
    const built = await executeServerCommand<{ manifest: Manifest | null }, undefined>('manifest-build');
    manifest = built.manifest!;
    expect(manifest, 'the manifest was built').to.exist;
  });

  afterEach(() => {
    for (const tag of Object.keys(MARKUP)) for (const el of document.querySelectorAll(tag)) el.parentElement!.remove();
  });

  for (const tag of Object.keys(MARKUP)) {
    it(`each change how <${tag}> looks in one of its states at least`, async function () {
      this.timeout(20_000);
      const listed = manifest.modules.flatMap((module) => module.declarations).find((declaration) => declaration.tagName === tag)!
        .cssProperties!.map((property) => property.name);
      expect(listed, `custom properties of <${tag}>`).to.not.be.empty;
      const effective = new Set<string>();
      for (const state of ['loading', 'loaded', 'empty', 'error'] as const) {
        const el = await mount(MARKUP[tag](state), state);
        const plain = looks(el);
        for (const property of listed) {
          el.style.setProperty(property, unusual(property));
          if (looks(el) !== plain) effective.add(property);
          el.style.removeProperty(property);
        }
        el.parentElement!.remove();
      }
      expect(listed.filter((property) => !effective.has(property)), `listed for <${tag}> but changing nothing`).to.deep.equal([]);
    });
  }
});
